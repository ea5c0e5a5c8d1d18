package se.tuna.placement.reports.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import se.tuna.placement.reports.status.GoalAttainment;
import se.tuna.placement.reports.status.Participation;
import se.tuna.placement.reports.status.ReportPhase;
import se.tuna.placement.reports.status.StatusReport;

/**
 * A status report as a PDF for the steering group: what it covers, three charts (the participants
 * along the path, the exits against the programme's goals, the waiting list over the period) and
 * every table of {@link StatusReportTables}. Written with OpenPDF in its standard Helvetica (its
 * Windows-1252 encoding holds å, ä and ö). JFreeChart draws the charts as pictures at three times
 * their printed size: drawn as vectors, their text would be measured with the machine's fonts but
 * printed in Helvetica, and come out spaced apart. The figures themselves are in the tables, as text.
 */
public final class StatusReportPdf {

    private static final int CHART_WIDTH = 500;
    private static final int CHART_HEIGHT = 220;
    /** Pixels per point of the charts' pictures: sharp in print, small in the file. */
    private static final int SHARPNESS = 3;
    private static final Color TUNA_BLUE = new Color(0x1f, 0x4e, 0x79);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag("sv-SE"));

    private StatusReportPdf() {
    }

    /**
     * The report as a PDF.
     *
     * @param report    the report
     * @param sitesName the sites it counts, as people name them ("Strängnäs", "Eskilstuna och Strängnäs")
     * @param issued    a line saying when and by whom it was made or issued
     */
    public static byte[] of(StatusReport report, String sitesName, String issued) {
        return of(report, sitesName, issued, Withholding.NONE);
    }

    /**
     * The report as a PDF for outside the programme: the figures {@code withheld} printed
     * {@value Withholding#MARK}, and a chart that would show one left out.
     */
    public static byte[] of(StatusReport report, String sitesName, String issued, Withholding withheld) {
        Map<String, ReportTable> tables = new LinkedHashMap<>();
        StatusReportTables.of(report, withheld).forEach(table -> tables.put(table.name(), table));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("Lägesrapport " + sitesName);
        document.addCreator("TUNA Platsbanken");
        document.open();
        document.add(new Paragraph("Lägesrapport – " + sitesName, font(FontFactory.HELVETICA_BOLD, 18)));
        document.add(new Paragraph("Period " + report.period().from() + " – " + report.period().until() + ", läget per "
                + report.period().asOf() + ". " + issued, font(FontFactory.HELVETICA, 10)));
        document.add(new Paragraph("Bara antal: rapporten innehåller inga uppgifter om enskilda personer.",
                font(FontFactory.HELVETICA_OBLIQUE, 9)));
        if (withheld.applies()) {
            document.add(new Paragraph("Utgåva för spridning utanför programmet: små antal, och de som skulle avslöja dem, visas som "
                    + Withholding.MARK + ".", font(FontFactory.HELVETICA_OBLIQUE, 9)));
        }
        boolean pipelineShown = !tables.get("aktiva-per-fas").withholdsAny() && !tables.get("dagens-lage").withholdsAny();
        addChart(document, "Deltagare längs vägen", pipelineShown ? pipeline(report.participation()) : null);
        addChart(document, "Avslut mot programmets mål (andel av de avslutade, %)",
                tables.get("mal").withholdsAny() ? null : goals(report));
        if (!report.waiting().overTime().isEmpty()) {
            addChart(document, "Väntelistan över tid", tables.get("vantelista-over-tid").withholdsAny() ? null : waitingOverTime(report));
        }
        tables.values().forEach(table -> addTable(document, table));
        document.close();
        return out.toByteArray();
    }

    private static JFreeChart pipeline(Participation participation) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(participation.referralQueue(), "Antal", "Remisskö");
        for (ReportPhase phase : ReportPhase.values()) {
            data.addValue(participation.inPhase(phase), "Antal", phase.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Antal", data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return styled(chart);
    }

    private static JFreeChart goals(StatusReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < report.exitsSinceStart().goals().size(); i++) {
            GoalAttainment sinceStart = report.exitsSinceStart().goals().get(i);
            String goal = sinceStart.goal().label();
            data.addValue(sinceStart.goal().targetPercent(), "Mål", goal);
            data.addValue(orZero(sinceStart.percent()), "Sedan start", goal);
            data.addValue(orZero(report.exitsInPeriod().goals().get(i).percent()), "Under perioden", goal);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "%", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(4);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        return styled(chart);
    }

    private static JFreeChart waitingOverTime(StatusReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        report.waiting().overTime().forEach(day -> {
            String label = MONTH.format(day.day());
            data.addValue(day.waiting().count(), "På väntelistan", label);
            data.addValue(orZero(day.waiting().median()), "Median väntetid (dagar)", label);
            data.addValue(day.waiting().longest() == null ? 0 : day.waiting().longest(), "Längst väntetid (dagar)", label);
        });
        return styled(ChartFactory.createLineChart(null, null, "Antal / dagar", data, PlotOrientation.VERTICAL, true, false, false));
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, TUNA_BLUE);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, new Color(0xe0, 0x8a, 0x1e));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(2, new Color(0x4a, 0x9a, 0x5b));
        return chart;
    }

    /** The chart under its heading; with none ({@code null}: it would show withheld figures), a line saying so. */
    private static void addChart(Document document, String title, JFreeChart chart) {
        if (chart == null) {
            Paragraph heading = new Paragraph(title, font(FontFactory.HELVETICA_BOLD, 12));
            heading.setSpacingBefore(14);
            document.add(heading);
            document.add(new Paragraph("Diagrammet visas inte i den här utgåvan: det skulle visa uppgifter som inte redovisas.",
                    font(FontFactory.HELVETICA, 9)));
            return;
        }
        BufferedImage picture = chart.createBufferedImage(CHART_WIDTH * SHARPNESS, CHART_HEIGHT * SHARPNESS, CHART_WIDTH,
                CHART_HEIGHT, null);
        try {
            Image image = Image.getInstance(ChartUtils.encodeAsPNG(picture));
            image.scaleToFit(CHART_WIDTH, CHART_HEIGHT);
            // A table of one column keeps the heading with its chart on one page.
            PdfPTable together = new PdfPTable(1);
            together.setWidthPercentage(100);
            together.setSpacingBefore(14);
            together.setKeepTogether(true);
            PdfPCell heading = cell(title, font(FontFactory.HELVETICA_BOLD, 12), Element.ALIGN_LEFT);
            heading.setBorder(PdfPCell.NO_BORDER);
            heading.setPaddingLeft(0);
            together.addCell(heading);
            PdfPCell picturePlace = new PdfPCell(image, false);
            picturePlace.setBorder(PdfPCell.NO_BORDER);
            together.addCell(picturePlace);
            document.add(together);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    /** A table with its title as its first row, so the two stay together, and the headings repeated on a new page. */
    private static void addTable(Document document, ReportTable table) {
        int columns = table.header().size();
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(14);
        float[] widths = new float[columns];
        Arrays.fill(widths, 1);
        widths[0] = columns == 2 ? 3 : 2.5f;
        pdf.setWidths(widths);
        pdf.setHeaderRows(2);
        pdf.setKeepTogether(table.rows().size() < 20);
        PdfPCell title = cell(table.title(), font(FontFactory.HELVETICA_BOLD, 12), Element.ALIGN_LEFT);
        title.setColspan(columns);
        title.setBorder(PdfPCell.NO_BORDER);
        title.setPaddingLeft(0);
        pdf.addCell(title);
        table.header().forEach(heading -> pdf.addCell(cell(heading, font(FontFactory.HELVETICA_BOLD, 9), Element.ALIGN_LEFT)));
        for (var row : table.rows()) {
            for (Object value : row) {
                pdf.addCell(cell(value == null ? "–" : CellText.of(value), font(FontFactory.HELVETICA, 9),
                        CellText.isFigure(value) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
        }
        document.add(pdf);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static Font font(String name, float size) {
        return FontFactory.getFont(name, "Cp1252", size);
    }

    private static Number orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
