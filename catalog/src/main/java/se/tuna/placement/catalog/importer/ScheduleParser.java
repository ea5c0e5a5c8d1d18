package se.tuna.placement.catalog.importer;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * Reads a weekly schedule as coordinators write it in a sheet's {@code schema} column.
 *
 * <p>Parts separated by {@code ;} or line breaks, each some days and then one or more times:
 * <ul>
 *   <li>{@code mån-fre 08:00-12:00}</li>
 *   <li>{@code mån 09:00-12:00; ons 13:00-16:00}</li>
 *   <li>{@code mån, ons och fre 8-12}, {@code tis–tor kl. 9.00–11.30, 13–15}</li>
 *   <li>{@code vardagar 8-12}, {@code Mon-Fri 8:00-12:00}, {@code måndag till fredag 8.30-12}</li>
 * </ul>
 * Days: Swedish abbreviations {@code mån tis ons tor fre lör sön} (also {@code tors}), full names with or
 * without å/ä/ö and plural {@code -ar}, English names and three-letter abbreviations; {@code vardagar}
 * (Monday–Friday), {@code helger} (Saturday, Sunday) and {@code dagligen} (every day). A day range runs
 * forward and may wrap ({@code fre-mån}). Times are {@code H}, {@code HH}, {@code H:MM} or {@code H.MM};
 * ranges use {@code -}, {@code –}, {@code till} or {@code to}. Windows come out sorted by day and start.
 */
final class ScheduleParser {

    private static final Pattern PARTS = Pattern.compile("[;\\n\\r]+");
    private static final Pattern DAY_TOKEN = Pattern.compile("\\p{L}+|-");
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:-|till|to)\\s*(?:kl\\.?\\s*)?(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final Pattern TIME_FILLER = Pattern.compile("(?:\\s|,|&|\\+|\\bkl\\b\\.?|\\boch\\b|\\band\\b|\\bsamt\\b)*");
    private static final Set<String> DAY_FILLERS = Set.of("och", "and", "samt", "kl", "alla");
    private static final Set<String> RANGE_WORDS = Set.of("till", "to");
    private static final Map<String, Set<DayOfWeek>> DAYS = days();

    private ScheduleParser() {
    }

    /** The schedule written in {@code text}; throws {@link IllegalArgumentException} saying what cannot be read. */
    static WeeklySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty; write days and times, e.g. mån-fre 08:00-12:00");
        }
        List<TimeWindow> windows = new ArrayList<>();
        for (String part : PARTS.split(text.strip().replace('–', '-').replace('—', '-').toLowerCase(Locale.ROOT))) {
            if (!part.isBlank()) {
                windows.addAll(parsePart(part.strip()));
            }
        }
        windows.sort(Comparator.comparing(TimeWindow::day).thenComparing(TimeWindow::start).thenComparing(TimeWindow::end));
        return new WeeklySchedule(windows);
    }

    private static List<TimeWindow> parsePart(String part) {
        int firstDigit = firstDigit(part);
        if (firstDigit < 0) {
            throw new IllegalArgumentException("'" + part + "' gives no times; write e.g. mån-fre 08:00-12:00");
        }
        Set<DayOfWeek> days = days(part.substring(0, firstDigit), part);
        List<LocalTime[]> times = times(part.substring(firstDigit), part);
        List<TimeWindow> windows = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (LocalTime[] time : times) {
                windows.add(new TimeWindow(day, time[0], time[1]));
            }
        }
        return windows;
    }

    private static Set<DayOfWeek> days(String text, String part) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = DAY_TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            if (RANGE_WORDS.contains(token)) {
                tokens.add("-");
            } else if (!DAY_FILLERS.contains(token)) {
                tokens.add(token);
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("'" + part + "' names no day; write e.g. mån-fre 08:00-12:00");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < tokens.size(); i++) {
            Set<DayOfWeek> from = day(tokens.get(i), part);
            boolean range = i + 2 < tokens.size() && tokens.get(i + 1).equals("-");
            if (range) {
                days.addAll(range(single(from, tokens.get(i), part), single(day(tokens.get(i + 2), part), tokens.get(i + 2), part)));
                i += 2;
            } else {
                days.addAll(from);
            }
        }
        return days;
    }

    private static Set<DayOfWeek> day(String token, String part) {
        Set<DayOfWeek> days = DAYS.get(BankColumn.key(token));
        if (days == null) {
            throw new IllegalArgumentException("'" + token + "' in '" + part + "' is not a day; write mån, tis, ons, tor, fre, lör or sön");
        }
        return days;
    }

    private static DayOfWeek single(Set<DayOfWeek> days, String token, String part) {
        if (days.size() != 1) {
            throw new IllegalArgumentException("'" + token + "' in '" + part + "' cannot start or end a range of days");
        }
        return days.iterator().next();
    }

    private static Set<DayOfWeek> range(DayOfWeek from, DayOfWeek to) {
        Set<DayOfWeek> days = EnumSet.of(from);
        for (DayOfWeek day = from; day != to; day = day.plus(1)) {
            days.add(day.plus(1));
        }
        return days;
    }

    private static List<LocalTime[]> times(String text, String part) {
        List<LocalTime[]> times = new ArrayList<>();
        Matcher matcher = TIME_RANGE.matcher(text);
        int end = 0;
        while (matcher.find()) {
            requireOnlyFiller(text.substring(end, matcher.start()), part);
            LocalTime start = time(matcher.group(1), matcher.group(2), part);
            LocalTime stop = time(matcher.group(3), matcher.group(4), part);
            if (!start.isBefore(stop)) {
                throw new IllegalArgumentException("'" + matcher.group() + "' in '" + part + "' ends before it starts");
            }
            times.add(new LocalTime[] {start, stop});
            end = matcher.end();
        }
        requireOnlyFiller(text.substring(end), part);
        if (times.isEmpty()) {
            throw new IllegalArgumentException("'" + part + "' gives no time range; write e.g. 08:00-12:00");
        }
        return times;
    }

    private static void requireOnlyFiller(String between, String part) {
        if (!TIME_FILLER.matcher(between).matches()) {
            throw new IllegalArgumentException("cannot read '" + between.strip() + "' in '" + part
                    + "'; write days, then times such as 08:00-12:00, and separate parts with ;");
        }
    }

    private static LocalTime time(String hours, String minutes, String part) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("'" + hours + (minutes == null ? "" : ":" + minutes) + "' in '" + part
                    + "' is not a time of day (00:00-23:59)");
        }
        return LocalTime.of(hour, minute);
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Set<DayOfWeek>> days() {
        Map<String, Set<DayOfWeek>> days = new HashMap<>();
        day(days, DayOfWeek.MONDAY, "måndag", "mån", "mon", "monday");
        day(days, DayOfWeek.TUESDAY, "tisdag", "tis", "tue", "tues", "tuesday");
        day(days, DayOfWeek.WEDNESDAY, "onsdag", "ons", "wed", "wednesday");
        day(days, DayOfWeek.THURSDAY, "torsdag", "tor", "tors", "thu", "thur", "thurs", "thursday");
        day(days, DayOfWeek.FRIDAY, "fredag", "fre", "fri", "friday");
        day(days, DayOfWeek.SATURDAY, "lördag", "lör", "sat", "saturday");
        day(days, DayOfWeek.SUNDAY, "söndag", "sön", "sun", "sunday");
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (String word : List.of("vardag", "vardagar", "veckodagar", "weekdays")) {
            days.put(BankColumn.key(word), weekdays);
        }
        for (String word : List.of("helg", "helger", "helgdagar", "weekend", "weekends")) {
            days.put(BankColumn.key(word), weekend);
        }
        for (String word : List.of("dagligen", "dagar", "daily")) {
            days.put(BankColumn.key(word), EnumSet.allOf(DayOfWeek.class));
        }
        return Map.copyOf(days);
    }

    /** The first name is the Swedish full name, which also counts in the plural (måndagar). */
    private static void day(Map<String, Set<DayOfWeek>> days, DayOfWeek day, String... names) {
        days.put(BankColumn.key(names[0] + "ar"), EnumSet.of(day));
        for (String name : names) {
            days.put(BankColumn.key(name), EnumSet.of(day));
        }
    }
}
