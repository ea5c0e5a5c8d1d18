package se.tuna.placement.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import se.tuna.placement.catalog.CatalogFixtures;

/**
 * Placement banks to import, as coordinators' sheets: many rows, employers of their own each time, and slots
 * withdrawn (återkallad) on arrival, so a test that stores them crowds no other test's searches and plans.
 */
public final class BankFiles {

    public static final String HEADER = "organisationsnummer;arbetsgivare;sektor;sni;ort;verksamheter;platsreferens;titel;"
            + "arbetsuppgifter;ssyk;timmar min;timmar max;schema;platser;tillgänglig från;status\n";
    /** Slots per employer. */
    private static final int SLOTS_EACH = 25;

    private BankFiles() {
    }

    /**
     * A CSV of {@code rows} slot rows (after the header, on rows 2 and on), one employer per 25; the rows listed in
     * {@code refused} have hours that are no number ("fyra"), so the import refuses them.
     */
    public static byte[] csv(int rows, int... refused) {
        StringBuilder sheet = new StringBuilder(HEADER);
        String employer = null;
        for (int i = 0; i < rows; i++) {
            if (i % SLOTS_EACH == 0) {
                employer = CatalogFixtures.freshOrganisationNumber();
            }
            int row = i + 2;
            boolean bad = Arrays.stream(refused).anyMatch(r -> r == row);
            sheet.append(employer).append(";Importlager ").append(i / SLOTS_EACH).append(" AB;privat;52100;Eskilstuna;eskilstuna;P-")
                    .append(i).append(";Lagerarbete ").append(i).append(";Plock och pack.;9621;").append(bad ? "fyra" : "4")
                    .append(";10;mån-fre 09:00-13:00;1;2026-01-01;återkallad\n");
        }
        return sheet.toString().getBytes(StandardCharsets.UTF_8);
    }
}
