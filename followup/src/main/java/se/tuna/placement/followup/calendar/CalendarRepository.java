package se.tuna.placement.followup.calendar;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.followup.calendar.CalendarDocuments.CalendarDocument;

/** Stores working calendars, one document per person under their account id. */
public class CalendarRepository {

    public static final IndexDefinition CALENDARS = new IndexDefinition("work-calendars", 1, "elasticsearch/work-calendars-v1.json");

    private final ElasticsearchClient client;
    private final String index;
    private final CalendarDocumentMapper mapper;

    public CalendarRepository(ElasticsearchClient client, IndexNames names, CalendarDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(CALENDARS);
        this.mapper = mapper;
    }

    public Optional<Versioned<WorkCalendar>> find(String accountId) {
        if (!DocumentIds.canExist(accountId)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(accountId), CalendarDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(mapper.toCalendar(response.source()), response.seqNo(), response.primaryTerm()));
    }

    /** The stored calendars of these accounts, by account. */
    public Map<String, WorkCalendar> findAll(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(List.copyOf(accountIds)), CalendarDocument.class));
        return response.docs().stream().filter(doc -> doc.isResult() && doc.result().found())
                .map(doc -> mapper.toCalendar(doc.result().source()))
                .collect(Collectors.toMap(WorkCalendar::accountId, Function.identity()));
    }

    /** Stores a first calendar; a version conflict if the person has one already. */
    public void create(WorkCalendar calendar, String changedBy, Instant changedAt) {
        call(() -> client.create(c -> c.index(index).requireAlias(true).id(calendar.accountId())
                .document(mapper.toDocument(calendar, changedBy, changedAt)).refresh(Refresh.True)));
    }

    /** Replaces a calendar read at {@code read}; a version conflict if it changed since. */
    public void replace(WorkCalendar calendar, Versioned<WorkCalendar> read, String changedBy, Instant changedAt) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(calendar.accountId())
                .document(mapper.toDocument(calendar, changedBy, changedAt)).ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm())
                .refresh(Refresh.True)));
    }
}
