package se.tuna.placement.benchmarks.ranking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.ContactPerson;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.HourRange;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.participants.participant.AvoidedEmployer;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.participants.participant.Phase;
import se.tuna.placement.participants.participant.TravelMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judged ranking set in {@code benchmarks/ranking/}: employers, slots and participants as they would be
 * registered, and the grade of every pair. Employers are given organisation numbers of their own (the set's ids
 * E01… are not); slot drafts keep their ids (S01…), which the import keeps as the slots' ids.
 *
 * @param employers    employers to import, in the set's order
 * @param slots        slot drafts naming their employer by the set's id
 * @param participants participants to register
 * @param grades       per participant id, per slot id, the grade
 */
record RankingSet(List<Employer> employers, List<TrainingSlot> slots, List<Participant> participants,
        Map<String, Map<String, Grade>> grades) {

    /** A coordinator's grade of a pair: 0–3, or never (a hard rule forbids it). */
    record Grade(int value, boolean never, String reason) {
        static Grade parse(String text, String reason) {
            return "never".equals(text) ? new Grade(0, true, reason) : new Grade(Integer.parseInt(text), false, reason);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RankingSet read(Path folder, LocalDate today) throws IOException {
        Map<String, String> employerIds = new HashMap<>();
        List<Employer> employers = new ArrayList<>();
        int index = 0;
        for (JsonNode e : JSON.readTree(Files.readString(folder.resolve("employers.json")))) {
            String setId = e.get("id").asString();
            OrganisationNumber number = organisationNumber(++index);
            employerIds.put(setId, se.tuna.placement.catalog.employer.EmployerService.idFor(number));
            employers.add(new Employer(setId, e.get("name").asString(), number, Sector.valueOf(e.get("sector").asString()),
                    e.get("sni").asString(), new ContactPerson("Kontakt " + setId, null, null),
                    new Address(null, null, e.get("locality").asString(), null), strings(e.get("sites"), Function.identity())));
        }
        List<TrainingSlot> slots = new ArrayList<>();
        for (JsonNode s : JSON.readTree(Files.readString(folder.resolve("slots.json")))) {
            JsonNode at = s.get("at");
            slots.add(new TrainingSlot(s.get("id").asString(), s.get("employer").asString(), s.get("title").asString(),
                    s.get("tasks").asString(), s.get("ssyk").asString(), s.get("locality").asString(),
                    new Coordinates(at.get(0).asDouble(), at.get(1).asDouble()),
                    s.has("sites") ? strings(s.get("sites"), Function.identity()) : Set.of(), hours(s.get("hours").asString()),
                    schedule(s.get("schedule")), s.get("seats").asInt(), today.minusMonths(1), null,
                    strings(s.get("demands"), WorkDemand::valueOf), integer(s.get("liftKg")),
                    strings(s.get("support"), SupportOffered::valueOf), strings(s.get("access"), Accessibility::valueOf),
                    text(s.get("supervisor")), null, List.of()));
        }
        List<Participant> participants = new ArrayList<>();
        int waited = 0;
        for (JsonNode p : JSON.readTree(Files.readString(folder.resolve("participants.json")))) {
            JsonNode at = p.get("at");
            List<AvoidedEmployer> avoided = new ArrayList<>();
            if (p.has("avoided")) {
                p.get("avoided").forEach(a -> avoided.add(new AvoidedEmployer(employerIds.get(a.get("employer").asString()),
                        a.get("reason").asString())));
            }
            participants.add(new Participant(p.get("id").asString(), p.get("site").asString(), p.get("born").asInt(),
                    Gender.valueOf(p.get("gender").asString()), p.get("home").asString(),
                    new Coordinates(at.get(0).asDouble(), at.get(1).asDouble()), TravelMode.valueOf(p.get("mode").asString()),
                    p.get("maxMinutes").asInt(), hours(p.get("hours").asString()), null, schedule(p.get("availability")),
                    p.get("perDay").asDouble(), strings(p.get("experience"), Function.identity()),
                    strings(p.get("goals"), Function.identity()), p.get("skills").asString(), p.get("interests").asString(),
                    p.get("strengths").asString(), strings(p.get("limitations"), FunctionalLimitation::valueOf),
                    integer(p.get("maxLiftKg")), p.has("earliestStart") ? LocalTime.parse(p.get("earliestStart").asString()) : null,
                    avoided, Phase.READY, today.minusDays(30 + waited++)));
        }
        Map<String, Map<String, Grade>> grades = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(folder.resolve("grades.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", 4);
            grades.computeIfAbsent(cells[0], id -> new LinkedHashMap<>()).put(cells[1], Grade.parse(cells[2], cells[3]));
        }
        return new RankingSet(employers, slots, participants, grades);
    }

    /** A valid organisation number of its own for the set's {@code index}th employer (the check digit by Luhn). */
    static OrganisationNumber organisationNumber(int index) {
        String nine = String.format("55990%04d", index);
        for (int check = 0; check <= 9; check++) {
            var number = OrganisationNumber.parse(nine.substring(0, 6) + "-" + nine.substring(6) + check);
            if (number.isPresent()) {
                return number.get();
            }
        }
        throw new IllegalStateException("no check digit for " + nine);
    }

    private static HourRange hours(String text) {
        String[] ends = text.split("-");
        return new HourRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
    }

    /** "mon-fri 08:00-14:00" or "sat 10:00-14:00", one window a day. */
    static WeeklySchedule schedule(JsonNode specs) {
        List<TimeWindow> windows = new ArrayList<>();
        for (JsonNode spec : specs) {
            String[] parts = spec.asString().split(" ");
            String[] days = parts[0].split("-");
            String[] times = parts[1].split("-");
            DayOfWeek first = day(days[0]);
            DayOfWeek last = day(days[days.length - 1]);
            for (DayOfWeek day : EnumSet.range(first, last)) {
                windows.add(new TimeWindow(day, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        }
        return new WeeklySchedule(windows);
    }

    private static DayOfWeek day(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase().startsWith(text)) {
                return day;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static <T extends Comparable<T>> Set<T> strings(JsonNode array, Function<String, T> parse) {
        Set<T> values = new TreeSet<>();
        if (array != null) {
            array.forEach(value -> values.add(parse.apply(value.asString())));
        }
        return values;
    }

    private static Integer integer(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
