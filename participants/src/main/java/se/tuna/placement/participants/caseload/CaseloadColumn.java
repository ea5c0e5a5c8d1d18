package se.tuna.placement.participants.caseload;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.tuna.placement.catalog.importer.BankColumn;

/**
 * The columns of a caseload file ({@code docs/import-format.md}, "The caseload"): the header as
 * the format writes it, and the Swedish headers also accepted. Headers are compared as the bank
 * import compares them (case, accents, spaces and punctuation ignored).
 */
public enum CaseloadColumn {
    PARTICIPANT_ID("participantId", "deltagare", "deltagar-id"),
    SITE("site", "verksamhet"),
    GENDER("gender", "kön"),
    COMPENSATION("compensation", "ersättning"),
    QUEUED_ON("queuedOn", "i kö sedan", "remiss i kö"),
    ADMITTED_ON("admittedOn", "antagen", "remiss antagen"),
    ENROLLED_ON("enrolledOn", "inskriven"),
    CONSENT("consent", "samtycke"),
    READY_SINCE("readySince", "redo sedan"),
    SLOT_ID("slotId", "plats", "plats-id"),
    STUDY_VISIT_ON("studyVisitOn", "studiebesök"),
    TRIAL_START("trialStart", "provotid från"),
    TRIAL_END("trialEnd", "provotid till"),
    CURRENT_PERIOD_END("currentPeriodEnd", "perioden slutar"),
    WEEKLY_HOURS("weeklyHours", "timmar i veckan"),
    EXITED_ON("exitedOn", "utskriven"),
    OUTCOME("outcome", "utfall"),
    COACH("coach", "personlig coach", "coachens e-post");

    /** The columns a file's header must have. */
    static final List<CaseloadColumn> REQUIRED = List.of(PARTICIPANT_ID, SITE, ADMITTED_ON, ENROLLED_ON, CONSENT, COMPENSATION);

    private static final Map<String, CaseloadColumn> BY_KEY = Arrays.stream(values())
            .flatMap(column -> Stream.concat(Stream.of(column.header), column.aliases.stream())
                    .map(header -> Map.entry(BankColumn.key(header), column)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String header;
    private final List<String> aliases;

    CaseloadColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header as the format writes it. */
    public String header() {
        return header;
    }

    static Optional<CaseloadColumn> forHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(BankColumn.key(header)));
    }
}
