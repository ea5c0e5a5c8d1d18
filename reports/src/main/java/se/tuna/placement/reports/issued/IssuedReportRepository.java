package se.tuna.placement.reports.issued;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.tuna.placement.catalog.store.DocumentIds;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.reports.issued.IssuedReportDocuments.IssuedReportDocument;

/**
 * Stores issued reports, append-only: each is created under a new id (op_type create, so an id is
 * never written over) and never changed or deleted. Each write refreshes the index, so the list
 * shows a report the moment it is issued.
 */
public class IssuedReportRepository {

    public static final IndexDefinition ISSUED_REPORTS = new IndexDefinition("issued-reports", 1,
            "elasticsearch/issued-reports-v1.json");

    /** More reports than the sites asked for will ever issue: two a year per site. */
    private static final int MOST_LISTED = 1_000;

    private final ElasticsearchClient client;
    private final String index;
    private final IssuedReportDocumentMapper mapper;

    public IssuedReportRepository(ElasticsearchClient client, IndexNames names, IssuedReportDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(ISSUED_REPORTS);
        this.mapper = mapper;
    }

    /** Stores a new issued report; one with its id already stored is refused (a conflict), never replaced. */
    public void create(IssuedReport issued) {
        IssuedReportDocument document = mapper.toDocument(issued);
        call(() -> client.create(c -> c.index(index).requireAlias(true).id(issued.id()).document(document)
                .refresh(Refresh.True)));
    }

    public Optional<IssuedReport> find(String id) {
        if (!DocumentIds.canExist(id)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(id), IssuedReportDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(read(response.source()));
    }

    /** The reports counting any of {@code sites}, newest first. */
    public List<IssuedReport> ofSites(Collection<String> sites) {
        List<FieldValue> values = sites.stream().map(FieldValue::of).toList();
        var response = call(() -> client.search(s -> s.index(index).size(MOST_LISTED)
                .query(q -> q.terms(t -> t.field("sites").terms(v -> v.value(values))))
                .sort(o -> o.field(f -> f.field("issuedAt").order(SortOrder.Desc))), IssuedReportDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(this::read).toList();
    }

    private IssuedReport read(IssuedReportDocument document) {
        if (document.version() != IssuedReportDocuments.VERSION) {
            // Only one shape has been written yet; a second brings its reader here, beside this one.
            throw new IllegalStateException("Issued report " + document.id() + " is stored in shape " + document.version()
                    + ", which this version does not read");
        }
        return mapper.toIssued(document);
    }
}
