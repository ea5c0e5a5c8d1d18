package se.tuna.placement.reports.payoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.status.ExitCounts;
import se.tuna.placement.reports.status.ReportPeriod;

/**
 * The key figures, computed as {@code docs/reports.md} works them by hand ("A worked example"):
 * the same site, period, outcome mix, values and cost, and the same figures to the last digit.
 */
class KeyFigureCalculationTest {

    private static final ReportPeriod FIRST_HALF_2026 = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 6, 30));

    @Test
    void theWorkedExampleOfTheDocsGivesItsFigures() {
        KeyFigures figures = KeyFigureCalculation.figures(KeyFigureCalculation.basis(example(), FIRST_HALF_2026, 40,
                twentyExits()));

        assertThat(figures.basis().served()).isEqualTo(60);
        assertThat(figures.basis().exits()).isEqualTo(20);
        assertThat(figures.basis().valueCreated()).isEqualByComparingTo("1480000");
        assertThat(figures.basis().costBefore()).isEqualByComparingTo("12000000");
        assertThat(figures.costPerParticipant()).isEqualTo(new BigDecimal("21667"));
        assertThat(figures.verkningsgradPercent()).isEqualTo(new BigDecimal("12.3"));
        assertThat(figures.returnPerKrona()).isEqualTo(new BigDecimal("1.14"));
        assertThat(figures.paybackMonths()).isEqualTo(new BigDecimal("10.5"));
        assertThat(figures.costPerVerkningsgradPercent()).isEqualTo(new BigDecimal("1757"));
        assertThat(figures.notes()).isEmpty();
    }

    @Test
    void payoffsOwnExampleIsAVerkningsgradOfTwentyPerCent() {
        // "om kostnaden initialt är 600 000 kronor och det skapas ett värde på 120 000 kronor … en verkningsgrad på 20 procent"
        KeyFigureParameters parameters = new KeyFigureParameters("eskilstuna", null, KeyFigureParameters.PAYOFF_POTENTIAL,
                Map.of(ExitOutcome.WORK, BigDecimal.valueOf(120_000)), null, null);

        KeyFigures figures = KeyFigureCalculation.figures(KeyFigureCalculation.basis(parameters, FIRST_HALF_2026, 0,
                ExitCounts.of(List.of(ExitOutcome.WORK))));

        assertThat(figures.verkningsgradPercent()).isEqualTo(new BigDecimal("20.0"));
    }

    @Test
    void aCostEnteredForAnotherPeriodGivesNoFigureThatNeedsIt() {
        ReportPeriod secondHalf = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 6));

        KeyFigures figures = KeyFigureCalculation.figures(KeyFigureCalculation.basis(example(), secondHalf, 40, twentyExits()));

        assertThat(figures.basis().programmeCost()).isNull();
        assertThat(figures.costPerParticipant()).isNull();
        assertThat(figures.returnPerKrona()).isNull();
        assertThat(figures.paybackMonths()).isNull();
        assertThat(figures.costPerVerkningsgradPercent()).isNull();
        assertThat(figures.verkningsgradPercent()).isEqualTo(new BigDecimal("12.3"));
        assertThat(figures.notes()).hasSize(1);
    }

    @Test
    void noExitsAndNoCostGiveNoFigureRatherThanADivisionByZero() {
        KeyFigureParameters zeroCost = new KeyFigureParameters("eskilstuna", new ProgrammeCost(BigDecimal.ZERO,
                FIRST_HALF_2026.from(), FIRST_HALF_2026.until()), KeyFigureParameters.PAYOFF_POTENTIAL, Map.of(), null, null);

        KeyFigures nobody = KeyFigureCalculation.figures(KeyFigureCalculation.basis(zeroCost, FIRST_HALF_2026, 0,
                ExitCounts.of(List.of())));

        assertThat(nobody.costPerParticipant()).isNull();
        assertThat(nobody.verkningsgradPercent()).isNull();
        assertThat(nobody.returnPerKrona()).isNull();
        assertThat(nobody.paybackMonths()).isNull();
        assertThat(nobody.costPerVerkningsgradPercent()).isNull();
        assertThat(nobody.notes()).hasSize(3);
    }

    @Test
    void sitesTogetherAreTheirBasesAddedUpAndNeedEverySitesCost() {
        KeyFigureBasis example = KeyFigureCalculation.basis(example(), FIRST_HALF_2026, 40, twentyExits());
        KeyFigureBasis withoutCost = KeyFigureCalculation.basis(KeyFigureParameters.standard("strangnas"), FIRST_HALF_2026, 5,
                ExitCounts.of(List.of(ExitOutcome.WORK)));

        KeyFigureBasis together = KeyFigureBasis.NONE.plus(example).plus(withoutCost);

        assertThat(together.served()).isEqualTo(66);
        assertThat(together.exits()).isEqualTo(21);
        assertThat(together.costBefore()).isEqualByComparingTo("12600000");
        assertThat(together.programmeCost()).isNull();
        assertThat(KeyFigureBasis.NONE.plus(example)).isEqualTo(example.plus(KeyFigureBasis.NONE));
    }

    /** The docs' example: 1 300 000 kr for the first half of 2026, Payoff's potential, a value for four outcomes. */
    static KeyFigureParameters example() {
        return new KeyFigureParameters("eskilstuna", new ProgrammeCost(BigDecimal.valueOf(1_300_000), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)), BigDecimal.valueOf(600_000), Map.of(
                ExitOutcome.WORK, BigDecimal.valueOf(300_000),
                ExitOutcome.STUDIES, BigDecimal.valueOf(100_000),
                ExitOutcome.USUAL_EMPLOYER, BigDecimal.valueOf(300_000),
                ExitOutcome.HANDED_OVER_TO_AF, BigDecimal.valueOf(60_000)), "samordnare", null);
    }

    /**
     * 2 to work, 1 to studies, 1 back to the usual employer, 8 to AF, 3 back to care, 2 to social
     * psychiatry, 2 below AF's level, 1 other.
     */
    static ExitCounts twentyExits() {
        List<ExitOutcome> outcomes = new ArrayList<>();
        outcomes.addAll(Collections.nCopies(2, ExitOutcome.WORK));
        outcomes.add(ExitOutcome.STUDIES);
        outcomes.add(ExitOutcome.USUAL_EMPLOYER);
        outcomes.addAll(Collections.nCopies(8, ExitOutcome.HANDED_OVER_TO_AF));
        outcomes.addAll(Collections.nCopies(3, ExitOutcome.BACK_TO_CARE));
        outcomes.addAll(Collections.nCopies(2, ExitOutcome.SOCIAL_PSYCHIATRY));
        outcomes.addAll(Collections.nCopies(2, ExitOutcome.BELOW_AF_LEVEL));
        outcomes.add(ExitOutcome.OTHER);
        return ExitCounts.of(outcomes);
    }
}
