package se.tuna.placement.web.campaign;

import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.web.ApiBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spoils a valid JSON body field by field (every hostile value in every field, each field left
 * out, an unknown field in every object) and as a whole (not JSON, the wrong JSON, too deep, too
 * large, twice the same key).
 */
final class BodyMutations {

    /** Where a hostile value goes: serialised as this string, then replaced by the raw JSON text. */
    private static final String MARK = "@@hostile@@";

    private BodyMutations() {
    }

    /**
     * A spoilt body.
     *
     * @param mutation what was spoilt
     * @param json     the body's text, not always JSON
     */
    record Spoilt(String mutation, String json) {
    }

    static List<Spoilt> fieldByField(String validJson) {
        JsonNode valid = ApiBodies.JSON.readTree(validJson);
        List<Spoilt> spoilt = new ArrayList<>();
        for (List<Object> path : paths(valid, new ArrayList<>())) {
            String name = name(path);
            for (String hostile : HostileValues.JSON) {
                spoilt.add(new Spoilt("body " + name + " = " + shorten(hostile), replaced(valid, path, hostile)));
            }
            spoilt.add(new Spoilt("body " + name + " left out", removed(valid, path)));
        }
        for (List<Object> path : objects(valid, new ArrayList<>())) {
            String extra = "{\"unknownField\": \"x\"}";
            spoilt.add(new Spoilt("body " + name(path) + " with an unknown field", withExtraField(valid, path)));
            spoilt.add(new Spoilt("body " + name(path) + " with a nested unknown field", withExtraField(valid, path)
                    .replace("\"unknownField\":\"x\"", "\"unknownField\":" + extra)));
        }
        return spoilt;
    }

    static List<Spoilt> asAWhole(String validJson) {
        String valid = ApiBodies.JSON.readTree(validJson).toString();
        String inner = valid.substring(1, valid.length() - 1);
        return List.of(
                new Spoilt("body empty", ""),
                new Spoilt("body null", "null"),
                new Spoilt("body an array", "[" + valid + "]"),
                new Spoilt("body a string", "\"" + valid.replace("\"", "\\\"") + "\""),
                new Spoilt("body a number", "42"),
                new Spoilt("body {}", "{}"),
                new Spoilt("body cut short", valid.substring(0, valid.length() / 2)),
                new Spoilt("body with garbage after it", valid + "xyz"),
                new Spoilt("body twice", valid + valid),
                new Spoilt("body with a key twice", inner.isEmpty() ? "{\"a\":1,\"a\":2}" : "{" + inner + "," + inner + "}"),
                new Spoilt("body with a byte-order mark", "\uFEFF" + valid),
                new Spoilt("body with a comment", "/* c */" + valid),
                new Spoilt("body in single quotes", valid.replace('"', '\'')),
                new Spoilt("body nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)),
                new Spoilt("body objects nested 3000 deep", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)),
                new Spoilt("body a 5000-digit number", "1".repeat(5000)),
                new Spoilt("body over the 256 kB limit", "{\"padding\": \"" + "x".repeat(300_000) + "\"}"),
                new Spoilt("body a NaN literal", "{\"a\": NaN}"),
                new Spoilt("body of control characters", "\u0001\u0002\u0003\u0000"));
    }

    /** Paths of every field, depth first; an array's first element stands for them all. */
    private static List<List<Object>> paths(JsonNode node, List<Object> at) {
        List<List<Object>> paths = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                List<Object> path = append(at, field.getKey());
                paths.add(path);
                paths.addAll(paths(field.getValue(), path));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> first = append(at, 0);
            paths.add(first);
            paths.addAll(paths(node.get(0), first));
        }
        return paths;
    }

    private static List<List<Object>> objects(JsonNode node, List<Object> at) {
        List<List<Object>> objects = new ArrayList<>();
        if (node.isObject()) {
            objects.add(at);
            node.properties().forEach(field -> objects.addAll(objects(field.getValue(), append(at, field.getKey()))));
        } else if (node.isArray() && !node.isEmpty()) {
            objects.addAll(objects(node.get(0), append(at, 0)));
        }
        return objects;
    }

    private static String replaced(JsonNode valid, List<Object> path, String rawJson) {
        JsonNode copy = valid.deepCopy();
        set(copy, path, ApiBodies.JSON.getNodeFactory().stringNode(MARK));
        return copy.toString().replace("\"" + MARK + "\"", rawJson);
    }

    private static String removed(JsonNode valid, List<Object> path) {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.remove((Integer) last);
        }
        return copy.toString();
    }

    private static String withExtraField(JsonNode valid, List<Object> path) {
        JsonNode copy = valid.deepCopy();
        ((ObjectNode) at(copy, path)).put("unknownField", "x");
        return copy.toString();
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            name.append(step instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + step);
        }
        return name.isEmpty() ? "(root)" : name.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + " chars)";
    }
}
