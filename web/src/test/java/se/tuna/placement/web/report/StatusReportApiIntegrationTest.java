package se.tuna.placement.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.stint.StintRepository;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first "done when": Strängnäs's status report of January 2017 (seed {@code 001_…}),
 * rebuilt through the platform's own API and counted back exactly. The history goes in as a site
 * going live brings it: one caseload import (40 under way: 26 in a trial or work training, 6
 * waiting, 8 in mapping; 52 exited since the start, three of them anonymous records whose
 * participants declined consent), then the 40 profiles with their birth years; the report is asked
 * for as of 16 January 2017.
 *
 * <p><b>Why as of 2017 rather than a baseline.</b> The web tests share one application and its
 * indices, and others use Strängnäs too, always with days around today. A difference
 * report(after) − report(before) would cancel their counts but not their ages (a mean does not
 * subtract), and would break if another test wrote between the two reads. Every step of this
 * history is dated in 2015–2017 and no other test dates anything before 2026 (but the SUS
 * worklist's, in 2018 at Nyköping-Oxelösund), so as of 2017-01-16 only this history counts at
 * Strängnäs: the figures can be asserted exactly, in any order of the tests. The
 * 40 are then exited on 2017-01-31, so that from today's point of view they are no one's caseload
 * (no seats held, no visits due), and the report as of 2017-01-16 is asked for again: replayed from
 * the dated steps, it is unchanged.
 */
class StatusReportApiIntegrationTest extends WebIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2017, 1, 16);
    private static final LocalDate LATER_EXIT = LocalDate.of(2017, 1, 31);
    private static final String HEADER = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;readySince;slotId;"
            + "studyVisitOn;trialStart;currentPeriodEnd;weeklyHours;exitedOn;outcome\n";

    @Test
    void strangnasInJanuary2017CountsAsItsStatusReportDid() throws IOException {
        String slot = created("/api/employers/" + created("/api/employers", ApiBodies.employer("Lägesrapport Lager AB")) + "/slots",
                slotSince2016());
        StringBuilder csv = new StringBuilder(HEADER);
        Map<String, Integer> active = new HashMap<>();
        List<String> compensations = compensationsOfTheActive();
        for (int i = 0; i < 40; i++) {
            String id = ApiBodies.freshParticipantId();
            active.put(id, AS_OF.getYear() - age(i));
            csv.append(activeRow(i, id, slot, i < 23 ? "kvinna" : "man", compensations.get(i)));
        }
        for (int i = 0; i < 52; i++) {
            csv.append(exitedRow(i));
        }

        JsonNode imported = importCaseload(csv.toString());
        assertThat(imported.get("errors")).as(imported.toString()).isEmpty();
        assertThat(imported.get("created").asInt()).isEqualTo(92);
        active.forEach(this::registerProfile);

        assertJanuary2017(report(http));
        WebTestClient management = as(people.staff("report-management", Set.of(Role.MANAGEMENT), Set.of()));
        JsonNode january = report(management);
        assertJanuary2017(january);
        assertThePdfHoldsTheSameFigures(management, january);
        assertTheCsvFilesHoldTheSameFigures(management, january);
        assertSecondHalfOf2016(http.get().uri("/api/reports/status?sites=strangnas&from=2016-07-01&until=2016-12-31&asOf=" + AS_OF)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());

        active.keySet().forEach(id -> http.post().uri("/api/stints/" + StintRepository.currentIdOf(id) + "/exit")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"on\": \"" + LATER_EXIT + "\", \"outcome\": \"OTHER\"}").exchange().expectStatus().isOk());
        assertJanuary2017(report(http));
        JsonNode february = http.get().uri("/api/reports/status?sites=strangnas&asOf=" + LATER_EXIT)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(february.get("exitsSinceStart").get("total").asLong()).isEqualTo(92);
    }

    @Test
    void aCoordinatorOfAnotherSiteIsRefusedAndBadPeriodsAreInvalid() {
        WebTestClient eskilstuna = as(people.staff("report-coordinator-eskilstuna", Set.of(Role.COORDINATOR), Set.of("eskilstuna")));
        eskilstuna.get().uri("/api/reports/status?sites=strangnas").exchange().expectStatus().isForbidden();
        eskilstuna.get().uri("/api/reports/status").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.sites[0]").isEqualTo("eskilstuna");
        http.get().uri("/api/reports/status?sites=strangnas&from=2026-06-01&until=2026-01-01").exchange()
                .expectStatus().isEqualTo(422);
        http.get().uri("/api/reports/status?sites=uppsala").exchange().expectStatus().isEqualTo(422);
        http.get().uri("/api/reports/status?sites=strangnas&sites").exchange().expectStatus().isEqualTo(422);
        http.get().uri("/api/reports/status?sites=strangnas&asOf=2099-01-01").exchange().expectStatus().isEqualTo(422);
        http.get().uri("/api/reports/status?sites=strangnas&asOf=igår").exchange().expectStatus().isBadRequest();
    }

    private static void assertJanuary2017(JsonNode report) {
        assertThat(report.get("asOf").asString()).isEqualTo(AS_OF.toString());
        assertThat(report.get("active").asLong()).isEqualTo(40);
        assertThat(counts(report.get("phases"))).containsEntry("IN_WORK_TRAINING", 26L).containsEntry("WAITING", 6L)
                .containsEntry("MAPPING", 8L).containsEntry("STUDY_VISIT", 0L);
        assertThat(report.get("meanAge").decimalValue()).isEqualByComparingTo("38.8");
        assertThat(report.get("agesKnown").asLong()).isEqualTo(40);
        assertThat(counts(report.get("genders"))).containsEntry("FEMALE", 23L).containsEntry("MALE", 17L);
        assertThat(counts(report.get("compensations"))).containsEntry("INCOME_SUPPORT", 6L).containsEntry("ACTIVITY_SUPPORT", 6L)
                .containsEntry("SICKNESS_BENEFIT", 23L).containsEntry("ACTIVITY_COMPENSATION", 4L).containsEntry("NONE", 1L);
        assertThat(report.get("referralQueue").asLong()).isZero();
        JsonNode sinceStart = report.get("exitsSinceStart");
        assertThat(sinceStart.get("total").asLong()).isEqualTo(52);
        Map<String, Long> outcomes = new HashMap<>();
        sinceStart.get("outcomes").forEach(line -> outcomes.put(line.get("outcome").asString(), line.get("count").asLong()));
        assertThat(outcomes).containsEntry("WORK", 7L).containsEntry("STUDIES", 3L).containsEntry("HANDED_OVER_TO_AF", 8L);
        assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum() - 18).isEqualTo(34);
        assertThat(sinceStart.get("goals").get(0).get("percent").decimalValue()).isEqualByComparingTo("15.4");
        assertThat(sinceStart.get("goals").get(1).get("percent").decimalValue()).isEqualByComparingTo("19.2");
        assertThat(report.get("exitsInPeriod").get("total").asLong()).as("the two exits of January 2017").isEqualTo(2);
    }

    /**
     * The second half of 2016 from the same history: the 26 trials began then (ready 35 days after
     * enrolment, the study visit 14 days later, the trial 7 days after that) and all went on into
     * work training at the one employer; 6 wait on the day, ready since 14 November 2016 and the
     * five Mondays after (63 down to 28 days); the stints referred (admitted a week before
     * enrolment) in the half-year are those enrolled from 8 July on, those enrolled in it from 1
     * July to 31 December.
     */
    private static void assertSecondHalfOf2016(JsonNode report) {
        JsonNode intake = report.get("intake");
        assertThat(intake.get("referrals").asLong()).as("13 in training, 6 waiting, 8 in mapping").isEqualTo(27);
        assertThat(intake.get("admitted").asLong()).isEqualTo(27);
        assertThat(intake.get("enrolled").asLong()).as("16 in training, 6 waiting, 7 in mapping (the 8th on 2 January)")
                .isEqualTo(29);
        JsonNode waiting = report.get("waiting");
        assertThat(waiting.get("onList").get("count").asInt()).isEqualTo(6);
        assertThat(waiting.get("onList").get("median").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(waiting.get("onList").get("longest").asInt()).isEqualTo(63);
        assertThat(waiting.get("toStudyVisit").get("count").asInt()).isEqualTo(26);
        assertThat(waiting.get("toStudyVisit").get("median").decimalValue()).isEqualByComparingTo("14");
        assertThat(waiting.get("toStudyVisit").get("p90").asInt()).isEqualTo(14);
        assertThat(waiting.get("toTrialStart").get("median").decimalValue()).isEqualByComparingTo("21");
        assertThat(waiting.get("overTime")).hasSize(6);
        assertThat(waiting.get("overTime").get(5).get("day").asString()).isEqualTo("2016-12-31");
        assertThat(waiting.get("overTime").get(5).get("waiting").get("count").asInt()).isEqualTo(6);
        JsonNode placements = report.get("placements");
        assertThat(placements.get("trialsStarted").asLong()).isEqualTo(26);
        assertThat(placements.get("trialsConcluded").asLong()).isEqualTo(26);
        assertThat(placements.get("continuedPercent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(placements.get("ended").asLong()).isZero();
        assertThat(placements.get("employersUsed").asLong()).isEqualTo(1);
        assertThat(placements.get("newEmployers").asLong()).isEqualTo(1);
    }

    /** The PDF's text, read back by PDFBox, holds every figure of the API's answer beside its Swedish name. */
    private static void assertThePdfHoldsTheSameFigures(WebTestClient client, JsonNode report) throws IOException {
        var download = client.get().uri("/api/reports/status.pdf?sites=strangnas&asOf=" + AS_OF).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult();
        assertThat(download.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("lagesrapport-strangnas-2017-01-01-2017-06-30-per-2017-01-16.pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(download.getResponseBody())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Lägesrapport – TUNA Strängnäs", "läget per 2017-01-16", "Aktiva deltagare " + report.get("active").asLong(),
                "Medelålder (år) " + report.get("meanAge").decimalValue().toPlainString().replace('.', ','));
        for (String list : List.of("phases", "genders", "compensations")) {
            report.get(list).forEach(line -> assertThat(text).contains(line.get("label").asString() + " " + line.get("count").asLong()));
        }
        report.get("exitsSinceStart").get("outcomes").forEach(line -> assertThat(text).contains(line.get("label").asString() + " "
                + line.get("reportedAs").asString() + " " + line.get("count").asLong()));
        assertThat(text).contains("Avslutade totalt " + report.get("exitsSinceStart").get("total").asLong() + " "
                + report.get("exitsInPeriod").get("total").asLong());
        assertThat(text).doesNotContain("strangnas-", "D-").as("no person's id").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
    }

    /** The CSV files in the ZIP: one per table, Swedish Excel's form, the same figures as the API. */
    private static void assertTheCsvFilesHoldTheSameFigures(WebTestClient client, JsonNode report) throws IOException {
        byte[] zip = client.get().uri("/api/reports/status.zip?sites=strangnas&asOf=" + AS_OF).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/zip").expectBody(byte[].class).returnResult().getResponseBody();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String base = "lagesrapport-strangnas-2017-01-01-2017-06-30-per-2017-01-16-";
        assertThat(files).containsKeys(base + "aktiva-per-fas.csv", base + "kon.csv", base + "ersattning.csv", base + "avslut.csv");
        assertThat(files.get(base + "dagens-lage.csv")).startsWith("\uFEFFUppgift;Värde\r\n")
                .contains("Medelålder (år);38,8\r\n", "Aktiva deltagare;40\r\n");
        report.get("compensations").forEach(line -> assertThat(files.get(base + "ersattning.csv"))
                .contains(line.get("label").asString() + ";" + line.get("count").asLong() + "\r\n"));
        report.get("phases").forEach(line -> assertThat(files.get(base + "aktiva-per-fas.csv"))
                .contains(line.get("label").asString() + ";" + line.get("count").asLong() + "\r\n"));

        // For outside the programme (the tests' threshold is 3): the one without compensation is withheld, and the next
        // smallest with it, so the one cannot be worked out from the active total; nothing else of the compensations.
        byte[] outside = client.get().uri("/api/reports/status.zip?outside=true&sites=strangnas&asOf=" + AS_OF).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/zip").expectBody(byte[].class).returnResult()
                .getResponseBody();
        String compensations = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(outside))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(base + "utanfor-ersattning.csv")) {
                    compensations = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(compensations).contains("Ingen ersättning;..\r\n", "Aktivitetsersättning;..\r\n", "Sjukpenning;23\r\n",
                "Försörjningsstöd;6\r\n");
    }

    private JsonNode report(WebTestClient client) {
        return client.get().uri("/api/reports/status?sites=strangnas&asOf=" + AS_OF).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static Map<String, Long> counts(JsonNode lines) {
        Map<String, Long> counts = new HashMap<>();
        lines.forEach(line -> counts.put(line.get("code").asString(), line.get("count").asLong()));
        return counts;
    }

    /**
     * The 40 active's ages in 2017: spread from 27 to 51, summing to 1552, a mean of 38.8. Profiles are
     * registered today, where the programme's ages (18–63) are checked against this year: the oldest,
     * born 1966, can be registered until 2029.
     */
    private static int age(int i) {
        return 26 + (i * 7) % 25 + (i < 27 ? 1 : 0);
    }

    /** Försörjningsstöd 6, aktivitetsstöd 6, sjukpenning 23, aktivitetsersättning 4, none 1, spread over the phases. */
    private static List<String> compensationsOfTheActive() {
        List<String> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(6, "Försörjningsstöd"));
        kinds.addAll(Collections.nCopies(6, "Aktivitetsstöd"));
        kinds.addAll(Collections.nCopies(23, "Sjukpenning"));
        kinds.addAll(Collections.nCopies(4, "Aktivitetsersättning"));
        kinds.add("Ingen ersättning");
        Collections.shuffle(kinds, new java.util.Random(17));
        return kinds;
    }

    /** The first 26 in work training (a trial from the summer, extended a month at a time), 6 waiting, 8 in mapping. */
    private static String activeRow(int i, String id, String slot, String gender, String compensation) {
        if (i < 26) {
            LocalDate enrolled = LocalDate.of(2016, 6, 1).plusDays(3L * i);
            LocalDate ready = enrolled.plusDays(35);
            LocalDate visit = ready.plusDays(14);
            LocalDate trialStart = visit.plusDays(7);
            return row(id, gender, compensation, enrolled, ready, slot, visit, trialStart, periodUnderWay(trialStart), null, null);
        }
        if (i < 32) {
            LocalDate enrolled = LocalDate.of(2016, 10, 3).plusWeeks(i - 26);
            return row(id, gender, compensation, enrolled, enrolled.plusDays(42), null, null, null, null, null, null);
        }
        LocalDate enrolled = LocalDate.of(2016, 11, 14).plusWeeks(i - 32);
        return row(id, gender, compensation, enrolled, null, null, null, null, null, null, null);
    }

    /**
     * The 52 exits since the start: 7 to work, 3 to studies, 8 to Arbetsförmedlingen, the other 34 back
     * to care (10), social psychiatry (8), not reaching AF's level (7), the usual employer (4) and other
     * (5); the first three declined consent, the last two left in January 2017.
     */
    private static String exitedRow(int i) {
        String[] outcomes = {"Arbete", "Studier", "Överlämnad till Arbetsförmedlingen", "Åter till vården", "Socialpsykiatrin",
                "Nådde inte Arbetsförmedlingens nivå", "Åter till ordinarie arbetsgivare", "Annat"};
        int[] howMany = {7, 3, 8, 10, 8, 7, 4, 5};
        int kind = 0;
        for (int seen = howMany[0]; i >= seen; seen += howMany[++kind]) {
            // The i-th exit's outcome is the one whose share it falls in.
        }
        LocalDate enrolled = LocalDate.of(2015, 3, 2).plusWeeks(i);
        LocalDate exited = i >= 50 ? LocalDate.of(2017, 1, 9) : enrolled.plusDays(150);
        String consent = i < 3 ? "nej" : "ja";
        return ApiBodies.freshParticipantId() + ";strangnas;" + (i % 2 == 0 ? "kvinna" : "man") + ";Sjukpenning;"
                + enrolled.minusDays(7) + ";" + enrolled + ";" + consent + ";;;;;;;" + exited + ";" + outcomeLabel(outcomes[kind]) + "\n";
    }

    private static String outcomeLabel(String label) {
        return switch (label) {
            case "Arbete" -> "WORK";
            case "Studier" -> "STUDIES";
            case "Överlämnad till Arbetsförmedlingen" -> "HANDED_OVER_TO_AF";
            case "Åter till vården" -> "BACK_TO_CARE";
            case "Socialpsykiatrin" -> "SOCIAL_PSYCHIATRY";
            case "Nådde inte Arbetsförmedlingens nivå" -> "BELOW_AF_LEVEL";
            case "Åter till ordinarie arbetsgivare" -> "USUAL_EMPLOYER";
            default -> "OTHER";
        };
    }

    private static String row(String id, String gender, String compensation, LocalDate enrolled, LocalDate ready, String slot,
            LocalDate visit, LocalDate trialStart, LocalDate periodEnd, LocalDate exited, String outcome) {
        return String.join(";", id, "strangnas", gender, compensation, enrolled.minusDays(7).toString(), enrolled.toString(), "ja",
                text(ready), slot == null ? "" : slot, text(visit), text(trialStart), text(periodEnd), slot == null ? "" : "8",
                text(exited), outcome == null ? "" : outcome) + "\n";
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The last day of the training period under way on {@link #AS_OF}: the trial of three weeks, then a month at a time. */
    private static LocalDate periodUnderWay(LocalDate trialStart) {
        DateSpan period = DateSpan.starting(trialStart, PlacementPath.TRIAL_LENGTH);
        while (period.end().isBefore(AS_OF)) {
            period = DateSpan.starting(period.end().plusDays(1), PlacementPath.EXTENSION_LENGTH);
        }
        return period.end();
    }

    private void registerProfile(String id, int birthYear) {
        ObjectNode profile = ApiBodies.participant(id, "strangnas", List.of());
        profile.remove("enrolment");
        profile.remove("readySince");
        profile.put("phase", "MAPPING");
        profile.put("birthYear", birthYear);
        http.post().uri("/api/participants").contentType(MediaType.APPLICATION_JSON).bodyValue(profile.toString()).exchange()
                .expectStatus().is2xxSuccessful();
    }

    private static String slotSince2016() {
        ObjectNode slot = ApiBodies.slot("Lagerarbete sedan 2016", List.of(), 26);
        slot.put("availableFrom", "2016-01-01");
        return slot.toString();
    }

    private String created(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString()).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private JsonNode importCaseload(String csv) {
        MultipartBodyBuilder multipart = new MultipartBodyBuilder();
        multipart.part("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "strangnas-2017.csv";
            }
        }).contentType(MediaType.parseMediaType("text/csv"));
        // 92 rows, each its steps, seat and stint, on a machine shared with other builds: more than the default 5 s.
        return http.mutate().responseTimeout(Duration.ofMinutes(3)).build().post().uri("/api/caseload-imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(multipart.build())).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
