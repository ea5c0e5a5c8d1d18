package se.tuna.placement.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser session on the service, on the wire as the web tests' FormBrowser does it:
 * the sign-in form with its hidden CSRF field and the session cookie, then the CSRF token of the
 * layout's meta tag on every change (header {@code X-XSRF-TOKEN}, as the pages' scripts send it).
 * One HTTP/1.1 connection pool per session, as one browser has.
 */
final class BrowserSession {

    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final URI service;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String csrfHeader;
    private String csrfToken;

    private BrowserSession(URI service) {
        this.service = service;
    }

    /** Signs in with the password form, as a browser does; fails unless it lands signed in. */
    static BrowserSession signIn(URI service, String email, String password) {
        BrowserSession session = new BrowserSession(service);
        String page = session.page("/logga-in");
        Matcher hidden = FORM_CSRF.matcher(page);
        if (!hidden.find()) {
            throw new IllegalStateException("The sign-in page has no _csrf field");
        }
        String token = hidden.group(1) != null ? hidden.group(1) : hidden.group(2);
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(service.resolve("/logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (landed.statusCode() != 200 || landed.uri().getPath().startsWith("/logga-in")) {
            throw new IllegalStateException("Signing in as " + email + " failed: " + landed.statusCode() + " at " + landed.uri());
        }
        String account = session.page("/konto");
        session.csrfHeader = meta(account, "csrf-header");
        session.csrfToken = meta(account, "csrf-token");
        return session;
    }

    /** GET of a JSON resource. */
    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(service.resolve(path)).header("Accept", "application/json").GET().build());
    }

    /** Uploads a file as the import page does: multipart, one part {@code file}, with the CSRF header. */
    CompletableFuture<HttpResponse<String>> upload(String path, Path file, String contentType) {
        String boundary = "----tuna-load-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8), HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
            return client.sendAsync(HttpRequest.newBuilder(service.resolve(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                    .header(csrfHeader, csrfToken).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(service.resolve(path)).header("Accept", "text/html").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The service did not answer " + request.method() + " " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String meta(String html, String name) {
        Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("/konto has no meta " + name);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
