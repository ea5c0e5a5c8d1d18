package se.tuna.placement.web.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.demo.DemoBankGenerator;
import se.tuna.placement.catalog.importer.BankImport;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.ImportReport;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.store.SlotRepository;
import se.tuna.placement.participants.demo.DemoHistory;
import se.tuna.placement.participants.demo.DemoHistoryGenerator;
import se.tuna.placement.participants.demo.DemoHistoryWriter;
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;

/**
 * On the first start of the embedded default (an empty node), loads the generated demo
 * placement bank and a year of the programme's history ({@link DemoHistoryGenerator}): the demo
 * participants with their stints, the placements of those in training holding their seats, the
 * ended ones, the referral queue and anonymous records; so suggestions and plans can be tried at
 * once on a bank whose loads are real. The data is fictitious and deterministic from the seed; its
 * dates count back from the day it is loaded (the reference date).
 * Never runs against a configured cluster. It marks the node as the demo's (see {@link DemoMarker}).
 */
@Component
@Order(1)
class DemoLoader implements StorageStartup.FirstStartTask {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final EmbeddedElasticsearch embedded;
    private final DemoProperties demo;
    private final SlotRepository slots;
    private final BankImport bankImport;
    private final ParticipantRepository participants;
    private final DemoHistoryWriter historyWriter;
    private final ReferenceData reference;
    private final DemoMarker marker;
    private final Clock clock;

    DemoLoader(EmbeddedElasticsearch embedded, DemoProperties demo, SlotRepository slots, BankImport bankImport,
            ParticipantRepository participants, DemoHistoryWriter historyWriter, ReferenceData reference, DemoMarker marker,
            Clock clock) {
        this.marker = marker;
        this.embedded = embedded;
        this.demo = demo;
        this.slots = slots;
        this.bankImport = bankImport;
        this.participants = participants;
        this.historyWriter = historyWriter;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (!embedded.running() || !demo.enabled()) {
            return;
        }
        if (slots.count() > 0) {
            recogniseAnEarlierDemo();
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        DemoBank bank = demoBank(today);
        ImportReport report = bankImport.importBank(bank.employers(), bank.slots(), ImportMode.STORE);
        DemoHistory history = new DemoHistoryGenerator(reference).generate(demo.seed(), bank, today);
        historyWriter.write(history);
        List<String> ids = history.participants().stream().map(Participant::id).toList();
        marker.write(new DemoMarker.Demo(demo.seed(), clock.instant(), ids, false));
        log.info("Loaded the demo placement bank (seed {}): {} employers, {} slots, {} participants, {} stints, {} placements "
                + "({} in training); {} rows refused", demo.seed(), bank.employers().size(), bank.slots().size(), ids.size(),
                history.stints().size(), history.placements().size(), history.inTraining().size(), report.errors().size());
    }

    /**
     * A node filled before the demo left its mark has no mark: it is the demo's if every demo
     * participant of the seed is in it (their ids depend on the seed alone), and is marked so.
     */
    private void recogniseAnEarlierDemo() {
        if (marker.find().isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        List<String> ids = demoParticipants(demoBank(today), today).stream().map(Participant::id).toList();
        if (participants.findAll(ids).size() < ids.size()) {
            log.warn("The embedded node holds data the demo did not load: no demo accounts are made. For the demo, "
                    + "start with an empty node (another TUNA_ELASTICSEARCH_LOCAL_DIR).");
            return;
        }
        marker.write(new DemoMarker.Demo(demo.seed(), clock.instant(), ids, false));
        log.info("Recognised the demo (seed {}) an earlier version loaded, and marked the node as the demo's", demo.seed());
    }

    private DemoBank demoBank(LocalDate today) {
        return new DemoBankGenerator(reference).generate(demo.seed(), DemoBankGenerator.DEFAULT_EMPLOYERS,
                DemoBankGenerator.DEFAULT_SLOTS, today);
    }

    private List<Participant> demoParticipants(DemoBank bank, LocalDate today) {
        return new DemoParticipantGenerator(reference).generate(demo.seed(), DemoParticipantGenerator.DEFAULT_COUNT, bank, today);
    }
}
