package se.tuna.placement.catalog.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * One page of a paged candidate search ({@link SlotSearch#searchPages}).
 *
 * @param hits  the page's slots, best first (relevance, then slot id)
 * @param total how many slots in the whole bank pass the search's filters; -1 when not counted
 * @param next  where the next page starts; {@code null} when this page was the last
 */
public record CandidatePage(List<SlotHit> hits, long total, Cursor next) {

    public CandidatePage {
        hits = List.copyOf(hits);
    }

    /** Where a paged search left off: the sort values (score, slot id) of its last hit, for search_after. */
    public record Cursor(List<FieldValue> after) {

        public Cursor {
            after = List.copyOf(after);
        }
    }
}
