package se.tuna.placement.participants.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.WeeklySchedule;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;

/** An agreement is checked before anything is read or stored, so these need no Elasticsearch. */
class PlacementAgreementsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    /** Refusals happen before the repository is used. */
    private final PlacementAgreements agreements = new PlacementAgreements(null, CLOCK);

    @Test
    void daysAndTimesGivingFewerHoursThanAgreedAreRefused() {
        WeeklySchedule mondayMorning = WeeklySchedule.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));

        assertThat(refusedFields(draft(8, mondayMorning))).containsExactly("weeklyHours");
    }

    @Test
    void aDayWithoutItsEndIsNamedRatherThanFailing() {
        WeeklySchedule noEnd = WeeklySchedule.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), null));

        assertThat(refusedFields(draft(4, noEnd))).containsExactly("schedule[0]");
    }

    private static AgreementDraft draft(int weeklyHours, WeeklySchedule schedule) {
        return new AgreementDraft(LocalDate.of(2026, 3, 16), weeklyHours, schedule, Set.of(), null, false);
    }

    private List<String> refusedFields(AgreementDraft draft) {
        InvalidInputException refused = catchThrowableOfType(() -> agreements.agree("placement", draft, "account-samordnare"),
                InvalidInputException.class);
        assertThat(refused).isNotNull();
        return refused.violations().stream().map(FieldViolation::field).toList();
    }
}
