package se.tuna.placement.catalog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.FieldViolation;

class CommonRulesTest {

    @Test
    void aDateOfThisCenturyIsTakenAndOneFarOffIsNot() {
        assertThat(dateViolations(LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(dateViolations(LocalDate.of(2099, 12, 31))).isEmpty();
        assertThat(dateViolations(null)).isEmpty();
        assertThat(dateViolations(LocalDate.of(1999, 12, 31))).containsExactly("availableFrom");
        assertThat(dateViolations(LocalDate.MAX)).containsExactly("availableFrom");
    }

    @Test
    void anOptionalTextMayBeLeftOutButNotBeTooLong() {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkOptionalText(violations, "address.street", null, 5);
        CommonRules.checkOptionalText(violations, "address.street", "Gata", 5);
        assertThat(violations).isEmpty();

        CommonRules.checkOptionalText(violations, "address.street", "Gatan 1", 5);
        assertThat(violations).extracting(FieldViolation::field).containsExactly("address.street");
    }

    private static List<String> dateViolations(LocalDate date) {
        List<FieldViolation> violations = new ArrayList<>();
        CommonRules.checkDate(violations, "availableFrom", date);
        return violations.stream().map(FieldViolation::field).toList();
    }
}
