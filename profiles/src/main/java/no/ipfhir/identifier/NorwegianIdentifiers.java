package no.ipfhir.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * Check digits and number forms of Norwegian person and organisation identifiers: fødselsnummer,
 * D-nummer, H-nummer, FH-nummer (mod 11 with two control digits) and organisasjonsnummer (mod 11,
 * one control digit). HPR-nummer has no public check digit and is not checked here.
 *
 * <p>Synthetic test numbers (month + 80, as issued by Test-Norge) are accepted so that test data
 * passes; whether a production system should accept them is for the caller to decide.
 */
public final class NorwegianIdentifiers {

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] ORGNR_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2, 1};
    private static final int SYNTHETIC_MONTH_OFFSET = 80;
    private static final int H_NUMMER_MONTH_OFFSET = 40;
    private static final int D_NUMMER_DAY_OFFSET = 40;
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final FirstControlDigitRule firstControlDigitRule;

    /** Accepts person numbers issued under both the current and the 2032 rule. */
    public NorwegianIdentifiers() {
        this(FirstControlDigitRule.FROM_2032);
    }

    public NorwegianIdentifiers(FirstControlDigitRule firstControlDigitRule) {
        this.firstControlDigitRule = firstControlDigitRule;
    }

    public CheckResult check(IdentifierType type, String value) {
        return switch (type) {
            case FODSELSNUMMER -> fodselsnummer(value);
            case D_NUMMER -> dNummer(value);
            case H_NUMMER -> hNummer(value);
            case FH_NUMMER -> fhNummer(value);
            case ORGANISASJONSNUMMER -> organisasjonsnummer(value);
        };
    }

    /** Checks a FHIR Identifier whose system is one of {@link IdentifierType}'s; empty for other systems. */
    public Optional<CheckResult> check(Identifier identifier) {
        return IdentifierType.forSystem(identifier.getSystem()).map(type -> check(type, identifier.getValue()));
    }

    /**
     * Every identifier anywhere in the resource (including Reference.identifier and contained
     * resources) whose system is checked and whose value is not valid, with its FHIRPath location.
     */
    public List<IdentifierProblem> invalidIdentifiers(Resource resource) {
        List<IdentifierProblem> problems = new ArrayList<>();
        collect(resource, resource.fhirType(), problems);
        return problems;
    }

    public CheckResult fodselsnummer(String value) {
        return personNumber(IdentifierType.FODSELSNUMMER, value, "[0-3]\\d{10}", "starts with 0-3 (day of birth)");
    }

    public CheckResult dNummer(String value) {
        return personNumber(IdentifierType.D_NUMMER, value, "[4-7]\\d{10}", "starts with 4-7 (day of birth + 40)");
    }

    public CheckResult hNummer(String value) {
        return personNumber(
                IdentifierType.H_NUMMER,
                value,
                "[0-3]\\d[4-5]\\d{8}",
                "has a month of 41-52 (month + 40) in digits 3-4");
    }

    public CheckResult fhNummer(String value) {
        return personNumber(IdentifierType.FH_NUMMER, value, "[89]\\d{10}", "starts with 8 or 9");
    }

    public CheckResult organisasjonsnummer(String value) {
        IdentifierType type = IdentifierType.ORGANISASJONSNUMMER;
        if (value == null || !value.matches("\\d{9}")) {
            return CheckResult.invalid(type, value, "it must be exactly 9 digits.");
        }
        int[] digits = digits(value);
        if (weightedSum(digits, ORGNR_WEIGHTS) % 11 != 0) {
            return CheckResult.invalid(
                    type,
                    value,
                    "the control digit (digit 9) does not match digits 1-8" + expected(digits, ORGNR_WEIGHTS, 8) + ".");
        }
        return CheckResult.valid(type, value);
    }

    private CheckResult personNumber(IdentifierType type, String value, String form, String formText) {
        if (value == null || !value.matches("\\d{11}")) {
            return CheckResult.invalid(type, value, "it must be exactly 11 digits.");
        }
        if (!value.matches(form)) {
            return CheckResult.invalid(type, value, "a " + type.label() + " " + formText + ".");
        }
        int[] digits = digits(value);
        if (type != IdentifierType.FH_NUMMER && !isDate(type, digits)) {
            return CheckResult.invalid(type, value, "digits 1-6 are not a possible date of birth.");
        }
        if (!firstControlDigitRule.accepts(weightedSum(digits, K1_WEIGHTS) % 11)) {
            return CheckResult.invalid(type, value, "the first control digit (digit 10) does not match digits 1-9.");
        }
        if (weightedSum(digits, K2_WEIGHTS) % 11 != 0) {
            return CheckResult.invalid(
                    type,
                    value,
                    "the second control digit (digit 11) does not match digits 1-10" + expected(digits, K2_WEIGHTS, 10)
                            + ".");
        }
        return CheckResult.valid(type, value);
    }

    private static boolean isDate(IdentifierType type, int[] d) {
        int day = d[0] * 10 + d[1] - (type == IdentifierType.D_NUMMER ? D_NUMMER_DAY_OFFSET : 0);
        int month = d[2] * 10 + d[3];
        if (type == IdentifierType.H_NUMMER) {
            month -= H_NUMMER_MONTH_OFFSET;
        } else if (month > SYNTHETIC_MONTH_OFFSET) {
            month -= SYNTHETIC_MONTH_OFFSET;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
    }

    /** The weights include the control digit itself with weight 1, so a valid number sums to 0 mod 11. */
    private static int weightedSum(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }

    private static String expected(int[] digits, int[] weights, int controlIndex) {
        int sum = weightedSum(digits, weights) - digits[controlIndex];
        int control = (11 - sum % 11) % 11;
        return control == 10
                ? " (no control digit fits these digits, so the number cannot exist)"
                : " (expected " + control + ")";
    }

    private static int[] digits(String value) {
        return value.chars().map(c -> c - '0').toArray();
    }

    private void collect(Base element, String path, List<IdentifierProblem> problems) {
        if (element instanceof Identifier identifier) {
            check(identifier).filter(r -> !r.isValid()).ifPresent(r -> problems.add(new IdentifierProblem(path, r)));
            return;
        }
        for (Property property : element.children()) {
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                Base child = values.get(i);
                if (child != null && !(child instanceof PrimitiveType<?>)) {
                    collect(child, path + "." + property.getName() + "[" + i + "]", problems);
                }
            }
        }
    }
}
