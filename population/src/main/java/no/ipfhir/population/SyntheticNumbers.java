package no.ipfhir.population;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Norwegian identifiers with valid check digits, drawn from a seeded random source and never drawn
 * twice by one instance. Fødselsnummer and D-nummer are made in the Test-Norge style (month + 80),
 * which no real person has; the individnummer follows the birth year's century and the person's
 * gender (odd third digit: male), as the Folkeregister assigns them.
 */
public final class SyntheticNumbers {

    private static final int[] PERSON_K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] PERSON_K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ORGNR_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private final Set<String> issued = new HashSet<>();

    /** A fødselsnummer for a person born on that day. */
    public synchronized String fodselsnummer(SplittableRandom random, LocalDate birthDate, boolean male) {
        return personNumber(random, birthDate, male, 0);
    }

    /** A D-nummer (for people without a Norwegian fødselsnummer): the day of birth + 40. */
    public synchronized String dNummer(SplittableRandom random, LocalDate birthDate, boolean male) {
        return personNumber(random, birthDate, male, 40);
    }

    /** A 9-digit organisasjonsnummer starting with 8 or 9, with its mod 11 control digit. */
    public synchronized String organisasjonsnummer(SplittableRandom random) {
        while (true) {
            String base = String.valueOf(random.nextInt(80_000_000, 100_000_000));
            int check = control(base, ORGNR_WEIGHTS);
            if (check != 10 && issued.add(base + check)) {
                return base + check;
            }
        }
    }

    /** An HPR-nummer: 7 digits (there is no public check digit). */
    public synchronized String hprNummer(SplittableRandom random) {
        while (true) {
            String number = String.valueOf(random.nextInt(1_000_000, 10_000_000));
            if (issued.add("hpr" + number)) {
                return number;
            }
        }
    }

    /** A HER-id (Adresseregisteret): a number without check digit. */
    public synchronized String herId(SplittableRandom random) {
        while (true) {
            String number = String.valueOf(random.nextInt(100_000, 10_000_000));
            if (issued.add("her" + number)) {
                return number;
            }
        }
    }

    private String personNumber(SplittableRandom random, LocalDate birthDate, boolean male, int dayOffset) {
        int year = birthDate.getYear();
        // The individnummer ranges by century: 1900–1999 use 000–499, 2000–2039 use 500–999.
        int low = year >= 2000 ? 500 : 0;
        while (true) {
            int individual = low + random.nextInt(500);
            if ((individual % 2 == 1) != male) {
                individual = individual % 10 == 9 ? individual - 1 : individual + 1;
            }
            String base = String.format(
                    "%02d%02d%02d%03d",
                    birthDate.getDayOfMonth() + dayOffset, birthDate.getMonthValue() + 80, year % 100, individual);
            int k1 = control(base, PERSON_K1_WEIGHTS);
            if (k1 == 10) {
                continue;
            }
            int k2 = control(base + k1, PERSON_K2_WEIGHTS);
            if (k2 == 10) {
                continue;
            }
            String number = base + k1 + k2;
            if (issued.add(number)) {
                return number;
            }
        }
    }

    /** 11 − (weighted sum mod 11), where 11 becomes 0; 10 means no valid number has these digits. */
    static int control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
