package se.tuna.placement.reports.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The tables' published figures numbered in printing order (each table's cells, then its total)
 * and the linear relations between them that a reader can subtract with: each relation says one
 * figure is the sum of others. A total shared by several tables is one figure.
 */
final class FigureSystem {

    /**
     * A figure: its count, whether it is printed at all (an unpublished total is a figure the
     * reader does not see but can reason about) and what it is.
     */
    record Node(long count, boolean published, Ref ref) {
    }

    /** {@code sum} is the sum of {@code parts}. */
    record Relation(int sum, int[] parts) {
    }

    private final List<CountTable> tables;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Map<String, Map<String, Integer>> cellIds = new HashMap<>();
    private final Map<String, Integer> totalIds = new HashMap<>();

    FigureSystem(List<CountTable> tables, List<Link> links) {
        this.tables = List.copyOf(tables);
        Map<String, CountTable> byName = new LinkedHashMap<>();
        for (CountTable table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("two tables are named " + table.name());
            }
        }
        Map<String, String> sharesWith = sharedTotals(byName, links);
        for (CountTable table : tables) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            table.cells().forEach(cell -> ids.put(cell.code(), add(new Node(cell.count(), true, Ref.cell(table.name(), cell.code())))));
            cellIds.put(table.name(), ids);
            String first = sharesWith.get(table.name());
            if (totalIds.containsKey(first)) {
                totalIds.put(table.name(), totalIds.get(first));
            } else {
                boolean published = byName.values().stream()
                        .filter(other -> sharesWith.get(other.name()).equals(first))
                        .anyMatch(CountTable::totalPublished);
                totalIds.put(table.name(), add(new Node(table.total(), published, Ref.total(first))));
            }
            relations.add(new Relation(totalIds.get(table.name()), ids.values().stream().mapToInt(Integer::intValue).toArray()));
        }
        for (Link link : links) {
            if (link instanceof Link.SumOf sum) {
                int figure = id(sum.figure());
                int[] parts = sum.codes().stream().mapToInt(code -> id(Ref.cell(sum.table(), code))).distinct().toArray();
                if (parts.length != sum.codes().size() || IntStream.of(parts).anyMatch(part -> part == figure)) {
                    throw new IllegalArgumentException(sum.figure() + " must be the sum of distinct cells other than itself: "
                            + sum.table() + " " + sum.codes());
                }
                long partsSum = 0;
                for (int part : parts) {
                    partsSum += nodes.get(part).count();
                }
                if (partsSum != nodes.get(figure).count()) {
                    throw new IllegalArgumentException(sum.figure() + " is " + nodes.get(figure).count() + ", not the sum "
                            + partsSum + " of " + sum.table() + " " + sum.codes());
                }
                relations.add(new Relation(figure, parts));
            }
        }
    }

    /** Each table mapped to the first table (in printing order) of the tables it shares its total with; the totals checked equal. */
    private static Map<String, String> sharedTotals(Map<String, CountTable> byName, List<Link> links) {
        List<String> order = new ArrayList<>(byName.keySet());
        Map<String, String> first = new HashMap<>();
        order.forEach(name -> first.put(name, name));
        for (Link link : links) {
            if (link instanceof Link.SameTotal same) {
                for (String name : same.tables()) {
                    table(byName, name);
                    String a = first.get(same.tables().get(0));
                    String b = first.get(name);
                    String root = order.indexOf(a) <= order.indexOf(b) ? a : b;
                    first.replaceAll((table, group) -> group.equals(a) || group.equals(b) ? root : group);
                }
            }
        }
        first.forEach((name, root) -> {
            if (table(byName, name).total() != table(byName, root).total()) {
                throw new IllegalArgumentException("tables " + root + " and " + name + " share a total but count "
                        + table(byName, root).total() + " and " + table(byName, name).total());
            }
        });
        return first;
    }

    private static CountTable table(Map<String, CountTable> byName, String name) {
        CountTable table = byName.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no table is named " + name);
        }
        return table;
    }

    private int add(Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

    int id(Ref ref) {
        if (ref.isTotal()) {
            Integer id = totalIds.get(ref.table());
            if (id == null) {
                throw new IllegalArgumentException("no table is named " + ref.table());
            }
            return id;
        }
        Map<String, Integer> ids = cellIds.get(ref.table());
        if (ids == null || !ids.containsKey(ref.code())) {
            throw new IllegalArgumentException("there is no figure " + ref);
        }
        return ids.get(ref.code());
    }

    List<CountTable> tables() {
        return tables;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Relation> relations() {
        return relations;
    }
}
