package se.tuna.placement.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogConfiguration;
import se.tuna.placement.catalog.store.CatalogIndices;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.matcher.MatcherConfiguration;
import se.tuna.placement.matcher.retrieval.CandidateRetrieval;
import se.tuna.placement.participants.coach.CoachDirectory;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.Phase;

/**
 * The reference: the first candidate search a suggestion sends for a participant, built by the
 * production code ({@link CandidateRetrieval#firstPageRequestBody}) from the participants as the
 * service stores them, and sent bare to the service's own Elasticsearch node: no session, no
 * audit, no re-read, no scoring. Reads the service's indices, writes nothing.
 */
final class BareCandidateQuery implements AutoCloseable {

    /** The candidates a suggestion retrieves (SuggestionService asks for at least 100). */
    static final int CANDIDATES = 100;

    private final AnnotationConfigApplicationContext context;
    private final URI node;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    BareCandidateQuery(URI node) {
        this.node = node;
        Wiring.node = node;
        this.context = new AnnotationConfigApplicationContext(Wiring.class);
    }

    /** The participants a coordinator asks suggestions for: everyone not yet exited, as stored. */
    List<Participant> participants() {
        return context.getBean(ParticipantRepository.class).listAll(null, null).stream()
                .filter(participant -> participant.phase() != Phase.EXITED).toList();
    }

    String body(Participant participant) {
        return context.getBean(CandidateRetrieval.class).firstPageRequestBody(participant, CANDIDATES);
    }

    /**
     * Waits until the node has merged what a bulk import left (no merge running in three checks a
     * second apart), at most {@code most}: a node still merging answers searches at a fraction of
     * its speed, which would measure the import's aftermath, not suggestions. Returns the wait.
     */
    Duration awaitMergesDone(Duration most) throws Exception {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        long started = System.nanoTime();
        int idle = 0;
        while (idle < 3 && System.nanoTime() - started < most.toNanos()) {
            Thread.sleep(1_000);
            long running = client.nodes().stats(s -> s.metric("indices").indexMetric("merge")).nodes().values().stream()
                    .mapToLong(stats -> stats.indices().merges().current()).sum();
            idle = running == 0 ? idle + 1 : 0;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Sends one body to the slots' alias, reads the whole answer and returns the status. */
    int send(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.resolve("/" + IndexNames.DEFAULT.alias(CatalogIndices.SLOTS) + "/_search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    @Override
    public void close() {
        try {
            context.getBean(ElasticsearchClient.class)._transport().close();
        } catch (java.io.IOException e) {
            // Closing anyway.
        }
        context.close();
    }

    /** The production wiring of catalog, participants and matcher, on the service's node and index names. */
    @Configuration(proxyBeanMethods = false)
    @Import({CatalogConfiguration.class, MatcherConfiguration.class})
    static class Wiring {
        static URI node;

        @Bean(destroyMethod = "")
        ElasticsearchClient elasticsearchClient() {
            return ElasticsearchClientFactory.create(ElasticsearchConnection.local(node));
        }

        @Bean
        IndexNames indexNames() {
            return IndexNames.DEFAULT;
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** Only the search is built here; whose coach is whose does not enter it. */
        @Bean
        CoachDirectory coachDirectory() {
            return (accountId, site) -> false;
        }
    }
}
