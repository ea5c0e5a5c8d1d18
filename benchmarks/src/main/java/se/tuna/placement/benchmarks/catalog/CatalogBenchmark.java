package se.tuna.placement.benchmarks.catalog;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.catalog.CatalogConfiguration;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportReport;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.search.SlotSearch;
import se.tuna.placement.catalog.search.SlotSearchCriteria;
import se.tuna.placement.catalog.search.SlotSort;
import se.tuna.placement.catalog.store.CatalogIndices;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.elasticsearch.local.LocalElasticsearch;
import se.tuna.placement.elasticsearch.local.LocalElasticsearchSettings;
import se.tuna.placement.elasticsearch.local.RunningNode;
import se.tuna.placement.matcher.MatcherConfiguration;
import se.tuna.placement.participants.coach.CoachDirectory;
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.matcher.suggest.SuggestionService;

/**
 * The placement bank at 100,000 slots on this machine: import throughput through the service's
 * import path, coordinator search latency through the service's search against the same query
 * sent bare, and suggestion latency. Uses the production wiring (the catalog's and matcher's
 * configurations) on a real node: TUNA_ELASTICSEARCH_URIS if set, else a local node of its own.
 * <p>
 * Run: {@code ./mvnw -q -DskipTests install && ./mvnw -q -pl benchmarks exec:java
 * -Dexec.mainClass=se.tuna.placement.benchmarks.catalog.CatalogBenchmark [-Dslots=100000] [-Dparts=import]}
 */
public final class CatalogBenchmark {

    private static final long SEED = 2008;
    /** What to measure besides the import: {@code -Dparts=import} times the import alone. */
    private static final Set<String> PARTS = Set.of(System.getProperty("parts", "import,search,suggest").split(","));
    private static final String[] TEXTS = {"lagerarbete", "städning", "kök", "café", "trädgård", "butik", "second hand",
        "montering", "tvätteri", "återvinning", "kontor", "bageri", "plockning", "parkskötsel", "reception"};
    private static final String[] LOCALITIES = {"Eskilstuna", "Strängnäs", "Torshälla", "Mariefred", "Hällbybrunn",
        "Kvicksund", "Åkers styckebruk"};

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int slots = Integer.getInteger("slots", 100_000);
        int employers = Math.max(150, slots / 5);
        int queries = Integer.getInteger("queries", 500);
        String configured = System.getenv("TUNA_ELASTICSEARCH_URIS");
        RunningNode node = configured == null ? LocalElasticsearch.start(LocalElasticsearchSettings.defaults()
                .withInstanceName("benchmark").withHeap(System.getProperty("heap", "2g"))) : null;
        URI uri = node != null ? node.httpUri() : URI.create(configured.split(",")[0].strip());
        Wiring.uri = uri;
        try (var context = new AnnotationConfigApplicationContext(Wiring.class)) {
            System.out.printf("Machine: %d cores, JDK %s, node %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), uri);
            ReferenceData reference = context.getBean(ReferenceData.class);
            DemoBank bank = new DemoBankGenerator(reference).generate(SEED, employers, slots, LocalDate.now());
            importThroughput(context.getBean(BankImport.class), bank);
            if (PARTS.contains("search")) {
                searchLatency(context.getBean(SlotSearch.class), context.getBean(ElasticsearchClient.class), reference, queries);
            }
            if (PARTS.contains("suggest")) {
                suggestionLatency(context, bank, reference, Math.min(queries, 300));
            }
        } finally {
            if (node != null) {
                node.stop();
            }
        }
        // The REST client's I/O threads are not daemons and the client bean is never closed: end here.
        System.exit(0);
    }

    private static void importThroughput(BankImport bankImport, DemoBank bank) {
        long started = System.nanoTime();
        ImportReport report = bankImport.importBank(bank.employers(), bank.slots(), ImportMode.STORE);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Import: %d employers and %d slots in %.1f s = %.0f slots/s (refused rows: %d)%n",
                bank.employers().size(), bank.slots().size(), seconds, bank.slots().size() / seconds, report.rowsRefused());
        long again = System.nanoTime();
        ImportReport second = bankImport.importBank(bank.employers(), bank.slots(), ImportMode.STORE);
        double secondsAgain = (System.nanoTime() - again) / 1e9;
        System.out.printf("Re-import of the same bank: %.1f s = %.0f slots/s (%d unchanged, %d created)%n", secondsAgain,
                bank.slots().size() / secondsAgain, second.slotsUnchanged(), second.slotsCreated());
    }

    private static void searchLatency(SlotSearch search, ElasticsearchClient client, ReferenceData reference, int queries)
            throws Exception {
        List<SlotSearchCriteria> criteria = coordinatorSearches(reference, queries);
        for (int warm = 0; warm < 50; warm++) {
            search.search(criteria.get(warm % criteria.size()));
        }
        Latencies service = new Latencies(queries);
        for (SlotSearchCriteria c : criteria) {
            long started = System.nanoTime();
            search.search(c);
            service.add(System.nanoTime() - started);
        }
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        Latencies bare = new Latencies(queries);
        List<String> bodies = new ArrayList<>();
        for (SlotSearchCriteria c : criteria) {
            bodies.add(search.requestBody(c));
        }
        for (int warm = 0; warm < 50; warm++) {
            bareSearch(rest, bodies.get(warm % bodies.size()));
        }
        for (String body : bodies) {
            long started = System.nanoTime();
            bareSearch(rest, body);
            bare.add(System.nanoTime() - started);
        }
        System.out.println("Search through the service (" + queries + " coordinator searches, 20 per page): " + service);
        System.out.println("The same queries sent bare (JSON over the REST client, no mapping):       " + bare);
    }

    private static void bareSearch(RestClient rest, String body) throws Exception {
        Request request = new Request("POST", "/" + Wiring.NAMES.alias(CatalogIndices.SLOTS) + "/_search");
        request.setJsonEntity(body);
        rest.performRequest(request).getEntity().getContent().readAllBytes();
    }

    private static void suggestionLatency(AnnotationConfigApplicationContext context, DemoBank bank, ReferenceData reference,
            int count) {
        List<Participant> people = new DemoParticipantGenerator(reference).generate(SEED, count, bank, LocalDate.now());
        ParticipantRepository participants = context.getBean(ParticipantRepository.class);
        participants.writeAll(people, participants.findAll(people.stream().map(Participant::id).toList()));
        participants.refresh();
        SuggestionService suggestions = context.getBean(SuggestionService.class);
        for (int warm = 0; warm < 30; warm++) {
            suggestions.suggest(people.get(warm % people.size()).id(), 10);
        }
        Latencies latencies = new Latencies(people.size());
        for (Participant participant : people) {
            long started = System.nanoTime();
            suggestions.suggest(participant.id(), 10);
            latencies.add(System.nanoTime() - started);
        }
        System.out.println("Suggestions (retrieve 100 candidates, score all with the model, explain the best 10): " + latencies);
    }

    /** Searches a coordinator would make: text, place and radius, hours, a weekday, free seats. */
    private static List<SlotSearchCriteria> coordinatorSearches(ReferenceData reference, int count) {
        Random random = new Random(SEED);
        List<SlotSearchCriteria> criteria = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            var locality = reference.localities().find(LOCALITIES[random.nextInt(LOCALITIES.length)]).orElseThrow();
            criteria.add(new SlotSearchCriteria(TEXTS[random.nextInt(TEXTS.length)], null,
                    new Coordinates(locality.latitude(), locality.longitude()), 10.0 + random.nextInt(30),
                    new HourRange(4, 4 + random.nextInt(12)), Set.of(java.time.DayOfWeek.of(1 + random.nextInt(5))), null,
                    null, null, null, Set.of(SlotStatus.OPEN), null, null, null, true, SlotSort.RELEVANCE, 0, 20));
        }
        return criteria;
    }

    /** The production wiring, on the benchmark's node. */
    @Configuration(proxyBeanMethods = false)
    @Import({CatalogConfiguration.class, MatcherConfiguration.class})
    static class Wiring {
        static URI uri;

        @Bean(destroyMethod = "")
        ElasticsearchClient elasticsearchClient() {
            return ElasticsearchClientFactory.create(ElasticsearchConnection.local(uri));
        }

        /** Fresh indices for every run, so the import measures creating, not updating. */
        static final IndexNames NAMES = new IndexNames("bench" + System.currentTimeMillis() + "-");

        @Bean
        IndexNames indexNames() {
            return NAMES;
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** The benchmark assigns no coaches. */
        @Bean
        CoachDirectory coachDirectory() {
            return (accountId, site) -> false;
        }

        @Bean
        Object createdIndices(IndexManager indices, List<IndexSet> indexSets) {
            indexSets.forEach(set -> indices.ensure(set.indices()));
            return indexSets;
        }
    }
}
