package no.ipfhir.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic country the plans live in: 356 municipalities in today's 15 counties (kommunenummer
 * in the real format, county number and a two-digit serial), each with its koordinerende enhet,
 * health and care service, NAV office, schools, a kindergarten and a GP practice; one health trust
 * per county with its habilitation service; and the practitioners who work there. Municipality
 * sizes follow a steep curve, as Norway's do (the capital holds about a seventh of the people).
 * Everything is made from the seed.
 */
public final class Country {

    /** Today's counties (from 2024) and how many municipalities each has. */
    private static final Object[][] COUNTIES = {
        {"03", "Oslo", 1},
        {"11", "Rogaland", 23},
        {"15", "Møre og Romsdal", 26},
        {"18", "Nordland", 41},
        {"31", "Østfold", 12},
        {"32", "Akershus", 21},
        {"33", "Buskerud", 18},
        {"34", "Innlandet", 46},
        {"39", "Vestfold", 6},
        {"40", "Telemark", 17},
        {"42", "Agder", 25},
        {"46", "Vestland", 43},
        {"50", "Trøndelag", 38},
        {"55", "Troms", 21},
        {"56", "Finnmark", 18}
    };

    private static final String[] NAME_STARTS = {
        "Fjord", "Havs", "Lille", "Stor", "Nord", "Sør", "Øster", "Vester", "Berg", "Dal", "Elve", "Sol", "Skog",
        "Sand", "Strand", "Lund", "Holm", "Fager", "Grøn", "Hvit", "Kvit", "Rød", "Ås", "Bjørk", "Furu", "Lyng", "Myr",
        "Stein", "Vike", "Nes"
    };
    private static final String[] NAME_ENDS = {
        "vik", "bygd", "dal", "nes", "berg", "sund", "fjord", "heim", "øy", "stad", "land", "vang", "eid", "haug"
    };
    static final String[] HEALTH_CATEGORIES = {"SP", "FT", "ET", "VP", "LE", "PS", "HF"};

    private final List<Municipality> municipalities = new ArrayList<>();
    private final List<HealthTrust> trusts = new ArrayList<>();
    private final double[] cumulativeWeight;

    public Country(long seed, SyntheticNumbers numbers) {
        SplittableRandom random = new SplittableRandom(seed);
        Names names = new Names();
        Set<String> usedNames = new HashSet<>();
        int rank = 0;
        for (Object[] county : COUNTIES) {
            String countyNumber = (String) county[0];
            String countyName = (String) county[1];
            int count = (Integer) county[2];
            HealthTrust trust = new HealthTrust(
                    org(numbers, random, countyName + " sykehus HF", "spesialisthelsetjeneste", null, null),
                    countyName.toLowerCase(Locale.ROOT).replace(' ', '-').replace('ø', 'o'));
            trust.habilitation = org(
                    numbers,
                    random,
                    countyName + " sykehus HF, habiliteringstjenesten",
                    "spesialisthelsetjeneste",
                    trust.organisation,
                    null);
            trust.habilitation.reshId = String.valueOf(4_000_000 + random.nextInt(1_000_000));
            trusts.add(trust);
            for (int serial = 1; serial <= count; serial++) {
                String name = countyName.equals("Oslo") ? "Oslo" : uniqueName(random, usedNames);
                String kommunenummer = countyNumber + String.format("%02d", serial);
                Municipality municipality = new Municipality(name, kommunenummer, trust, rank++);
                municipality.kommune = org(numbers, random, name + " kommune", "kommune", null, kommunenummer);
                municipality.kommune.herId = numbers.herId(random);
                municipality.coordinatingUnit = org(
                        numbers, random, name + " kommune, koordinerende enhet", "kommune", municipality.kommune, null);
                municipality.healthAndCare =
                        org(numbers, random, name + " kommune, helse og omsorg", "kommune", municipality.kommune, null);
                municipality.nav = org(numbers, random, "NAV " + name, "nav", null, null);
                municipality.gpPractice = org(numbers, random, name + " legesenter", "fastlege", null, null);
                municipality.kindergarten =
                        org(numbers, random, name + " barnehage", "barnehage", municipality.kommune, null);
                municipality.ppt = org(numbers, random, "PP-tjenesten i " + name, "ppt", municipality.kommune, null);
                municipalities.add(municipality);
            }
        }
        // Sizes: Zipf-like by a shuffled rank, the capital first.
        List<Municipality> byRank = new ArrayList<>(municipalities.subList(1, municipalities.size()));
        Collections.shuffle(byRank, new java.util.Random(random.nextLong()));
        byRank.add(0, municipalities.get(0));
        double total = 0;
        for (int i = 0; i < byRank.size(); i++) {
            byRank.get(i).weight = 1.0 / Math.pow(i + 1, 0.9);
            total += byRank.get(i).weight;
        }
        cumulativeWeight = new double[municipalities.size()];
        double running = 0;
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality municipality = municipalities.get(i);
            municipality.weight /= total;
            running += municipality.weight;
            cumulativeWeight[i] = running;
            municipality.staff(numbers, random, names);
        }
        for (HealthTrust trust : trusts) {
            trust.staff(numbers, random, names);
        }
    }

    public List<Municipality> municipalities() {
        return Collections.unmodifiableList(municipalities);
    }

    public List<HealthTrust> healthTrusts() {
        return Collections.unmodifiableList(trusts);
    }

    /** A municipality drawn by its share of the population. */
    public Municipality drawMunicipality(SplittableRandom random) {
        double at = random.nextDouble();
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (at < cumulativeWeight[i]) {
                return municipalities.get(i);
            }
        }
        return municipalities.get(municipalities.size() - 1);
    }

    private static String uniqueName(SplittableRandom random, Set<String> used) {
        while (true) {
            String name = NAME_STARTS[random.nextInt(NAME_STARTS.length)] + NAME_ENDS[random.nextInt(NAME_ENDS.length)];
            if (used.add(name)) {
                return name;
            }
        }
    }

    private static Org org(
            SyntheticNumbers numbers,
            SplittableRandom random,
            String name,
            String sector,
            Org partOf,
            String kommunenummer) {
        return new Org(numbers.organisasjonsnummer(random), name, sector, partOf, kommunenummer);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** An organisation of the registry: identified by its organisasjonsnummer. */
    public static final class Org {
        public final String orgnr;
        public final String name;
        public final String sector;
        public final Org partOf;
        public final String kommunenummer;
        String herId;
        String reshId;

        Org(String orgnr, String name, String sector, Org partOf, String kommunenummer) {
            this.orgnr = orgnr;
            this.name = name;
            this.sector = sector;
            this.partOf = partOf;
            this.kommunenummer = kommunenummer;
        }
    }

    /**
     * A practitioner acting for an organisation (a PractitionerRole): health personnel carry an
     * HPR-nummer and a Volven 9060 category; teachers and NAV advisors a local identifier only.
     */
    public static final class Staff {
        public final String hpr;
        public final String localId;
        public final String category;
        public final String given;
        public final String family;
        public final Org organisation;
        public final String roleId;
        /** The system of local identifiers at the organisation's owner. */
        public final String idBase;

        Staff(
                String hpr,
                String localId,
                String category,
                String given,
                String family,
                Org organisation,
                String idBase) {
            this.hpr = hpr;
            this.localId = localId;
            this.category = category;
            this.given = given;
            this.family = family;
            this.organisation = organisation;
            this.idBase = idBase;
            this.roleId = "rolle-" + (hpr != null ? hpr : localId) + "-" + organisation.orgnr;
        }

        public boolean healthPersonnel() {
            return hpr != null;
        }
    }

    public static final class Municipality {
        public final String name;
        public final String kommunenummer;
        public final HealthTrust trust;
        public final int index;
        public final String idBase;
        Org kommune;
        Org coordinatingUnit;
        Org healthAndCare;
        Org nav;
        Org gpPractice;
        Org kindergarten;
        Org ppt;
        final List<Org> schools = new ArrayList<>();
        final List<Staff> careStaff = new ArrayList<>();
        final List<Staff> navAdvisors = new ArrayList<>();
        final List<Staff> teachers = new ArrayList<>();
        final List<Staff> gps = new ArrayList<>();
        double weight;

        Municipality(String name, String kommunenummer, HealthTrust trust, int index) {
            this.name = name;
            this.kommunenummer = kommunenummer;
            this.trust = trust;
            this.index = index;
            this.idBase = "https://id." + slug(name) + "-kommune.example/";
        }

        public Org kommune() {
            return kommune;
        }

        public Org coordinatingUnit() {
            return coordinatingUnit;
        }

        public double weight() {
            return weight;
        }

        void staff(SyntheticNumbers numbers, SplittableRandom random, Names names) {
            int size = (int) Math.max(4, Math.round(weight * 4000));
            int schoolCount = (int) Math.max(1, Math.min(40, Math.round(weight * 300)));
            for (int i = 0; i < schoolCount; i++) {
                schools.add(new Org(
                        numbers.organisasjonsnummer(random),
                        name + " " + (i == 0 ? "" : i + 1 + ". ") + "skole",
                        "skole",
                        kommune,
                        null));
            }
            for (int i = 0; i < size; i++) {
                careStaff.add(health(numbers, random, names, healthAndCare, idBase, HEALTH_CATEGORIES));
            }
            for (int i = 0; i < Math.max(2, size / 8); i++) {
                gps.add(health(numbers, random, names, gpPractice, idBase, new String[] {"LE"}));
                navAdvisors.add(local(numbers, random, names, nav, idBase, "nav"));
            }
            for (Org school : schools) {
                for (int i = 0; i < 2; i++) {
                    teachers.add(local(numbers, random, names, school, idBase, "skole"));
                }
            }
        }
    }

    public static final class HealthTrust {
        public final Org organisation;
        public final String idBase;
        Org habilitation;
        final List<Staff> staff = new ArrayList<>();

        HealthTrust(Org organisation, String slug) {
            this.organisation = organisation;
            this.idBase = "https://id." + slug + "-sykehus.example/";
        }

        void staff(SyntheticNumbers numbers, SplittableRandom random, Names names) {
            for (int i = 0; i < 60; i++) {
                staff.add(health(
                        numbers, random, names, habilitation, idBase, new String[] {"LE", "SP", "FT", "ET", "PS"}));
            }
        }
    }

    static Staff health(
            SyntheticNumbers numbers,
            SplittableRandom random,
            Names names,
            Org at,
            String idBase,
            String[] categories) {
        boolean male = random.nextBoolean();
        return new Staff(
                numbers.hprNummer(random),
                null,
                categories[random.nextInt(categories.length)],
                names.given(random, male),
                names.family(random),
                at,
                idBase);
    }

    static Staff local(
            SyntheticNumbers numbers, SplittableRandom random, Names names, Org at, String idBase, String kind) {
        boolean male = random.nextBoolean();
        return new Staff(
                null,
                kind + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36),
                null,
                names.given(random, male),
                names.family(random),
                at,
                idBase);
    }
}
