package se.tuna.placement.reports.payoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.tuna.placement.reports.payoff.KeyFigureReport.SiteKeyFigures;
import se.tuna.placement.reports.status.ReportPeriod;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReports;

/**
 * Computes the key figures of sites for a period from their stored parameters and their status
 * reports' counts: the active on the day and the period's exits by outcome. The counts are read as
 * of the period's last day when the day asked for is later, so the participants served are those of
 * the period (active at its end, or leaving during it) and no later exit counts.
 */
public class KeyFigureReports {

    private final StatusReports statusReports;
    private final KeyFigureParameterService parameters;

    public KeyFigureReports(StatusReports statusReports, KeyFigureParameterService parameters) {
        this.statusReports = statusReports;
        this.parameters = parameters;
    }

    /** The figures of {@code sites}, each and together; the sites are known ones (checked by the caller). */
    public KeyFigureReport report(List<String> sites, ReportPeriod asked) {
        ReportPeriod period = new ReportPeriod(asked.from(), asked.until(), asked.lastDayCounted());
        Map<String, KeyFigureParameters> entered = parameters.ofSites(sites);
        Map<String, StatusReport> counted = statusReports.reportEach(sites, period);
        List<SiteKeyFigures> bySite = new ArrayList<>();
        KeyFigureBasis together = KeyFigureBasis.NONE;
        for (String site : sites) {
            KeyFigureParameters siteParameters = entered.get(site);
            StatusReport counts = counted.get(site);
            KeyFigureBasis basis = KeyFigureCalculation.basis(siteParameters, period, counts.participation().active(), counts.exitsInPeriod());
            bySite.add(new SiteKeyFigures(site, siteParameters, KeyFigureCalculation.figures(basis)));
            together = together.plus(basis);
        }
        return new KeyFigureReport(sites, period, bySite, KeyFigureCalculation.figures(together));
    }
}
