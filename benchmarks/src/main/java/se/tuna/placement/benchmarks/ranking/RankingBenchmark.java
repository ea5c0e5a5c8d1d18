package se.tuna.placement.benchmarks.ranking;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.tuna.placement.benchmarks.ranking.RankingMetrics.Finding;
import se.tuna.placement.benchmarks.ranking.RankingMetrics.Ranked;
import se.tuna.placement.benchmarks.ranking.RankingSet.Grade;
import se.tuna.placement.catalog.CatalogConfiguration;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportReport;
import se.tuna.placement.catalog.store.ElasticsearchClientFactory;
import se.tuna.placement.catalog.store.ElasticsearchConnection;
import se.tuna.placement.catalog.store.IndexManager;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.elasticsearch.local.LocalElasticsearch;
import se.tuna.placement.elasticsearch.local.LocalElasticsearchSettings;
import se.tuna.placement.elasticsearch.local.RunningNode;
import se.tuna.placement.matcher.MatcherConfiguration;
import se.tuna.placement.matcher.suggest.Suggestion;
import se.tuna.placement.matcher.suggest.SuggestionService;
import se.tuna.placement.participants.coach.CoachDirectory;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantService;

/**
 * The judged ranking benchmark: registers the set in {@code benchmarks/ranking/} the way employers and coaches
 * would (the bank through the import path, participants through the participant service, both with the API's
 * rules), asks the real matcher for every participant's suggestions with no limit on their number, and reports
 * the "never" pairs suggested, nDCG@3, recall@10 of the slots graded 2 or 3, and ties. Uses the production wiring
 * on a real node: {@code TUNA_ELASTICSEARCH_URIS} if set, else a local node of its own, removed afterwards.
 * <p>
 * Run from {@code benchmarks/} after {@code ./mvnw -B -q -pl benchmarks -am package -DskipTests}:
 * {@code java -cp 'target/classes:target/lib/*' se.tuna.placement.benchmarks.ranking.RankingBenchmark}
 * ({@code -Dranking.dir=...} for another copy of the set).
 */
public final class RankingBenchmark {

    /** Asks for every suggestion there is: the set has 40 slots. */
    private static final int UNLIMITED = 1_000;

    private RankingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(System.getProperty("ranking.dir", Files.isDirectory(Path.of("ranking")) ? "ranking"
                : "benchmarks/ranking"));
        String configured = System.getenv("TUNA_ELASTICSEARCH_URIS");
        LocalElasticsearchSettings settings = LocalElasticsearchSettings.defaults()
                .withInstanceName("ranking").withHeap("512m");
        RunningNode node = configured == null ? LocalElasticsearch.start(settings) : null;
        Wiring.uri = node != null ? node.httpUri() : URI.create(configured.split(",")[0].strip());
        try (var context = new AnnotationConfigApplicationContext(Wiring.class)) {
            RankingSet set = RankingSet.read(folder, LocalDate.now(Wiring.ZONE));
            RankingMetrics metrics = run(context, set);
            report(set, metrics);
        } finally {
            if (node != null) {
                node.stop();
            }
        }
        // The Elasticsearch client's I/O threads are not daemons and the client is left to the process's end.
        System.exit(0);
    }

    static RankingMetrics run(AnnotationConfigApplicationContext context, RankingSet set) {
        ImportReport imported = context.getBean(BankImport.class).importBank(set.employers(), set.slots(), ImportMode.STORE);
        if (imported.rowsRefused() > 0) {
            throw new IllegalStateException("The set's bank was refused in part: " + imported);
        }
        context.getBean(SlotRepository.class).refresh();
        ParticipantService participants = context.getBean(ParticipantService.class);
        set.participants().forEach(participants::register);
        context.getBean(ParticipantRepository.class).refresh();
        SuggestionService suggestions = context.getBean(SuggestionService.class);
        RankingMetrics metrics = new RankingMetrics();
        for (Participant participant : set.participants()) {
            List<Suggestion> list = suggestions.suggest(participant.id(), UNLIMITED).suggestions();
            List<Ranked> ranked = list.stream().map(s -> new Ranked(s.slot().id(), s.softScore())).toList();
            Map<String, Grade> grades = set.grades().get(participant.id());
            metrics.add(participant.id(), ranked, grades);
            System.out.printf("%s: %s%n", participant.id(), String.join(" ", ranked.stream()
                    .map(r -> r.slotId() + "(" + gradeText(grades.get(r.slotId())) + "," + r.score() + ")").toList()));
        }
        return metrics;
    }

    private static void report(RankingSet set, RankingMetrics metrics) {
        System.out.printf("%nJudged ranking set: %d participants, %d slots, %d suggestions in all%n", set.participants().size(),
                set.slots().size(), metrics.suggestions());
        System.out.printf("\"never\" pairs suggested: %d%n", metrics.neverSuggested().size());
        metrics.neverSuggested().forEach(RankingBenchmark::print);
        System.out.printf("nDCG@3: %.3f%n", metrics.ndcgAt3());
        System.out.printf("recall@10 of grade >= 2: %.3f (%d of %d)%n", metrics.recallAt10(), metrics.goodFound(),
                metrics.goodTotal());
        metrics.missed().forEach(RankingBenchmark::print);
        System.out.printf("ties: %d neighbours with the same score, in %d of %d lists%n", metrics.tiedNeighbours(),
                metrics.listsWithTies(), set.participants().size());
    }

    private static void print(Finding finding) {
        System.out.printf("  %s %s: %s%n", finding.participantId(), finding.slotId(), finding.what());
    }

    private static String gradeText(Grade grade) {
        return grade == null ? "?" : grade.never() ? "never" : String.valueOf(grade.value());
    }

    /** The production wiring, on the benchmark's node. */
    @Configuration(proxyBeanMethods = false)
    @Import({CatalogConfiguration.class, MatcherConfiguration.class})
    static class Wiring {
        static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
        static URI uri;

        @Bean(destroyMethod = "")
        ElasticsearchClient elasticsearchClient() {
            return ElasticsearchClientFactory.create(ElasticsearchConnection.local(uri));
        }

        @Bean
        IndexNames indexNames() {
            return new IndexNames("ranking" + System.currentTimeMillis() + "-");
        }

        @Bean
        Clock clock() {
            return Clock.system(ZONE);
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
