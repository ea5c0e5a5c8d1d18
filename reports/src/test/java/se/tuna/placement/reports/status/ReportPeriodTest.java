package se.tuna.placement.reports.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.InvalidInputException;

/** A report's period: the half-year by default, as of today by default, and the refusals. */
class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void byDefaultTheHalfYearOfTheDayAsOfToday() {
        assertThat(ReportPeriod.of(null, null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), TODAY));
        assertThat(ReportPeriod.of(null, null, LocalDate.of(2017, 1, 15), TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), LocalDate.of(2017, 1, 15)));
        assertThat(ReportPeriod.of(LocalDate.of(2026, 2, 1), null, null, TODAY).until()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrADayAfterTodayIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1), null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo("until")));
        assertThatThrownBy(() -> ReportPeriod.of(null, null, TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo("asOf")));
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(1999, 1, 1), null, null, TODAY))
                .isInstanceOf(InvalidInputException.class);
    }
}
