package se.tuna.placement.reports.sus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStep.Exited;
import se.tuna.placement.reports.export.SwedishCsv;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.AsOf;

/**
 * The coordinators' worklist of exits to register in SUS, the federations' shared follow-up,
 * which identifies people in its own way: one line per exit in the period, with the platform's
 * pseudonymous references, the dates, the outcome and the compensation, and no health data. Built
 * from the stints alone (a stint holds nothing of the person's health; the profile, which does, is
 * never read). Pure: no storage, no clock.
 *
 * <p>An exit is one the status report counts in its period (the same replay, {@link AsOf}, as
 * of the period's day, and {@link ReportPeriod#holds}), of a stint that was enrolled: a referral
 * that ended before enrolment was never a participant, and SUS registers participants. Anonymous
 * records (consent declined) are listed too, by their stint's id alone: SUS counts them as well.
 *
 * @param sites  the sites listed
 * @param period the period whose exits are listed
 * @param exits  the exits, the earliest first (then by site and stint)
 */
public record SusWorklist(List<String> sites, ReportPeriod period, List<SusExit> exits) {

    /** The columns, as the coordinator reads them in Excel. */
    static final List<String> HEADER = List.of("Referens (inskrivning)", "Deltagare (pseudonym)", "Verksamhet", "Inskriven",
            "Avslutad", "Utfall (kod)", "Utfall", "Ersättningsform vid avslut (kod)", "Ersättningsform vid avslut");

    private static final Comparator<SusExit> ORDER = Comparator.comparing(SusExit::exitedOn).thenComparing(SusExit::site)
            .thenComparing(SusExit::stintId);

    public SusWorklist {
        sites = List.copyOf(sites);
        exits = List.copyOf(exits);
    }

    /** The exits of {@code sites} in the period among {@code stints} (others' sites' are passed over). */
    public static SusWorklist of(List<String> sites, ReportPeriod period, List<Stint> stints) {
        List<SusExit> exits = new ArrayList<>();
        for (Stint stint : stints) {
            if (sites.contains(stint.site())) {
                AsOf.stint(stint, period.asOf()).flatMap(then -> exitOf(then, period)).ifPresent(exits::add);
            }
        }
        exits.sort(ORDER);
        return new SusWorklist(sites, period, exits);
    }

    /** The exit of the stint as it stood on the period's day ({@code then}), if it is one to list. */
    private static Optional<SusExit> exitOf(Stint then, ReportPeriod period) {
        Optional<Exited> exit = then.exit().filter(exited -> period.holds(exited.on()));
        if (exit.isEmpty() || then.enrolledOn().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SusExit(then.id(), then.participantId(), then.site(), then.enrolledOn().get(),
                exit.get().on(), exit.get().outcome(), then.compensation().orElseThrow()));
    }

    /** The participants the list shows by their pseudonymous id, each once: whom the access log names. */
    public List<String> participantIds() {
        return exits.stream().map(SusExit::participantId).filter(Objects::nonNull).distinct().toList();
    }

    /** The list as a CSV file for Swedish Excel: codes for SUS's forms, the Swedish names to read. */
    public byte[] csv() {
        SwedishCsv table = SwedishCsv.table(HEADER);
        exits.forEach(exit -> table.row(exit.stintId(), exit.participantId(), exit.site(), exit.enrolledOn(), exit.exitedOn(),
                exit.outcome().name(), exit.outcome().label(), exit.compensation().name(), exit.compensation().label()));
        return table.bytes();
    }

    /** The file's name: {@code sus-avslut-<sites>-<from>-<until>.csv}, several sites joined by {@code +}. */
    public String fileName() {
        return "sus-avslut-" + String.join("+", sites) + "-" + period.from() + "-" + period.until() + ".csv";
    }
}
