package se.tuna.placement.participants.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;

/** Reading a caseload file's cells: headers as the bank import matches them, Swedish words or names, refusals by cell. */
class CaseloadFileTest {

    private static final String HEADER = "participantId;site;gender;compensation;admittedOn;enrolledOn;consent;readySince;slotId;"
            + "studyVisitOn;trialStart;weeklyHours;Anteckningar\n";

    @Test
    void aRowIsReadWithItsTypesFromSwedishWordsOrNames() {
        CaseloadFile file = read(HEADER + "T-ABCDEFGH;eskilstuna;kvinna;Sjukpenning;2026-03-02;20260309;ja;2026-04-06;slot-1;"
                + "2026-04-20;2026-04-27;8;ring först\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.ignored()).containsExactly("Anteckningar");
        assertThat(file.sites()).containsExactly("eskilstuna");
        CaseloadRow row = file.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.gender()).isEqualTo(Gender.FEMALE);
        assertThat(row.compensation()).isEqualTo(Compensation.SICKNESS_BENEFIT);
        assertThat(row.consent()).isEqualTo(Consent.GIVEN);
        assertThat(row.enrolledOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(row.weeklyHours()).isEqualTo(8);
        assertThat(row.placed()).isTrue();
    }

    @Test
    void swedishHeadersAreTheSameColumns() {
        CaseloadFile file = read("Deltagare;Verksamhet;Ersättning;Antagen;Inskriven;Samtycke\n"
                + "T-ABCDEFGH;strangnas;NONE;2026-03-02;2026-03-09;DECLINED\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).consent()).isEqualTo(Consent.DECLINED);
    }

    @Test
    void aCellThatCannotBeReadRefusesItsRowByLineAndColumn() {
        CaseloadFile file = read(HEADER
                + "T-ABCDEFGH;eskilstuna;kvinna;Sjukpenning;17/3 2026;2026-03-09;ja;;;;;\n"
                + "T-BCDEFGHJ;eskilstuna;man;lön;2026-03-02;2026-03-09;ja;;;;;tio\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "admittedOn"),
                org.assertj.core.groups.Tuple.tuple(3, "compensation"),
                org.assertj.core.groups.Tuple.tuple(3, "weeklyHours"));
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWhole() {
        assertThatThrownBy(() -> read("participantId;site;admittedOn;enrolledOn\nT-ABCDEFGH;eskilstuna;2026-03-02;2026-03-09\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent");
    }

    private static CaseloadFile read(String csv) {
        return CaseloadFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
