package se.tuna.placement.reports.payoff;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

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
import se.tuna.placement.reports.payoff.KeyFigureParameterDocuments.KeyFigureParameterDocument;

/**
 * Stores the sites' key-figure parameters, one document per site under its id. A site's
 * parameters are replaced whole; the last to enter them wins, and the document says who that was.
 */
public class KeyFigureParameterRepository {

    public static final IndexDefinition KEY_FIGURE_PARAMETERS = new IndexDefinition("key-figure-parameters", 1,
            "elasticsearch/key-figure-parameters-v1.json");

    private final ElasticsearchClient client;
    private final String index;
    private final KeyFigureParameterDocumentMapper mapper;

    public KeyFigureParameterRepository(ElasticsearchClient client, IndexNames names, KeyFigureParameterDocumentMapper mapper) {
        this.client = client;
        this.index = names.alias(KEY_FIGURE_PARAMETERS);
        this.mapper = mapper;
    }

    public Optional<KeyFigureParameters> find(String site) {
        if (!DocumentIds.canExist(site)) {
            return Optional.empty();
        }
        var response = call(() -> client.get(g -> g.index(index).id(site), KeyFigureParameterDocument.class));
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(mapper.toParameters(response.source()));
    }

    /** The stored parameters of these sites, by site. */
    public Map<String, KeyFigureParameters> findAll(Collection<String> sites) {
        List<String> ids = sites.stream().filter(DocumentIds::canExist).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(ids), KeyFigureParameterDocument.class));
        return response.docs().stream().filter(doc -> doc.isResult() && doc.result().found() && doc.result().source() != null)
                .map(doc -> mapper.toParameters(doc.result().source()))
                .collect(Collectors.toMap(KeyFigureParameters::site, Function.identity()));
    }

    /** Stores the site's parameters in place of any it had. */
    public void save(KeyFigureParameters parameters) {
        call(() -> client.index(i -> i.index(index).requireAlias(true).id(parameters.site())
                .document(mapper.toDocument(parameters)).refresh(Refresh.True)));
    }
}
