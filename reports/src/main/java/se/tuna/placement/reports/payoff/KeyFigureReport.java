package se.tuna.placement.reports.payoff;

import java.util.List;

import se.tuna.placement.reports.status.ReportPeriod;

/**
 * The socio-economic key figures (an estimate) of each site asked for and of them together, for a
 * period: counts and sums only, never a person.
 *
 * @param sites    the sites, in order
 * @param period   the period and the day its counts are read as of (the period's last day at the latest)
 * @param bySite   each site's figures, in the order of {@code sites}
 * @param together the sites' bases added up, and the figures of that
 */
public record KeyFigureReport(List<String> sites, ReportPeriod period, List<SiteKeyFigures> bySite, KeyFigures together) {

    public KeyFigureReport {
        sites = List.copyOf(sites);
        bySite = List.copyOf(bySite);
    }

    /**
     * One site's figures with the parameters they were computed from.
     *
     * @param site       the site
     * @param parameters what the site entered (or the defaults)
     * @param figures    its figures
     */
    public record SiteKeyFigures(String site, KeyFigureParameters parameters, KeyFigures figures) {
    }
}
