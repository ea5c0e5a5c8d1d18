package se.tuna.placement.catalog.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.reference.SwedishCompoundSplitter;
import se.tuna.placement.catalog.store.SlotDocumentMapper;

/**
 * Turns search criteria into one Elasticsearch query: every criterion is a filter (no effect on
 * the score), the Swedish text and the relevance hints are the score. Only queries that the
 * minimal local node and a full node both have are used.
 */
final class SlotQueries {

    /** How much a nearby slot gains over a far one, relative to the text and occupation scores. */
    private static final double NEARNESS_WEIGHT = 2.0;
    private static final double TITLE_BOOST = 2.0;

    private final SwedishCompoundSplitter splitter;

    SlotQueries(SwedishCompoundSplitter splitter) {
        this.splitter = splitter;
    }

    Query query(SlotSearchCriteria criteria, Relevance relevance, Instant now) {
        Query matching = Query.of(q -> q.bool(b -> b
                .filter(filters(criteria, now))
                .mustNot(exclusions(criteria))
                .must(textQuery(criteria.text()))
                .should(occupationBoosts(relevance.occupationWeights()))
                .should(preferenceBoost(relevance.preferenceText()))));
        if (relevance.origin() == null) {
            return matching;
        }
        return Query.of(q -> q.functionScore(fs -> fs
                .query(matching)
                .functions(f -> f.gauss(g -> g.geo(geo -> geo.field("location").placement(p -> p
                        .origin(geoLocation(relevance.origin()))
                        .scale(relevance.halfScoreKm() + "km")
                        .decay(0.5)))).weight(NEARNESS_WEIGHT))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Sum)));
    }

    private List<Query> filters(SlotSearchCriteria c, Instant now) {
        List<Query> filters = new ArrayList<>();
        filters.add(terms("status", c.statuses().stream().map(Enum::name).toList()));
        if (!c.sites().isEmpty()) {
            filters.add(terms("sites", List.copyOf(c.sites())));
        }
        if (c.occupationCode() != null && !c.occupationCode().isBlank()) {
            filters.add(QueryBuilders.prefix(p -> p.field("occupationCode").value(c.occupationCode().strip())));
        }
        if (c.near() != null && c.radiusKm() != null) {
            filters.add(QueryBuilders.geoDistance(g -> g.field("location")
                    .location(geoLocation(c.near())).distance(c.radiusKm() + "km")));
        }
        if (c.hours() != null) {
            filters.add(QueryBuilders.range(r -> r.number(n -> n.field("hours")
                    .gte((double) c.hours().min()).lte((double) c.hours().max()).relation(RangeRelation.Intersects))));
        }
        if (!c.weekdays().isEmpty()) {
            filters.add(terms("weekdays", c.weekdays().stream().map(Enum::name).toList()));
        }
        if (c.workingWithin() != null) {
            filters.add(workingWithin(c.workingWithin()));
        }
        c.support().forEach(support -> filters.add(QueryBuilders.term(t -> t.field("support").value(support.name()))));
        c.requiredAccessibility().forEach(needed ->
                filters.add(QueryBuilders.term(t -> t.field("accessibility").value(needed.name()))));
        if (c.maxLiftKg() != null) {
            Query withinLimit = QueryBuilders.range(r -> r.number(n -> n.field("heaviestLiftKg").lte((double) c.maxLiftKg())));
            filters.add(!c.unstatedLiftOnly() ? withinLimit
                    : QueryBuilders.bool(b -> b.mustNot(m -> m.exists(e -> e.field("heaviestLiftKg")))));
        }
        if (c.employerId() != null) {
            filters.add(QueryBuilders.term(t -> t.field("employerId").value(c.employerId())));
        }
        if (c.availableOn() != null) {
            String day = c.availableOn().toString();
            filters.add(QueryBuilders.range(r -> r.date(d -> d.field("availableFrom").lte(day))));
            filters.add(QueryBuilders.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.bool(nb -> nb.mustNot(m -> m.exists(e -> e.field("availableUntil")))))
                    .should(s -> s.range(r -> r.date(d -> d.field("availableUntil").gte(day))))));
        }
        if (c.withFreeSeat()) {
            // freeSeats was counted when the slot was last written; a hold that has lapsed since
            // frees its seat without a write, which nextHoldLapse reveals.
            filters.add(QueryBuilders.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.range(r -> r.number(n -> n.field("freeSeats").gt(0.0))))
                    .should(s -> s.range(r -> r.date(d -> d.field("nextHoldLapse").lte(now.toString()))))));
        }
        return filters;
    }

    /**
     * Slots that work at some minute strictly inside one of the windows (a window that only touches
     * one ends where the other begins: no shared time). Every slot has the field (a save derives it,
     * and the copy from an index before v2 fills it), so the only slots with nothing indexed there
     * are those with no working times stated (an empty list): they pass, to be judged exactly
     * afterwards, as they always have. With no window left to match (none, or none longer than a
     * minute), only those pass.
     */
    private static Query workingWithin(WeeklySchedule windows) {
        List<Query> overlaps = new ArrayList<>();
        for (TimeWindow window : windows.windows()) {
            if (window.start() == null || window.end() == null) {
                continue;
            }
            int from = SlotDocumentMapper.weekMinute(window.day(), window.start()) + 1;
            int to = SlotDocumentMapper.weekMinute(window.day(), window.end()) - 1;
            if (from <= to) {
                overlaps.add(QueryBuilders.range(r -> r.number(n -> n.field("scheduleMinutes")
                        .gte((double) from).lte((double) to).relation(RangeRelation.Intersects))));
            }
        }
        // No working times stated: an empty list indexes nothing.
        overlaps.add(QueryBuilders.bool(b -> b.mustNot(m -> m.exists(e -> e.field("scheduleMinutes")))));
        return QueryBuilders.bool(b -> b.minimumShouldMatch("1").should(overlaps));
    }

    private List<Query> exclusions(SlotSearchCriteria c) {
        List<Query> exclusions = new ArrayList<>();
        if (!c.excludedDemands().isEmpty()) {
            exclusions.add(terms("demands", c.excludedDemands().stream().map(Enum::name).toList()));
        }
        if (!c.employerIdsExcluded().isEmpty()) {
            exclusions.add(terms("employerId", List.copyOf(c.employerIdsExcluded())));
        }
        return exclusions;
    }

    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return QueryBuilders.matchAll(m -> m);
        }
        String expanded = splitter.expand(text);
        return QueryBuilders.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.match(m -> m.field("searchText").query(expanded).operator(Operator.Or)))
                .should(s -> s.match(m -> m.field("title").query(text).boost((float) TITLE_BOOST))));
    }

    /** What the person likes and is good at raises matching slots; an empty list when nothing is recorded. */
    private List<Query> preferenceBoost(String preferenceText) {
        if (preferenceText == null || preferenceText.isBlank()) {
            return List.of();
        }
        String expanded = splitter.expand(preferenceText);
        return List.of(QueryBuilders.match(m -> m.field("searchText").query(expanded).operator(Operator.Or)));
    }

    private List<Query> occupationBoosts(Map<String, Double> weights) {
        return weights.entrySet().stream().map(entry -> {
            String field = entry.getKey().length() == 4 ? "occupationCode" : "occupationGroup";
            return QueryBuilders.constantScore(cs -> cs
                    .filter(f -> f.term(t -> t.field(field).value(entry.getKey())))
                    .boost(entry.getValue().floatValue()));
        }).toList();
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return QueryBuilders.terms(t -> t.field(field).terms(v -> v.value(fieldValues)));
    }

    static GeoLocation geoLocation(Coordinates point) {
        return GeoLocation.of(g -> g.latlon(l -> l.lat(point.lat()).lon(point.lon())));
    }
}
