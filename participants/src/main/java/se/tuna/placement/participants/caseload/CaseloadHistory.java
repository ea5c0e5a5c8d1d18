package se.tuna.placement.participants.caseload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.participants.history.Backdated;
import se.tuna.placement.participants.placement.Choice;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementReference;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintRepository;

/**
 * A caseload row made into the stint and placement it describes, step by step through
 * {@link Stint} and {@link PlacementPath} themselves, each back-dated to its day and recorded by
 * the importing coordinator. The first step a rule refuses refuses the row, with the column of the
 * step and the rule's reason; nothing of the row is written then.
 *
 * @param stint     the participant's current stint
 * @param placement their placement under way, or {@code null}
 */
public record CaseloadHistory(Stint stint, Placement placement) {

    /** A study visit imported from a row is at ten, as the day's time is not in the file. */
    private static final int VISIT_HOUR = 10;

    /** Thrown when a row is refused: what the report says of it. */
    public static final class Refused extends RuntimeException {
        private final transient List<RowError> errors;

        Refused(List<RowError> errors) {
            super("row refused");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /**
     * @param slot  the row's slot, or {@code null} without one
     * @param today the day of the import: no step may be after it, except the ends of periods agreed
     */
    static CaseloadHistory of(CaseloadRow row, TrainingSlot slot, StintLengths lengths, LocalDate today, DecidedBy by) {
        Steps steps = new Steps(row, by.accountId());
        steps.requireComplete(today);
        LocalDate first = row.queuedOn() != null ? row.queuedOn() : row.admittedOn();
        Stint stint = steps.take(CaseloadColumn.ADMITTED_ON, () -> Stint.referred(StintRepository.currentIdOf(row.participantId()),
                row.participantId(), row.site(), row.gender(), row.queuedOn(), row.admittedOn(), Backdated.on(first, by.accountId())));
        Stint enrolled = steps.take(CaseloadColumn.ENROLLED_ON, () -> stint.enrol(row.enrolledOn(), row.consent(),
                row.compensation(), steps.on(row.enrolledOn())));
        Stint ready = row.readySince() == null ? enrolled
                : steps.take(CaseloadColumn.READY_SINCE, () -> enrolled.ready(row.readySince(), steps.on(row.readySince())));
        Stint current = ready;
        if (row.exitedOn() != null) {
            current = steps.take(CaseloadColumn.EXITED_ON, () -> ready.exit(row.exitedOn(), row.outcome(), steps.on(row.exitedOn())));
        }
        if (row.consent() == Consent.DECLINED) {
            return new CaseloadHistory(current.anonymised(declinedIdOf(row.participantId())), null);
        }
        if (!row.placed()) {
            return new CaseloadHistory(current, null);
        }
        StintLimit limit = lengths.limitAt(row.site(), row.enrolledOn());
        WeeklyTerms terms = new WeeklyTerms(row.weeklyHours(), slot.schedule(), slot.support());
        LocalDate visitDay = row.studyVisitOn();
        PlacementPath visit = steps.take(CaseloadColumn.STUDY_VISIT_ON, () -> PlacementPath.bookStudyVisit(
                new StudyVisit(visitDay, visitDay.atTime(VISIT_HOUR, 0), row.readySince()), steps.on(visitDay)).path());
        PlacementPath path = visit;
        if (row.trialStart() != null) {
            PlacementPath agreed = steps.take(CaseloadColumn.STUDY_VISIT_ON,
                    () -> visit.answerStudyVisit(VisitAnswer.yes(visitDay), steps.on(visitDay)).path());
            DateSpan trial = row.trialEnd() == null ? DateSpan.starting(row.trialStart(), PlacementPath.TRIAL_LENGTH)
                    : new DateSpan(row.trialStart(), row.trialEnd());
            PlacementPath inTrial = steps.take(CaseloadColumn.TRIAL_START,
                    () -> agreed.startTrial(trial, terms, limit, steps.on(row.trialStart())).path());
            path = inTrial;
            if (row.currentPeriodEnd() != null) {
                // Each extension decided at the follow-up on its period's last day (never after the import).
                path = steps.take(CaseloadColumn.CURRENT_PERIOD_END, () -> Backdated.extendedThrough(inTrial, row.currentPeriodEnd(),
                        (periodEnd, last) -> periodEnd.isAfter(today) ? today : periodEnd, month -> terms, limit, by.accountId()));
                LocalDate reached = path.currentPeriod().orElseThrow().span().end();
                if (!reached.equals(row.currentPeriodEnd())) {
                    steps.refuse(CaseloadColumn.CURRENT_PERIOD_END, "extensions run a month at a time from the trial's end, "
                            + "so the period under way ends on " + reached + ", not " + row.currentPeriodEnd());
                }
            }
        }
        Placement placement = new Placement(PlacementService.idFor(row.participantId()), PlacementReference.random(),
                row.participantId(), slot.id(), slot.employerId(), null, path, by.accountId(), by.name(),
                Backdated.on(visitDay, by.accountId()).at(), null, null, new Choice(null, slot.id(), null));
        return new CaseloadHistory(ready, placement);
    }

    /**
     * The id a declined enrolment's anonymous statistics record is kept under: derived from the
     * participant reference, so importing the file again finds it and stores nothing twice. The
     * record holds no reference; the id ties it to one only for someone who holds the reference and
     * this rule, as the file itself does.
     */
    static String declinedIdOf(String participantId) {
        return UUID.nameUUIDFromBytes(("caseload-declined:" + participantId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The row's steps, refused with the column of the step a rule refuses. */
    private static final class Steps {
        private final CaseloadRow row;
        private final String accountId;

        Steps(CaseloadRow row, String accountId) {
            this.row = row;
            this.accountId = accountId;
        }

        /** What the steps cannot tell: columns that go together, and days that have not come yet. */
        void requireComplete(LocalDate today) {
            List<RowError> errors = new ArrayList<>();
            require(errors, row.participantId() != null, CaseloadColumn.PARTICIPANT_ID, "is required");
            require(errors, row.site() != null, CaseloadColumn.SITE, "is required");
            require(errors, row.enrolledOn() != null, CaseloadColumn.ENROLLED_ON, "is required: a caseload holds those enrolled");
            if (row.placed()) {
                require(errors, row.consent() == Consent.GIVEN, CaseloadColumn.CONSENT, "must be GIVEN for a placement: "
                        + "a declined enrolment keeps only an anonymous statistics record");
                require(errors, row.readySince() != null, CaseloadColumn.READY_SINCE, "is required with a placement");
                require(errors, row.studyVisitOn() != null, CaseloadColumn.STUDY_VISIT_ON, "is required with a placement");
                require(errors, row.trialStart() == null || row.weeklyHours() != null, CaseloadColumn.WEEKLY_HOURS,
                        "is required with a trial");
                require(errors, row.exitedOn() == null, CaseloadColumn.EXITED_ON, "cannot go with a placement under way: "
                        + "import who has left without slotId");
            } else {
                for (CaseloadColumn column : List.of(CaseloadColumn.STUDY_VISIT_ON, CaseloadColumn.TRIAL_START,
                        CaseloadColumn.TRIAL_END, CaseloadColumn.CURRENT_PERIOD_END, CaseloadColumn.WEEKLY_HOURS)) {
                    require(errors, valueOf(column) == null, column, "needs slotId");
                }
            }
            require(errors, row.trialStart() != null || (row.trialEnd() == null && row.currentPeriodEnd() == null),
                    CaseloadColumn.TRIAL_START, "is required with trialEnd or currentPeriodEnd");
            for (CaseloadColumn column : List.of(CaseloadColumn.QUEUED_ON, CaseloadColumn.ADMITTED_ON, CaseloadColumn.ENROLLED_ON,
                    CaseloadColumn.READY_SINCE, CaseloadColumn.STUDY_VISIT_ON, CaseloadColumn.TRIAL_START, CaseloadColumn.EXITED_ON)) {
                Object day = valueOf(column);
                require(errors, day == null || !((LocalDate) day).isAfter(today), column,
                        "must not be after today (" + today + "): a caseload holds what has happened");
            }
            if (!errors.isEmpty()) {
                throw new Refused(errors);
            }
        }

        private Object valueOf(CaseloadColumn column) {
            return switch (column) {
                case QUEUED_ON -> row.queuedOn();
                case ADMITTED_ON -> row.admittedOn();
                case ENROLLED_ON -> row.enrolledOn();
                case READY_SINCE -> row.readySince();
                case STUDY_VISIT_ON -> row.studyVisitOn();
                case TRIAL_START -> row.trialStart();
                case TRIAL_END -> row.trialEnd();
                case CURRENT_PERIOD_END -> row.currentPeriodEnd();
                case WEEKLY_HOURS -> row.weeklyHours();
                case EXITED_ON -> row.exitedOn();
                default -> throw new IllegalArgumentException(column.name());
            };
        }

        private void require(List<RowError> errors, boolean holds, CaseloadColumn column, String reason) {
            if (!holds) {
                errors.add(new RowError(row.line(), column.header(), reason));
            }
        }

        Recorded on(LocalDate day) {
            return Backdated.on(day, accountId);
        }

        /** The step, or the row refused with its rule's reasons under {@code column} (or the column the rule names). */
        <T> T take(CaseloadColumn column, Supplier<T> step) {
            try {
                return step.get();
            } catch (InvalidInputException invalid) {
                throw new Refused(invalid.violations().stream()
                        .map(violation -> new RowError(row.line(), columnOf(violation, column), violation.reason())).toList());
            } catch (ConflictException refused) {
                throw new Refused(List.of(new RowError(row.line(), column.header(), refused.getMessage())));
            }
        }

        void refuse(CaseloadColumn column, String reason) {
            throw new Refused(List.of(new RowError(row.line(), column.header(), reason)));
        }

        private static String columnOf(FieldViolation violation, CaseloadColumn step) {
            return CaseloadColumn.forHeader(violation.field()).map(CaseloadColumn::header).orElse(step.header());
        }
    }
}
