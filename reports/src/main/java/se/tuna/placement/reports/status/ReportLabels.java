package se.tuna.placement.reports.status;

import se.tuna.placement.participants.participant.Gender;

/** The Swedish names the reports give what the participants module records without one. */
public final class ReportLabels {

    private ReportLabels() {
    }

    /** A gender as the reports' "könsfördelning" names the group. */
    public static String of(Gender gender) {
        return switch (gender) {
            case FEMALE -> "Kvinnor";
            case MALE -> "Män";
            case OTHER -> "Annat";
            case UNSTATED -> "Ej angivet";
        };
    }
}
