package se.tuna.placement.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The API as the running service describes it in its OpenAPI document (open to all): every
 * operation, as "METHOD /path/{template}", with the query parameters it reads.
 */
public final class ServedApi {

    private final Map<String, List<QueryParameter>> operations;

    private ServedApi(Map<String, List<QueryParameter>> operations) {
        this.operations = operations;
    }

    /**
     * A query parameter of an operation.
     *
     * @param name its name
     * @param type the schema's type: string, integer, number, boolean or array
     */
    public record QueryParameter(String name, String type) {
    }

    /** Reads the document the service serves now. */
    public static ServedApi read(WebTestClient anonymous) {
        // Generating the document takes seconds on a busy machine: more than the client's default 5 s wait.
        JsonNode document = anonymous.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Map<String, List<QueryParameter>> operations = new TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            List<QueryParameter> parameters = new ArrayList<>();
            JsonNode declared = method.getValue().path("parameters");
            declared.valueStream().filter(parameter -> "query".equals(parameter.path("in").asString()))
                    .forEach(parameter -> parameters.add(new QueryParameter(parameter.get("name").asString(),
                            parameter.path("schema").path("type").asString("string"))));
            operations.put(method.getKey().toUpperCase() + " " + path.getKey(), List.copyOf(parameters));
        }));
        return new ServedApi(operations);
    }

    /** Every operation, sorted. */
    public Set<String> operations() {
        return operations.keySet();
    }

    /** The query parameters of an operation the document serves. */
    public List<QueryParameter> queryParameters(String operation) {
        return operations.getOrDefault(operation, List.of());
    }
}
