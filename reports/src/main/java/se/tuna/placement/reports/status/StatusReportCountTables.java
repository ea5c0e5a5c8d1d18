package se.tuna.placement.reports.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.disclosure.CountTable;
import se.tuna.placement.reports.disclosure.CountTables;
import se.tuna.placement.reports.disclosure.Link;
import se.tuna.placement.reports.disclosure.Ref;

/**
 * A status report's counts as the count tables an export prints (the export's own tables, with
 * their Swedish headings, are {@code export.StatusReportTables}), with what ties them together, for
 * small-count suppression ({@code docs/reports.md}, "Hiding small counts"). A table added to the
 * report gets its table here, and its links: whatever a reader could subtract with.
 *
 * <ul>
 * <li>{@value #PHASES}, {@value #GENDERS}, {@value #COMPENSATIONS}, {@value #AGES_KNOWN}: the active
 * split four ways, one shared total (the active), printed with the phases. Compensations get an
 * {@value #UNKNOWN} cell for the active without one, when there are any (enrolment asks for one, so
 * normally none): the reader could subtract it anyway. Ages known: those whose birth year the mean
 * age is taken over, and the rest.</li>
 * <li>{@value #REFERRAL_QUEUE}: one count on its own.</li>
 * <li>{@value #EXITS_SINCE_START} and {@value #EXITS_IN_PERIOD}: exits by outcome, with their
 * total; each with a goals table ({@value #GOALS_SUFFIX}), no total, whose cells are the goals'
 * counts, each the sum of the outcomes that count towards it.</li>
 * </ul>
 */
public final class StatusReportCountTables {

    public static final String PHASES = "phases";
    public static final String GENDERS = "genders";
    public static final String COMPENSATIONS = "compensations";
    public static final String AGES_KNOWN = "agesKnown";
    public static final String REFERRAL_QUEUE = "referralQueue";
    public static final String EXITS_SINCE_START = "exitsSinceStart";
    public static final String EXITS_IN_PERIOD = "exitsInPeriod";
    /** Appended to an exits table's name for its goals table. */
    public static final String GOALS_SUFFIX = "Goals";
    /** The cell of the active without a compensation recorded. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The cells of the ages-known table. */
    public static final String KNOWN = "KNOWN";

    private StatusReportCountTables() {
    }

    public static CountTables of(StatusReport whole) {
        Participation report = whole.participation();
        List<CountTable> tables = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        tables.add(CountTable.named(PHASES).cells(ReportPhase.class, report.byPhase()).build());
        tables.add(CountTable.named(GENDERS).cells(Gender.class, report.genders()).totalNotPublished().build());
        CountTable.Builder compensations = CountTable.named(COMPENSATIONS).cells(Compensation.class, report.compensations());
        long withoutCompensation = report.active() - report.compensations().values().stream().mapToLong(Long::longValue).sum();
        if (withoutCompensation != 0) {
            compensations.cell(UNKNOWN, withoutCompensation);
        }
        tables.add(compensations.totalNotPublished().build());
        tables.add(CountTable.named(AGES_KNOWN).cell(KNOWN, report.agesKnown()).cell(UNKNOWN, report.active() - report.agesKnown())
                .totalNotPublished().build());
        links.add(Link.sameTotal(PHASES, GENDERS, COMPENSATIONS, AGES_KNOWN));
        tables.add(CountTable.named(REFERRAL_QUEUE).cell(REFERRAL_QUEUE, report.referralQueue()).totalNotPublished().build());
        exits(EXITS_SINCE_START, whole.exitsSinceStart(), tables, links);
        exits(EXITS_IN_PERIOD, whole.exitsInPeriod(), tables, links);
        return new CountTables(tables, links);
    }

    private static void exits(String name, ExitCounts exits, List<CountTable> tables, List<Link> links) {
        tables.add(CountTable.named(name).cells(ExitOutcome.class, exits.byOutcome()).build());
        CountTable.Builder goals = CountTable.named(name + GOALS_SUFFIX).totalNotPublished();
        exits.goals().forEach(attainment -> goals.cell(attainment.goal().name(), attainment.count()));
        tables.add(goals.build());
        for (GoalAttainment attainment : exits.goals()) {
            List<String> outcomes = Arrays.stream(ExitOutcome.values()).filter(attainment.goal()::counts).map(Enum::name).toList();
            links.add(new Link.SumOf(Ref.cell(name + GOALS_SUFFIX, attainment.goal().name()), name, outcomes));
        }
    }
}
