package no.ipfhir.identifier;

/**
 * The rule for the first control digit (K1, digit 10) of fødselsnummer, D-nummer, H-nummer and
 * FH-nummer. This is the one place the 2032 change to person numbers touches.
 *
 * <p>The rule is given the weighted sum of digits 1-9 (weights 3,7,6,1,8,9,4,5,2) plus K1
 * (weight 1), modulo 11. Until 2032 that remainder must be 0. From 2032 numbers run out of
 * individual numbers and become gender-neutral, and the Norwegian Tax Administration relaxes K1
 * so that the remainders 0, 1, 2 and 3 are all valid; numbers issued before stay valid.
 */
@FunctionalInterface
public interface FirstControlDigitRule {

    boolean accepts(int weightedRemainder);

    /** The rule for numbers issued until 2032: remainder 0. */
    FirstControlDigitRule UNTIL_2032 = remainder -> remainder == 0;

    /** The relaxed rule: remainders 0-3. Accepts numbers issued under both rules. */
    FirstControlDigitRule FROM_2032 = remainder -> remainder >= 0 && remainder <= 3;
}
