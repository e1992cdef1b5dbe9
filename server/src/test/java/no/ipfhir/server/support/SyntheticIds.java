package no.ipfhir.server.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Synthetic Norwegian identifiers that pass the check digits, fresh for every test so that runs
 * against the same database never meet each other's data. Fødselsnummer are made in the
 * Test-Norge style (month + 80), which no real person has.
 */
public final class SyntheticIds {

    public static final String FNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.1";
    public static final String DNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.2";
    public static final String ORGNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";

    private static final int[] FNR_K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] FNR_K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ORGNR_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private SyntheticIds() {}

    public static String fodselsnummer() {
        return personNumber(0);
    }

    /** A D-nummer: the day of birth + 40. */
    public static String dNummer() {
        return personNumber(40);
    }

    private static String personNumber(int dayOffset) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int day = random.nextInt(1, 29) + dayOffset;
            int month = random.nextInt(1, 13) + 80;
            int year = random.nextInt(0, 100);
            int individual = random.nextInt(0, 1000);
            String base = String.format("%02d%02d%02d%03d", day, month, year, individual);
            int k1 = mod11(base, FNR_K1_WEIGHTS);
            if (k1 == 10) {
                continue;
            }
            int k2 = mod11(base + k1, FNR_K2_WEIGHTS);
            if (k2 == 10) {
                continue;
            }
            return base + k1 + k2;
        }
    }

    public static String organisasjonsnummer() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String base = String.valueOf(random.nextInt(80_000_000, 99_999_999));
            int check = mod11(base, ORGNR_WEIGHTS);
            if (check != 10) {
                return base + check;
            }
        }
    }

    /** A string of digits with no check digit (HPR-nummer, RESH-id, HER-id). */
    public static String digits(int length) {
        StringBuilder digits =
                new StringBuilder().append(ThreadLocalRandom.current().nextInt(1, 10));
        while (digits.length() < length) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    /** A unique value for identifiers that have no check digit (plan and team identifiers). */
    public static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID();
    }

    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
