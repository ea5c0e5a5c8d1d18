package se.tuna.placement.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does on the wire, and no more: keeps cookies, follows redirects one by one (so a
 * test can see each), reads a form's hidden CSRF field and posts the form back. Enough to walk a
 * sign-in through a real identity provider; the pages' scripts are the real browser suite's.
 */
final class FormBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final int MOST_REDIRECTS = 15;
    /** What a browser accepts when it opens an address. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Every address visited, in order, redirects included. */
    final List<URI> visited = new ArrayList<>();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().header("Accept", ACCEPT).build());
    }

    /** Follows redirects from {@code uri} until a page answers. */
    HttpResponse<String> open(URI uri) {
        return follow(get(uri));
    }

    /** Posts a form with the CSRF token of the page it came from, and follows where it leads. */
    HttpResponse<String> submit(URI action, HttpResponse<String> page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        csrfToken(page.body()).ifPresent(token -> all.put("_csrf", token));
        String form = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT).POST(HttpRequest.BodyPublishers.ofString(form)).build()));
    }

    /** What a page's script does: sends JSON with the session cookie and the headers it adds itself. */
    HttpResponse<String> sendJson(String method, URI uri, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < MOST_REDIRECTS && isRedirect(current); hop++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = get(next);
        }
        return current;
    }

    List<HttpCookie> cookiesFor(URI uri) {
        return cookies.getCookieStore().get(uri);
    }

    /**
     * The header a page's scripts send its CSRF token in, with the token, as the layout gives them
     * ({@code <meta name="csrf-header">}, {@code <meta name="csrf-token">}).
     */
    static Map<String, String> csrfHeader(String html) {
        return Map.of(meta(html, "csrf-header"), meta(html, "csrf-token"));
    }

    private static String meta(String html, String name) {
        Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no meta " + name);
        }
        return matcher.group(1);
    }

    static Optional<String> csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2))
                : Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest request) {
        visited.add(request.uri());
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
