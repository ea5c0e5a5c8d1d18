package se.tuna.placement.reports.disclosure;

import java.util.List;

/**
 * The count tables of one export and the links between them: what {@link Disclosure#suppress}
 * takes, held together so that whoever builds an export's tables hands over one value.
 *
 * @param tables the tables in printing order
 * @param links  the shared totals and derived sums between them
 */
public record CountTables(List<CountTable> tables, List<Link> links) {

    public CountTables {
        tables = List.copyOf(tables);
        links = List.copyOf(links);
    }

    /** The tables as an export may print them with this threshold; see {@link Disclosure#suppress}. */
    public List<DisclosedTable> suppress(int threshold) {
        return Disclosure.suppress(tables, links, threshold);
    }

    /** The table of this name. */
    public CountTable table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table is named " + name));
    }
}
