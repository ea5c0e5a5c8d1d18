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
import se.tuna.placement.reports.status.WaitingTimes;

/**
 * A status report as the tables it is downloaded (CSV, one file each) and printed (PDF) as, in
 * Swedish and in the order the sites' reports tell it: today's standing, the intake, the waiting,
 * the exits against the goals, the placements.
 */
public final class StatusReportTables {

    private static final String COUNT = "Antal";

    private StatusReportTables() {
    }

    public static List<ReportTable> of(StatusReport report) {
        return List.of(standing(report.participation()), phases(report.participation()), genders(report.participation()),
                compensations(report.participation()), intake(report), waiting(report.waiting()), waitingOverTime(report.waiting()),
                exits(report.exitsSinceStart(), report.exitsInPeriod()), goals(report.exitsSinceStart(), report.exitsInPeriod()),
                placements(report.placements()));
    }

    private static ReportTable standing(Participation participation) {
        return ReportTable.named("dagens-lage", "Dagens läge", "Uppgift", "Värde")
                .row("Aktiva deltagare", participation.active())
                .row("Medelålder (år)", participation.meanAge())
                .row("Medelåldern räknad på antal deltagare", participation.agesKnown())
                .row("Remisskö (remitterade, ännu inte inskrivna)", participation.referralQueue())
                .build();
    }

    private static ReportTable phases(Participation participation) {
        ReportTable.Builder table = ReportTable.named("aktiva-per-fas", "Aktiva deltagare per fas", "Fas", COUNT);
        Arrays.stream(ReportPhase.values()).forEach(phase -> table.row(phase.label(), participation.inPhase(phase)));
        return table.row("Aktiva totalt", participation.active()).build();
    }

    private static ReportTable genders(Participation participation) {
        ReportTable.Builder table = ReportTable.named("kon", "Könsfördelning", "Kön", COUNT);
        Arrays.stream(Gender.values()).forEach(gender -> table.row(ReportLabels.of(gender), participation.genders().get(gender)));
        return table.build();
    }

    private static ReportTable compensations(Participation participation) {
        ReportTable.Builder table = ReportTable.named("ersattning", "Ersättningsformer", "Ersättningsform", COUNT);
        Arrays.stream(Compensation.values())
                .forEach(kind -> table.row(kind.label(), participation.compensations().get(kind)));
        return table.build();
    }

    private static ReportTable intake(StatusReport report) {
        return ReportTable.named("inflode", "Inflöde under perioden", "Uppgift", COUNT)
                .row("Nya remisser", report.intake().referrals())
                .row("Antagna av remissgruppen", report.intake().admitted())
                .row("Inskrivna", report.intake().enrolled())
                .build();
    }

    private static ReportTable waiting(WaitingTimes waiting) {
        ReportTable.Builder table = ReportTable.named("vantetider", "Väntetider (dagar)", "Mått", COUNT, "Median", "90:e percentilen",
                "Längst");
        days(table, "Väntar på plats idag, dagar sedan redo", waiting.onList());
        days(table, "Från redo för placering till studiebesök", waiting.toStudyVisit());
        days(table, "Från redo för placering till provotidens start", waiting.toTrialStart());
        return table.build();
    }

    private static void days(ReportTable.Builder table, String label, Days days) {
        table.row(label, days.count(), days.median(), days.p90(), days.longest());
    }

    private static ReportTable waitingOverTime(WaitingTimes waiting) {
        ReportTable.Builder table = ReportTable.named("vantelista-over-tid", "Väntelistan över tid", "Dag", "På väntelistan",
                "Median (dagar)", "Längst (dagar)");
        waiting.overTime().forEach(day -> table.row(day.day(), day.waiting().count(), day.waiting().median(), day.waiting().longest()));
        return table.build();
    }

    private static ReportTable exits(ExitCounts sinceStart, ExitCounts inPeriod) {
        ReportTable.Builder table = ReportTable.named("avslut", "Avslut per utfall", "Utfall", "Redovisas som", "Sedan start",
                "Under perioden");
        Arrays.stream(ExitOutcome.values()).forEach(outcome -> table.row(outcome.label(), outcome.reportedAs(), sinceStart.of(outcome),
                inPeriod.of(outcome)));
        return table.row("Avslutade totalt", "", sinceStart.total(), inPeriod.total()).build();
    }

    private static ReportTable goals(ExitCounts sinceStart, ExitCounts inPeriod) {
        ReportTable.Builder table = ReportTable.named("mal", "Avslut mot programmets mål", "Mål", "Målnivå (%)", "Sedan start",
                "Sedan start (%)", "Under perioden", "Under perioden (%)");
        for (int i = 0; i < sinceStart.goals().size(); i++) {
            GoalAttainment all = sinceStart.goals().get(i);
            GoalAttainment period = inPeriod.goals().get(i);
            table.row(all.goal().label(), all.goal().targetPercent(), all.count(), all.percent(), period.count(), period.percent());
        }
        return table.build();
    }

    private static ReportTable placements(PlacementFigures placements) {
        return ReportTable.named("placeringar", "Placeringar under perioden", "Uppgift", "Värde")
                .row("Påbörjade provotider", placements.trialsStarted())
                .row("Provotider med känt utfall", placements.trialsConcluded())
                .row("Av dem gick vidare till arbetsträning", placements.continued())
                .row("Andel som gick vidare (%)", placements.continuedPercent())
                .row("Avslutade placeringar efter provotid", placements.ended())
                .row("Genomsnittlig längd på arbetsplatsen (dagar)", placements.meanLengthDays())
                .row("Arbetsgivare som tagit emot deltagare", placements.employersUsed())
                .row("Av dem nya arbetsgivare", placements.newEmployers())
                .build();
    }
}
