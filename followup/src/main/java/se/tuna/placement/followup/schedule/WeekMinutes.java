package se.tuna.placement.followup.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;

/**
 * A weekly schedule as minutes of each weekday, its windows joined where they overlap or touch, worked out once:
 * {@link WeeklySchedule#covers} sorts and joins the day's windows on every call, which the rules make for every visit
 * on every move (the most of a month's solving time before this).
 */
final class WeekMinutes {

    /** Per weekday (Monday first), the joined windows as start, end, start, end... in minutes of the day. */
    private final int[][] windows = new int[7][];

    WeekMinutes(WeeklySchedule schedule) {
        for (DayOfWeek day : DayOfWeek.values()) {
            List<int[]> merged = new ArrayList<>();
            schedule.windows().stream().filter(window -> window.day() == day && window.start() != null && window.end() != null
                            && window.start().isBefore(window.end()))
                    .sorted(Comparator.comparing(TimeWindow::start)).forEach(window -> {
                        int start = startMinute(window.start());
                        int end = endMinute(window.end());
                        int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                        if (last != null && start <= last[1]) {
                            last[1] = Math.max(last[1], end);
                        } else {
                            merged.add(new int[] {start, end});
                        }
                    });
            int[] flat = new int[merged.size() * 2];
            for (int i = 0; i < merged.size(); i++) {
                flat[2 * i] = merged.get(i)[0];
                flat[2 * i + 1] = merged.get(i)[1];
            }
            windows[day.ordinal()] = flat;
        }
    }

    /** As {@code WeeklySchedule.covers(day, time(from), time(to))}, for whole minutes (1440 is the end of the day). */
    boolean covers(DayOfWeek day, int from, int to) {
        int[] joined = windows[day.ordinal()];
        for (int i = 0; i < joined.length; i += 2) {
            if (joined[i] <= from && joined[i + 1] >= to) {
                return true;
            }
        }
        return false;
    }

    /** The first whole minute at or after {@code time}. */
    private static int startMinute(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        return time.getSecond() > 0 || time.getNano() > 0 ? minute + 1 : minute;
    }

    /** The last whole minute at or before {@code time}; the end of the day ({@link LocalTime#MAX}) is 1440. */
    private static int endMinute(LocalTime time) {
        return time.equals(LocalTime.MAX) ? 24 * 60 : time.getHour() * 60 + time.getMinute();
    }
}
