package se.tuna.placement.web.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import se.tuna.placement.participants.participant.DemoParticipantGenerator;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.ParticipantRepository;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.web.config.ElasticsearchConfiguration.EmbeddedElasticsearch;

/**
 * On the first start of the embedded default (an empty node), loads the generated demo
 * placement bank and demo participants, so suggestions and plans can be tried at once. The data
 * is fictitious and deterministic from the seed; its dates count from the day it is loaded.
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
    private final ReferenceData reference;
    private final DemoMarker marker;
    private final Clock clock;

    DemoLoader(EmbeddedElasticsearch embedded, DemoProperties demo, SlotRepository slots, BankImport bankImport,
            ParticipantRepository participants, ReferenceData reference, DemoMarker marker, Clock clock) {
        this.marker = marker;
        this.embedded = embedded;
        this.demo = demo;
        this.slots = slots;
        this.bankImport = bankImport;
        this.participants = participants;
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
        List<Participant> people = demoParticipants(bank, today);
        participants.writeAll(people, Map.of());
        participants.refresh();
        marker.write(new DemoMarker.Demo(demo.seed(), clock.instant(), people.stream().map(Participant::id).toList(), false));
        log.info("Loaded the demo placement bank (seed {}): {} employers, {} slots, {} participants; {} rows refused",
                demo.seed(), bank.employers().size(), bank.slots().size(), people.size(), report.errors().size());
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
