package se.tuna.placement.web.campaign;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.client.MultipartBodyBuilder;
import se.tuna.placement.web.ServedApi.QueryParameter;
import se.tuna.placement.web.security.AccessScenario.Who;
import se.tuna.placement.web.security.ApiCalls.Call;

/**
 * Makes the campaign's requests for one operation from its valid request, seeded so a run can be
 * repeated: its address's ids swapped for other tenants' and for hostile segments, its query
 * parameters given hostile values, its body spoilt field by field and as a whole, its headers
 * wrong, and the valid request sent by everyone. Each family is shuffled, and families take turns
 * until the operation has its share, so every operation gets every kind of bad input.
 */
final class Mutations {

    private static final Who[] EVERYONE = Who.values();
    /** The mutation of the valid request itself, sent unspoilt by everyone. */
    static final String VALID = "the valid request";

    private final Random random;
    /** Ids of things of the scenario, of the caller's tenant and of others: every id in an address is tried as each. */
    private final List<String> otherIds;

    Mutations(long seed, List<String> otherIds) {
        this.random = new Random(seed);
        this.otherIds = otherIds;
    }

    /**
     * The valid request of an operation, taken apart.
     *
     * @param operation  "METHOD /path/{template}"
     * @param allowed    who gets through with it
     * @param call       the request
     * @param parameters the query parameters the OpenAPI document names
     */
    record Template(String operation, Set<Who> allowed, Call call, List<QueryParameter> parameters) {

        String method() {
            return call.method().name();
        }

        /**
         * The request target as it goes on the wire. The valid request's address is written for a
         * client that encodes it (a search's text holds a space), so what a URI may not hold is
         * percent-encoded here.
         */
        String target() {
            int query = call.uri().indexOf('?');
            try {
                return new URI(null, null, query < 0 ? call.uri() : call.uri().substring(0, query),
                        query < 0 ? null : call.uri().substring(query + 1), null).toASCIIString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Not an address: " + call.uri(), e);
            }
        }

        String path() {
            int query = target().indexOf('?');
            return query < 0 ? target() : target().substring(0, query);
        }

        String query() {
            int query = target().indexOf('?');
            return query < 0 ? "" : target().substring(query + 1);
        }

        boolean multipart() {
            return call.body() instanceof MultipartBodyBuilder;
        }

        boolean json() {
            return call.body() != null && !multipart();
        }

        String accept() {
            // What the operation answers: a download says so by its ending.
            String ending = operation.substring(operation.lastIndexOf('.') + 1);
            return operation.endsWith("/progress") ? "text/event-stream" : switch (ending) {
                case "csv" -> "text/csv";
                case "pdf" -> "application/pdf";
                case "zip" -> "application/zip";
                default -> "application/json";
            };
        }
    }

    /** At least {@code least}, at most {@code most} requests for the operation. */
    List<Probe> of(Template template, int least, int most) {
        List<List<Probe>> families = new ArrayList<>(List.of(addresses(template), queries(template), headers(template),
                senders(template)));
        if (template.json()) {
            families.add(fields(template));
            families.add(wholeBodies(template));
        }
        if (template.multipart()) {
            families.add(imports(template));
        }
        families.replaceAll(ArrayList::new);
        families.forEach(family -> Collections.shuffle(family, random));
        List<Probe> chosen = takeTurns(families, most);
        if (chosen.size() < least) {
            throw new IllegalStateException(template.operation() + " has only " + chosen.size() + " bad requests");
        }
        return chosen;
    }

    private static List<Probe> takeTurns(List<List<Probe>> families, int most) {
        List<Probe> chosen = new ArrayList<>();
        for (int turn = 0; chosen.size() < most; turn++) {
            boolean any = false;
            for (List<Probe> family : families) {
                if (turn < family.size() && chosen.size() < most) {
                    chosen.add(family.get(turn));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    // --- the address ------------------------------------------------------------------------------

    private List<Probe> addresses(Template t) {
        List<Probe> probes = new ArrayList<>();
        String[] templateSegments = t.operation().substring(t.operation().indexOf(' ') + 1).split("/");
        String[] segments = t.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (templateSegments[i].startsWith("{")) {
                List<String> values = new ArrayList<>(otherIds);
                values.add(UUID.randomUUID().toString());
                values.addAll(HostileValues.URL);
                values.addAll(List.of("y".repeat(5000), "%2F", "a%2Fb", ".", ".."));
                for (String value : values) {
                    probes.add(probe(t, "address " + templateSegments[i] + " = " + shorten(value), sender(t),
                            withQuery(t, replaced(segments, i, value)), t.json() ? validJson(t) : null));
                }
            }
        }
        String path = t.path();
        for (String odd : List.of(path + "/", path.replace("/api/", "/api//"), path.replace("/api/", "/API/"),
                path.replace("/api/", "/api/./"), path + "/x", path + "%2F", path + ";jsessionid=1", path + "%20",
                path.replace("/api/", "/api/x/../"))) {
            probes.add(probe(t, "address " + shorten(odd), sender(t), withQuery(t, odd), t.json() ? validJson(t) : null));
        }
        return probes;
    }

    private static String replaced(String[] segments, int index, String value) {
        String[] copy = Arrays.copyOf(segments, segments.length);
        copy[index] = value;
        return String.join("/", copy);
    }

    private static String withQuery(Template t, String path) {
        return t.query().isEmpty() ? path : path + "?" + t.query();
    }

    // --- the query --------------------------------------------------------------------------------

    private List<Probe> queries(Template t) {
        List<Probe> probes = new ArrayList<>();
        for (String name : t.parameters().stream().map(QueryParameter::name).toList()) {
            for (String value : HostileValues.URL) {
                probes.add(query(t, name + " = " + shorten(value), name + "=" + value));
            }
            probes.add(query(t, name + " repeated", name + "=1&" + name + "=abc&" + name + "="));
            probes.add(query(t, name + " without a value", name));
        }
        // A parameter the operation does not read is ignored whatever it holds, so a few values show that.
        for (String value : HostileValues.URL_ONE_OF_EACH_KIND) {
            probes.add(query(t, "unknownParameter = " + shorten(value), "unknownParameter=" + value));
        }
        probes.add(query(t, "a hundred parameters", "p=1&".repeat(100)));
        probes.add(query(t, "an empty query", ""));
        return probes;
    }

    private Probe query(Template t, String mutation, String parameter) {
        String query = t.query().isEmpty() ? parameter : t.query() + "&" + parameter;
        return probe(t, "query " + mutation, sender(t), t.path() + "?" + query, t.json() ? validJson(t) : null);
    }

    // --- headers ----------------------------------------------------------------------------------

    private List<Probe> headers(Template t) {
        List<Probe> probes = new ArrayList<>();
        byte[] body = body(t);
        List<String> contentTypes = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json;charset=nope", ";;;",
                "application/json, text/plain", "application/problem+json", "*/*");
        for (String type : contentTypes) {
            probes.add(new Probe(t.operation(), "Content-Type: " + type, sender(t), t.method(), t.target(),
                    List.of("Content-Type: " + type, "Accept: " + t.accept()), body));
        }
        probes.add(new Probe(t.operation(), "no Content-Type", sender(t), t.method(), t.target(), List.of("Accept: " + t.accept()),
                body));
        for (String accept : List.of("application/xml", "text/html", ";;;", "*/*;q=0", "text/event-stream", "application/problem+json",
                "image/png", "application/json;q=abc")) {
            probes.add(new Probe(t.operation(), "Accept: " + accept, sender(t), t.method(), t.target(),
                    List.of(contentType(t), "Accept: " + accept), body));
        }
        for (String authorization : List.of("Bearer ", "Bearer tuna_x_y", "Bearer tuna_" + "z".repeat(3000) + "_x", "Basic YWRtaW46YWRtaW4=",
                "Bearer \u00e5\u00e4\u00f6", "bearer", "Bearer tuna_%00_%00")) {
            probes.add(new Probe(t.operation(), "Authorization: " + shorten(authorization), sender(t), t.method(), t.target(),
                    List.of(contentType(t), "Accept: " + t.accept(), "Authorization: " + authorization), body));
        }
        probes.add(new Probe(t.operation(), "a forged session cookie", sender(t), t.method(), t.target(),
                List.of(contentType(t), "Accept: " + t.accept(), "Cookie: TUNA_SESSION=forged; XSRF-TOKEN=forged",
                        "X-XSRF-TOKEN: forged"), body));
        probes.add(new Probe(t.operation(), "headers of 64 kB", sender(t), t.method(), t.target(),
                List.of(contentType(t), "Accept: " + t.accept(), "X-Padding: " + "p".repeat(64 * 1024)), body));
        probes.add(new Probe(t.operation(), "forwarded from elsewhere", sender(t), t.method(), t.target(),
                List.of(contentType(t), "Accept: " + t.accept(), "X-Forwarded-Host: evil.example", "X-Forwarded-For: 1.2.3.4",
                        "Forwarded: for=\"[::1]\";host=evil.example;proto=gopher"), body));
        return probes;
    }

    // --- who sends it -----------------------------------------------------------------------------

    private static List<Probe> senders(Template t) {
        List<Probe> probes = new ArrayList<>();
        for (Who who : EVERYONE) {
            probes.add(new Probe(t.operation(), VALID, who, t.method(), t.target(),
                    List.of(contentType(t), "Accept: " + t.accept()), body(t)));
        }
        return probes;
    }

    // --- the body ---------------------------------------------------------------------------------

    private List<Probe> fields(Template t) {
        return BodyMutations.fieldByField(validJson(t)).stream()
                .map(spoilt -> probe(t, spoilt.mutation(), sender(t), t.target(), spoilt.json())).toList();
    }

    private List<Probe> wholeBodies(Template t) {
        return BodyMutations.asAWhole(validJson(t)).stream()
                .map(spoilt -> probe(t, spoilt.mutation(), sender(t), t.target(), spoilt.json())).toList();
    }

    private List<Probe> imports(Template t) {
        return ImportFiles.all(random).stream()
                .map(spoilt -> new Probe(t.operation(), "import " + spoilt.mutation(), sender(t), t.method(), t.target(),
                        List.of("Content-Type: " + spoilt.contentType(), "Accept: " + t.accept()), spoilt.body()))
                .toList();
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Mostly someone the operation lets through, so the bad input reaches the rules; now and then anyone. */
    private Who sender(Template t) {
        if (random.nextInt(10) == 0) {
            return EVERYONE[random.nextInt(EVERYONE.length)];
        }
        List<Who> allowed = List.copyOf(t.allowed());
        return allowed.get(random.nextInt(allowed.size()));
    }

    private static Probe probe(Template t, String mutation, Who who, String target, String json) {
        return new Probe(t.operation(), mutation, who, t.method(), target, List.of(contentType(t), "Accept: " + t.accept()),
                json == null ? body(t) : json.getBytes(StandardCharsets.UTF_8));
    }

    private static String contentType(Template t) {
        return "Content-Type: " + (t.multipart() ? ImportFiles.CONTENT_TYPE : "application/json");
    }

    private static byte[] body(Template t) {
        if (t.multipart()) {
            return ImportFiles.multipart("platser.csv", ImportFiles.validCsv());
        }
        return t.json() ? validJson(t).getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    private static String validJson(Template t) {
        return t.call().body().toString();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + " chars)";
    }
}
