package no.ipfhir.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NorwegianIdentifiersTest {

    private final NorwegianIdentifiers identifiers = new NorwegianIdentifiers();

    @ParameterizedTest
    @ValueSource(strings = {"16822548834", "31129956715", "12885851264", "03832051240"})
    void syntheticFodselsnummerFromTheDomainBriefAreValid(String fnr) {
        assertThat(identifiers.fodselsnummer(fnr).isValid()).isTrue();
    }

    @Test
    void noBasisSampleFodselsnummerIsRejected() {
        CheckResult result = identifiers.fodselsnummer("13057444850");
        assertThat(result.isValid()).isFalse();
        assertThat(result.message())
                .isEqualTo("Fødselsnummer 13057444850 is not valid: "
                        + "the second control digit (digit 11) does not match digits 1-10 (expected 6).");
        assertThat(new NorwegianIdentifiers(FirstControlDigitRule.UNTIL_2032)
                        .fodselsnummer("13057444850")
                        .problem())
                .contains("the first control digit (digit 10) does not match digits 1-9.");
    }

    @Test
    void wrongSecondControlDigitSaysWhichDigitIsExpected() {
        CheckResult result = identifiers.fodselsnummer("16822548835");
        assertThat(result.problem())
                .contains("the second control digit (digit 11) does not match digits 1-10 (expected 4).");
    }

    @Test
    void fodselsnummerMustBeElevenDigits() {
        assertThat(identifiers.fodselsnummer("1682254883").problem()).contains("it must be exactly 11 digits.");
        assertThat(identifiers.fodselsnummer("1682254883x").isValid()).isFalse();
        assertThat(identifiers.fodselsnummer(null).isValid()).isFalse();
    }

    @Test
    void fodselsnummerWithImpossibleDateIsRejected() {
        assertThat(identifiers.fodselsnummer("31022548834").problem())
                .contains("digits 1-6 are not a possible date of birth.");
    }

    @Test
    void dNummerIsValidatedWithDayPlusForty() {
        assertThat(identifiers.dNummer("45010012396").isValid()).isTrue();
        assertThat(identifiers.dNummer("45010012397").isValid()).isFalse();
        assertThat(identifiers.fodselsnummer("45010012396").problem())
                .contains("a Fødselsnummer starts with 0-3 (day of birth).");
    }

    @Test
    void hNummerIsValidatedWithMonthPlusForty() {
        assertThat(identifiers.hNummer("01410012339").isValid()).isTrue();
        assertThat(identifiers.hNummer("01410012338").isValid()).isFalse();
    }

    @Test
    void fhNummerStartsWithEightOrNine() {
        assertThat(identifiers.fhNummer("81234567802").isValid()).isTrue();
        assertThat(identifiers.fhNummer("91234567026").isValid()).isTrue();
        assertThat(identifiers.fhNummer("71234567802").problem()).contains("a FH-nummer starts with 8 or 9.");
    }

    @Test
    void organisasjonsnummerIsCheckedModEleven() {
        assertThat(identifiers.organisasjonsnummer("123456785").isValid()).isTrue();
        assertThat(identifiers.organisasjonsnummer("991000011").isValid()).isTrue();
        assertThat(identifiers.organisasjonsnummer("123456784").problem())
                .contains("the control digit (digit 9) does not match digits 1-8 (expected 5).");
        assertThat(identifiers.organisasjonsnummer("12345678").problem()).contains("it must be exactly 9 digits.");
    }

    @Test
    void relaxedFirstControlDigitIsAcceptedOnlyUnderThe2032Rule() {
        String relaxed = withRelaxedFirstControlDigit("160325488");
        assertThat(new NorwegianIdentifiers(FirstControlDigitRule.FROM_2032)
                        .fodselsnummer(relaxed)
                        .isValid())
                .isTrue();
        assertThat(new NorwegianIdentifiers(FirstControlDigitRule.UNTIL_2032)
                        .fodselsnummer(relaxed)
                        .problem())
                .contains("the first control digit (digit 10) does not match digits 1-9.");
        assertThat(new NorwegianIdentifiers(FirstControlDigitRule.UNTIL_2032)
                        .fodselsnummer("16822548834")
                        .isValid())
                .isTrue();
    }

    @Test
    void identifierIsCheckedByItsSystem() {
        Identifier fnr =
                new Identifier().setSystem("urn:oid:2.16.578.1.12.4.1.4.1").setValue("13057444850");
        Identifier hpr =
                new Identifier().setSystem("urn:oid:2.16.578.1.12.4.1.4.4").setValue("9144889");
        assertThat(identifiers.check(fnr))
                .hasValueSatisfying(r -> assertThat(r.isValid()).isFalse());
        assertThat(identifiers.check(hpr)).isEmpty();
    }

    @Test
    void invalidIdentifiersAreReportedWithTheirLocation() {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem("urn:oid:2.16.578.1.12.4.1.4.2").setValue("45010012396");
        patient.addIdentifier().setSystem("urn:oid:2.16.578.1.12.4.1.4.1").setValue("13057444850");
        CareTeam team = new CareTeam();
        team.addParticipant()
                .setMember(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:oid:2.16.578.1.12.4.1.4.101")
                                .setValue("123456784")));

        List<IdentifierProblem> patientProblems = identifiers.invalidIdentifiers(patient);
        List<IdentifierProblem> teamProblems = identifiers.invalidIdentifiers(team);

        assertThat(patientProblems).extracting(IdentifierProblem::expression).containsExactly("Patient.identifier[1]");
        assertThat(teamProblems)
                .extracting(IdentifierProblem::expression)
                .containsExactly("CareTeam.participant[0].member[0].identifier[0]");
        assertThat(teamProblems.get(0).result().type()).isEqualTo(IdentifierType.ORGANISASJONSNUMMER);
    }

    /** Builds a number whose K1 leaves remainder 1-3 (valid only from 2032) and whose K2 is valid. */
    private static String withRelaxedFirstControlDigit(String nineDigits) {
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        for (int k1 = 0; k1 <= 9; k1++) {
            int sum1 = k1;
            for (int i = 0; i < 9; i++) {
                sum1 += (nineDigits.charAt(i) - '0') * w1[i];
            }
            int remainder = sum1 % 11;
            if (remainder < 1 || remainder > 3) {
                continue;
            }
            String ten = nineDigits + k1;
            int sum2 = 0;
            for (int i = 0; i < 10; i++) {
                sum2 += (ten.charAt(i) - '0') * w2[i];
            }
            int k2 = (11 - sum2 % 11) % 11;
            if (k2 < 10) {
                return ten + k2;
            }
        }
        throw new IllegalArgumentException("no relaxed number for " + nineDigits);
    }
}
