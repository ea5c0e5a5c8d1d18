package se.tuna.placement.reports.export;

import java.util.Arrays;
import java.util.List;

import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.status.Days;
import se.tuna.placement.reports.status.ExitCounts;
import se.tuna.placement.reports.status.GoalAttainment;
import se.tuna.placement.reports.status.Participation;
import se.tuna.placement.reports.status.PlacementFigures;
import se.tuna.placement.reports.status.ReportLabels;
import se.tuna.placement.reports.status.ReportPhase;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReportCountTables;
import se.tuna.placement.reports.status.WaitingTimes;

/**
 * A status report as the tables it is downloaded (CSV, one file each) and printed (PDF) as, in
 * Swedish and in the order the sites' reports tell it: today's standing, the intake, the waiting,
 * the exits against the goals, the placements.
 */
public final class StatusReportTables {

    private static final String PHASES = StatusReportCountTables.PHASES;
    private static final String GENDERS = StatusReportCountTables.GENDERS;
    private static final String COMPENSATIONS = StatusReportCountTables.COMPENSATIONS;
    private static final String AGES_KNOWN = StatusReportCountTables.AGES_KNOWN;
    private static final String KNOWN = StatusReportCountTables.KNOWN;
    private static final String REFERRAL_QUEUE = StatusReportCountTables.REFERRAL_QUEUE;
    private static final String EXITS_SINCE_START = StatusReportCountTables.EXITS_SINCE_START;
    private static final String EXITS_IN_PERIOD = StatusReportCountTables.EXITS_IN_PERIOD;
    private static final String GOALS_SUFFIX = StatusReportCountTables.GOALS_SUFFIX;

    private static final String COUNT = "Antal";

    private final Withholding withheld;

    private StatusReportTables(Withholding withheld) {
        this.withheld = withheld;
    }

    /** Every figure of the report, for the programme itself. */
    public static List<ReportTable> of(StatusReport report) {
        return of(report, Withholding.NONE);
    }

    /** The report's figures, those {@code withheld} marked so (an export for outside the programme). */
    public static List<ReportTable> of(StatusReport report, Withholding withheld) {
        return new StatusReportTables(withheld).tables(report);
    }

    private List<ReportTable> tables(StatusReport report) {
        return List.of(standing(report.participation()), phases(report.participation()), genders(report.participation()),
                compensations(report.participation()), intake(report), waiting(report.waiting()), waitingOverTime(report.waiting()),
                exits(report.exitsSinceStart(), report.exitsInPeriod()), goals(report.exitsSinceStart(), report.exitsInPeriod()),
                placements(report.placements()));
    }

    private ReportTable standing(Participation participation) {
        Object agesKnown = withheld.cell(AGES_KNOWN, KNOWN, participation.agesKnown());
        return ReportTable.named("dagens-lage", "Dagens läge", "Uppgift", "Värde")
                .row("Aktiva deltagare", withheld.total(PHASES, participation.active()))
                .row("Medelålder (år)", Withholding.derived(participation.meanAge(), agesKnown))
                .row("Medelåldern räknad på antal deltagare", agesKnown)
                .row("Remisskö (remitterade, ännu inte inskrivna)", withheld.cell(REFERRAL_QUEUE, REFERRAL_QUEUE,
                        participation.referralQueue()))
                .build();
    }

    private ReportTable phases(Participation participation) {
        ReportTable.Builder table = ReportTable.named("aktiva-per-fas", "Aktiva deltagare per fas", "Fas", COUNT);
        Arrays.stream(ReportPhase.values())
                .forEach(phase -> table.row(phase.label(), withheld.cell(PHASES, phase.name(), participation.inPhase(phase))));
        return table.row("Aktiva totalt", withheld.total(PHASES, participation.active())).build();
    }

    private ReportTable genders(Participation participation) {
        ReportTable.Builder table = ReportTable.named("kon", "Könsfördelning", "Kön", COUNT);
        Arrays.stream(Gender.values()).forEach(gender -> table.row(ReportLabels.of(gender),
                withheld.cell(GENDERS, gender.name(), participation.genders().get(gender))));
        return table.build();
    }

    private ReportTable compensations(Participation participation) {
        ReportTable.Builder table = ReportTable.named("ersattning", "Ersättningsformer", "Ersättningsform", COUNT);
        Arrays.stream(Compensation.values())
                .forEach(kind -> table.row(kind.label(), withheld.cell(COMPENSATIONS, kind.name(), participation.compensations().get(kind))));
        return table.build();
    }

    private ReportTable intake(StatusReport report) {
        return ReportTable.named("inflode", "Inflöde under perioden", "Uppgift", COUNT)
                .row("Nya remisser", withheld.count(report.intake().referrals()))
                .row("Antagna av remissgruppen", withheld.count(report.intake().admitted()))
                .row("Inskrivna", withheld.count(report.intake().enrolled()))
                .build();
    }

    private ReportTable waiting(WaitingTimes waiting) {
        ReportTable.Builder table = ReportTable.named("vantetider", "Väntetider (dagar)", "Mått", COUNT, "Median", "90:e percentilen",
                "Längst");
        days(table, "Väntar på plats idag, dagar sedan redo", waiting.onList());
        days(table, "Från redo för placering till studiebesök", waiting.toStudyVisit());
        days(table, "Från redo för placering till provotidens start", waiting.toTrialStart());
        return table.build();
    }

    private void days(ReportTable.Builder table, String label, Days days) {
        Object count = withheld.count(days.count());
        table.row(label, count, Withholding.derived(days.median(), count), Withholding.derived(days.p90(), count),
                Withholding.derived(days.longest(), count));
    }

    private ReportTable waitingOverTime(WaitingTimes waiting) {
        ReportTable.Builder table = ReportTable.named("vantelista-over-tid", "Väntelistan över tid", "Dag", "På väntelistan",
                "Median (dagar)", "Längst (dagar)");
        waiting.overTime().forEach(day -> {
            Object count = withheld.count(day.waiting().count());
            table.row(day.day(), count, Withholding.derived(day.waiting().median(), count),
                    Withholding.derived(day.waiting().longest(), count));
        });
        return table.build();
    }

    private ReportTable exits(ExitCounts sinceStart, ExitCounts inPeriod) {
        ReportTable.Builder table = ReportTable.named("avslut", "Avslut per utfall", "Utfall", "Redovisas som", "Sedan start",
                "Under perioden");
        Arrays.stream(ExitOutcome.values()).forEach(outcome -> table.row(outcome.label(), outcome.reportedAs(),
                withheld.cell(EXITS_SINCE_START, outcome.name(), sinceStart.of(outcome)),
                withheld.cell(EXITS_IN_PERIOD, outcome.name(), inPeriod.of(outcome))));
        return table.row("Avslutade totalt", "", withheld.total(EXITS_SINCE_START, sinceStart.total()),
                withheld.total(EXITS_IN_PERIOD, inPeriod.total())).build();
    }

    private ReportTable goals(ExitCounts sinceStart, ExitCounts inPeriod) {
        ReportTable.Builder table = ReportTable.named("mal", "Avslut mot programmets mål", "Mål", "Målnivå (%)", "Sedan start",
                "Sedan start (%)", "Under perioden", "Under perioden (%)");
        for (int i = 0; i < sinceStart.goals().size(); i++) {
            GoalAttainment all = sinceStart.goals().get(i);
            GoalAttainment period = inPeriod.goals().get(i);
            Object allCount = withheld.cell(EXITS_SINCE_START + GOALS_SUFFIX, all.goal().name(), all.count());
            Object periodCount = withheld.cell(EXITS_IN_PERIOD + GOALS_SUFFIX, all.goal().name(), period.count());
            table.row(all.goal().label(), all.goal().targetPercent(), allCount,
                    Withholding.derived(all.percent(), allCount, withheld.total(EXITS_SINCE_START, sinceStart.total())), periodCount,
                    Withholding.derived(period.percent(), periodCount, withheld.total(EXITS_IN_PERIOD, inPeriod.total())));
        }
        return table.build();
    }

    private ReportTable placements(PlacementFigures placements) {
        // The differences a reader could take are counts too: those not gone on (concluded less continued) and those
        // still in their trial (started less concluded); small, they withhold the figures they are taken from.
        Object notContinued = withheld.count(placements.trialsConcluded() - placements.continued());
        Object stillInTrial = withheld.count(placements.trialsStarted() - placements.trialsConcluded());
        Object started = Withholding.derived(withheld.count(placements.trialsStarted()), stillInTrial);
        Object concluded = Withholding.derived(withheld.count(placements.trialsConcluded()), notContinued, stillInTrial);
        Object continued = Withholding.derived(withheld.count(placements.continued()), notContinued);
        Object ended = withheld.count(placements.ended());
        return ReportTable.named("placeringar", "Placeringar under perioden", "Uppgift", "Värde")
                .row("Påbörjade provotider", started)
                .row("Provotider med känt utfall", concluded)
                .row("Av dem gick vidare till arbetsträning", continued)
                .row("Andel som gick vidare (%)", Withholding.derived(placements.continuedPercent(), concluded, continued))
                .row("Avslutade placeringar efter provotid", ended)
                .row("Genomsnittlig längd på arbetsplatsen (dagar)", Withholding.derived(placements.meanLengthDays(), ended))
                .row("Arbetsgivare som tagit emot deltagare", placements.employersUsed())
                .row("Av dem nya arbetsgivare", placements.newEmployers())
                .build();
    }
}
