package no.ipfhir.population;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;
import no.ipfhir.population.Country.HealthTrust;
import no.ipfhir.population.Country.Municipality;
import no.ipfhir.population.Country.Org;
import no.ipfhir.population.Country.Staff;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * Makes the plans of the synthetic population: plan {@code n} of a seed is always the same
 * transaction Bundle (given the same reference date), whatever else is generated. Each Bundle stores a
 * whole plan as conditional creates, as an EHR sends it: the organisations and practitioners involved
 * (shared with the other plans of the municipality, so most already exist), the patient and relatives,
 * the ansvarsgruppe with its koordinator (some handed over), consent, needs, 2–6 goals (most in the
 * patient's own words), their evaluation history, 3–10 tiltak and the plan itself.
 *
 * <p>Plans must be made in order of their number: identifiers are never issued twice in one
 * population, which is why the generator is not shared between threads.
 */
public final class PlanGenerator {

    public static final String FNR = "urn:oid:2.16.578.1.12.4.1.4.1";
    public static final String DNR = "urn:oid:2.16.578.1.12.4.1.4.2";
    public static final String HPR = "urn:oid:2.16.578.1.12.4.1.4.4";
    public static final String ORGNR = "urn:oid:2.16.578.1.12.4.1.4.101";
    public static final String RESH = "urn:oid:2.16.578.1.12.4.1.4.102";
    public static final String HERID = "urn:oid:2.16.578.1.12.4.1.2";
    public static final String KOMMUNENR = "https://register.geonorge.no/sosi-kodelister/kommunenummer";
    static final String IP = "https://ip-fhir.org/fhir/";
    static final String PROFILE = IP + "StructureDefinition/";
    static final String CS = IP + "CodeSystem/";
    static final String VOLVEN_9060 = "urn:oid:2.16.578.1.12.4.1.1.9060";
    public static final String NEXT_EVALUATION = PROFILE + "no-ip-nextEvaluation";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String[] ACHIEVEMENT = {"in-progress", "improving", "no-change", "improving", "worsening"};

    private final long seed;
    private final LocalDate asOf;
    private final Country country;
    private final SyntheticNumbers numbers;
    private final Names names = new Names();
    private final String tag;

    public PlanGenerator(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
        this.numbers = new SyntheticNumbers();
        this.country = new Country(seed, numbers);
        this.tag = Long.toString(seed & 0xffffffffL, 36);
    }

    public Country country() {
        return country;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Plan {@code index} (from 0) of this population. */
    public GeneratedPlan plan(int index) {
        return new Builder(index).build();
    }

    /** What a benchmark or test needs to know of a plan without parsing its Bundle. */
    public record GeneratedPlan(
            int index,
            Bundle bundle,
            Municipality municipality,
            String patientSystem,
            String patientNumber,
            String planIdentifier,
            String status,
            LocalDate nextEvaluation,
            int goals,
            int tiltak) {

        public boolean dueForEvaluation(LocalDate until) {
            return "active".equals(status) && !nextEvaluation.isAfter(until);
        }

        /** The plan's resources of one type, in Bundle order. */
        public <T extends Resource> List<T> resources(Class<T> type) {
            return bundle.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(type::isInstance)
                    .map(type::cast)
                    .toList();
        }
    }

    private final class Builder {
        private final int index;
        private final SplittableRandom random;
        private final Bundle bundle = new Bundle();
        private final Map<String, String> registry = new LinkedHashMap<>();
        private final Municipality municipality;
        private final HealthTrust trust;
        private final String id;

        Builder(int index) {
            this.index = index;
            this.random = new SplittableRandom(seed * 1_000_003L + index);
            this.municipality = country.drawMunicipality(random);
            this.trust = municipality.trust;
            this.id = tag + "-" + index;
            bundle.setType(Bundle.BundleType.TRANSACTION);
        }

        GeneratedPlan build() {
            boolean child = random.nextInt(100) < 35;
            int age = child ? random.nextInt(1, 18) : random.nextInt(18, 90);
            boolean male = random.nextBoolean();
            LocalDate birthDate = asOf.minusYears(age).minusDays(random.nextInt(1, 365));
            boolean dNummer = random.nextInt(100) < 5;
            String patientSystem = dNummer ? DNR : FNR;
            String patientNumber =
                    dNummer ? numbers.dNummer(random, birthDate, male) : numbers.fodselsnummer(random, birthDate, male);
            String family = names.family(random);
            String given = names.given(random, male);

            LocalDate teamStart = asOf.minusDays(random.nextInt(20, 1500));
            LocalDate planStart = teamStart.plusDays(random.nextInt(0, 15));

            String kommune = org(municipality.kommune);
            String coordinatingUnit = org(municipality.coordinatingUnit);

            Patient patient = new Patient();
            profile(patient, "no-ip-Patient");
            patient.addIdentifier(new Identifier().setSystem(patientSystem).setValue(patientNumber));
            patient.addName(new HumanName().setFamily(family).addGiven(given));
            patient.setGender(male ? Enumerations.AdministrativeGender.MALE : Enumerations.AdministrativeGender.FEMALE);
            patient.setBirthDateElement(date(birthDate));
            patient.addAddress(new Address()
                    .addLine(names.family(random) + "veien " + random.nextInt(1, 120))
                    .setPostalCode(String.format("%04d", random.nextInt(1, 10_000)))
                    .setCity(municipality.name));
            String patientRef = add(patient, "Patient", patientSystem + "|" + patientNumber);

            // Relatives: the parents of a child (the first consents on the child's behalf), a spouse or sibling.
            List<String> relatives = new ArrayList<>();
            int relativeCount = child ? random.nextInt(1, 3) : (random.nextInt(100) < 55 ? 1 : 0);
            boolean firstParentMale = random.nextInt(100) < 30;
            for (int r = 0; r < relativeCount; r++) {
                boolean relativeMale = child ? firstParentMale != (r == 1) : !male;
                String relationship = child ? (relativeMale ? "FTH" : "MTH") : (random.nextBoolean() ? "SPS" : "SIS");
                LocalDate relativeBirth = child
                        ? birthDate.minusYears(random.nextInt(22, 45))
                        : birthDate.plusYears(random.nextInt(-5, 6)).plusDays(random.nextInt(0, 300));
                if (relativeBirth.isAfter(asOf.minusYears(18))) {
                    relativeBirth = asOf.minusYears(18 + random.nextInt(30));
                }
                RelatedPerson relative = new RelatedPerson();
                profile(relative, "no-ip-RelatedPerson");
                relative.addIdentifier(new Identifier()
                        .setSystem(FNR)
                        .setValue(numbers.fodselsnummer(random, relativeBirth, relativeMale)));
                String localId = "p-" + id + "-" + (r + 1);
                relative.addIdentifier(new Identifier()
                        .setSystem(municipality.idBase + "parorende")
                        .setValue(localId));
                relative.setActive(true);
                relative.setPatient(new Reference(patientRef));
                relative.addRelationship(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", relationship, null)));
                relative.addName(new HumanName()
                        .setFamily(child ? family : names.family(random))
                        .addGiven(names.given(random, relativeMale)));
                relatives.add(add(relative, "RelatedPerson", municipality.idBase + "parorende|" + localId));
            }

            // The ansvarsgruppe: koordinator(s) and 3–8 services in all.
            List<Staff> coordinators = new ArrayList<>();
            int coordinatorCount = random.nextInt(100) < 70 ? 1 : (random.nextInt(100) < 75 ? 2 : 3);
            if (teamStart.until(asOf, ChronoUnit.DAYS) < 40) {
                coordinatorCount = 1;
            }
            while (coordinators.size() < coordinatorCount) {
                Staff candidate = random.nextInt(100) < 85 ? pick(municipality.careStaff) : pick(trust.staff);
                if (!coordinators.contains(candidate)) {
                    coordinators.add(candidate);
                }
            }
            Staff coordinator = coordinators.get(coordinators.size() - 1);
            List<Staff> services = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            // 3–8 services take part in all, the koordinators (past and present) counted.
            int serviceCount = Math.max(1, random.nextInt(3, 9) - coordinatorCount);
            Staff gp = random.nextInt(100) < 70 ? pick(municipality.gps) : null;
            if (gp != null) {
                services.add(gp);
                roles.add("fastlege");
            }
            while (services.size() < serviceCount) {
                Staff service;
                int kind = random.nextInt(100);
                if (kind < 40) {
                    service = pick(municipality.careStaff);
                } else if (kind < 65) {
                    service = pick(trust.staff);
                } else if (child) {
                    service = age >= 6 ? pick(municipality.teachers) : null;
                } else {
                    service = age <= 67 ? pick(municipality.navAdvisors) : pick(municipality.careStaff);
                }
                if (service != null && !services.contains(service) && !coordinators.contains(service)) {
                    services.add(service);
                    roles.add("tjenesteyter");
                }
            }

            CareTeam team = new CareTeam();
            profile(team, "no-ip-CareTeam");
            String teamId = "ag-" + id;
            team.addIdentifier(new Identifier()
                    .setSystem(municipality.idBase + "ansvarsgruppe")
                    .setValue(teamId));
            team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
            team.setName("Ansvarsgruppe for " + given + " " + family);
            team.setSubject(new Reference(patientRef));
            team.setPeriod(new Period().setStartElement(day(teamStart)));
            team.addManagingOrganization(new Reference(coordinatingUnit));
            participant(team, "pasient", patientRef, teamStart, null);
            for (int r = 0; r < relatives.size(); r++) {
                participant(team, child && r == 0 ? "verge" : "parorende", relatives.get(r), teamStart, null);
            }
            // Koordinator periods follow each other without a gap: each handover is the next one's first day.
            LocalDate from = teamStart.plusDays(random.nextInt(0, 10));
            long span = from.until(asOf, ChronoUnit.DAYS);
            List<String> coordinatorRoles = new ArrayList<>();
            for (int c = 0; c < coordinators.size(); c++) {
                boolean last = c == coordinators.size() - 1;
                LocalDate until = last ? null : from.plusDays(Math.max(1, span / coordinators.size()) - 1);
                String role = staff(coordinators.get(c));
                coordinatorRoles.add(role);
                participant(team, "koordinator", role, from, until);
                if (!last) {
                    from = until.plusDays(1);
                }
            }
            String coordinatorRole = coordinatorRoles.get(coordinatorRoles.size() - 1);
            List<String> serviceRoles = new ArrayList<>();
            for (int s = 0; s < services.size(); s++) {
                String role = staff(services.get(s));
                serviceRoles.add(role);
                boolean ended = random.nextInt(100) < 10;
                LocalDate start = teamStart.plusDays(random.nextInt(0, 30));
                participant(
                        team,
                        roles.get(s),
                        role,
                        start.isAfter(asOf) ? asOf : start,
                        ended && start.isBefore(asOf.minusDays(2)) ? asOf.minusDays(1) : null);
            }
            if (child && age < 6) {
                String kindergarten = org(municipality.kindergarten);
                participant(team, "tjenesteyter", kindergarten, teamStart, null);
            }
            participant(team, "koordinerende-enhet", coordinatingUnit, teamStart, null);
            String teamRef = add(team, "CareTeam", municipality.idBase + "ansvarsgruppe|" + teamId);

            // Consent: the patient's, or a parent's on a child's behalf.
            Consent consent = new Consent();
            profile(consent, "no-ip-Consent");
            String consentId = "s-" + id;
            consent.addIdentifier(
                    new Identifier().setSystem(municipality.idBase + "samtykke").setValue(consentId));
            consent.setStatus(Consent.ConsentState.ACTIVE);
            consent.setScope(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null)));
            consent.addCategory(new CodeableConcept(new Coding(CS + "no-ip-samtykketype", "individuell-plan", null)));
            consent.setPatient(new Reference(patientRef));
            consent.setDateTimeElement(dateTime(teamStart, 10));
            consent.addPerformer(new Reference(child ? relatives.get(0) : patientRef));
            consent.addOrganization(new Reference(kommune));
            consent.addPolicy().setUri("https://lovdata.no/forskrift/2011-12-16-1256");
            Consent.ProvisionComponent provision = consent.getProvision();
            provision.setType(Consent.ConsentProvisionType.PERMIT);
            provision.setPeriod(new Period().setStartElement(day(teamStart)));
            Consent.ProvisionComponent permit = provision.addProvision().setType(Consent.ConsentProvisionType.PERMIT);
            permit.addActor()
                    .setRole(new CodeableConcept(
                            new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", null)))
                    .setReference(new Reference(teamRef));
            permit.addAction(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/consentaction", "access", null)));
            if (services.stream().anyMatch(s -> s.organisation == municipality.nav) && random.nextBoolean()) {
                Consent.ProvisionComponent deny = provision.addProvision().setType(Consent.ConsentProvisionType.DENY);
                deny.addActor()
                        .setRole(new CodeableConcept(
                                new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", null)))
                        .setReference(new Reference(org(municipality.nav)));
                deny.addAction(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/consentaction", "access", null)));
                deny.addClass_(new Coding("http://hl7.org/fhir/resource-types", "Observation", null));
            }
            String consentRef = add(consent, "Consent", municipality.idBase + "samtykke|" + consentId);

            // Needs and resources, then goals that address them.
            int goalCount = random.nextInt(2, 7);
            List<String[]> areas = new ArrayList<>();
            for (int g = 0; g < goalCount; g++) {
                areas.add(PlanTexts.AREAS[random.nextInt(PlanTexts.AREAS.length)]);
            }
            List<String> needs = new ArrayList<>();
            int needCount = Math.min(goalCount, random.nextInt(1, 4));
            for (int n = 0; n < needCount; n++) {
                needs.add(condition("behov", areas.get(n)[1], patientRef, planStart, n + 1));
            }
            if (random.nextBoolean()) {
                condition(
                        "ressurs",
                        PlanTexts.RESOURCES[random.nextInt(PlanTexts.RESOURCES.length)],
                        patientRef,
                        planStart,
                        needCount + 1);
            }

            List<String> goals = new ArrayList<>();
            List<Goal> goalResources = new ArrayList<>();
            for (int g = 0; g < goalCount; g++) {
                String[] area = areas.get(g);
                Goal goal = new Goal();
                profile(goal, "no-ip-Goal");
                String goalId = "m-" + id + "-" + (g + 1);
                goal.addIdentifier(
                        new Identifier().setSystem(municipality.idBase + "mal").setValue(goalId));
                goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
                goal.addCategory(new CodeableConcept(new Coding(CS + "no-ip-funksjonsomrade", area[0], null)));
                boolean patientsOwn = g == 0 || random.nextInt(100) < 55;
                goal.setDescription(new CodeableConcept()
                        .setText(
                                patientsOwn
                                        ? area[2]
                                        : area[2].replace("Jeg vil", "Pasienten skal")
                                                .replace("Vi vil", "Familien skal"))
                        .addCoding(new Coding("http://hl7.org/fhir/sid/icf", area[3], null)));
                goal.setSubject(new Reference(patientRef));
                LocalDate goalStart = planStart.plusDays(random.nextInt(0, 30));
                goal.setStart(date(goalStart.isAfter(asOf) ? asOf : goalStart));
                goal.addTarget().setDue(date(goalStart.plusDays(random.nextInt(120, 540))));
                goal.setExpressedBy(new Reference(patientsOwn ? patientRef : coordinatorRole));
                goal.addAddresses(new Reference(needs.get(g % needs.size())));
                goals.add(add(goal, "Goal", municipality.idBase + "mal|" + goalId));
                goalResources.add(goal);
            }

            // Evaluation history: about every three months since the goal was set, the latest one on the goal.
            int evaluationNumber = 0;
            for (int g = 0; g < goals.size(); g++) {
                Goal goal = goalResources.get(g);
                LocalDate at = toLocalDate(goal.getStartDateType()).plusDays(random.nextInt(80, 100));
                String latest = "in-progress";
                for (int round = 0; round < 3 && at.isBefore(asOf); round++) {
                    latest = ACHIEVEMENT[random.nextInt(ACHIEVEMENT.length)];
                    Observation evaluation = new Observation();
                    profile(evaluation, "no-ip-GoalEvaluation");
                    String evaluationId = "e-" + id + "-" + (++evaluationNumber);
                    evaluation.addIdentifier(new Identifier()
                            .setSystem(municipality.idBase + "evaluering")
                            .setValue(evaluationId));
                    evaluation.setStatus(Observation.ObservationStatus.FINAL);
                    evaluation.setCode(
                            new CodeableConcept(new Coding(CS + "no-ip-evalueringstype", "maloppnaelse", null)));
                    evaluation.setSubject(new Reference(patientRef));
                    evaluation.addFocus(new Reference(goals.get(g)));
                    evaluation.setEffective(dateTime(at, 9 + random.nextInt(7)));
                    evaluation.addPerformer(new Reference(random.nextBoolean() ? patientRef : coordinatorRole));
                    evaluation.setValue(new CodeableConcept(
                            new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", latest, null)));
                    evaluation
                            .addNote()
                            .setText(PlanTexts.EVALUATION_NOTES[random.nextInt(PlanTexts.EVALUATION_NOTES.length)]);
                    add(evaluation, "Observation", municipality.idBase + "evaluering|" + evaluationId);
                    at = at.plusDays(random.nextInt(80, 100));
                }
                goal.setAchievementStatus(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", latest, null)));
            }

            // Tiltak: each by a service on the team, for one or two goals.
            String planFullUrl = uuid();
            List<String> tiltak = new ArrayList<>();
            int tiltakCount = random.nextInt(3, 11);
            List<Staff> performers = new ArrayList<>(services);
            performers.add(coordinator);
            List<String> performerRoles = new ArrayList<>(serviceRoles);
            performerRoles.add(coordinatorRole);
            for (int t = 0; t < tiltakCount; t++) {
                int p = random.nextInt(performers.size());
                Staff performer = performers.get(p);
                String sector = performer.organisation.sector;
                List<String[]> fitting = new ArrayList<>();
                for (String[] candidate : PlanTexts.TILTAK) {
                    if (candidate[0].equals(sector)) {
                        fitting.add(candidate);
                    }
                }
                String[] text = fitting.get(random.nextInt(fitting.size()));
                ServiceRequest request = new ServiceRequest();
                profile(request, "no-ip-Tiltak");
                request.addExtension(new Extension(
                        "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal",
                        new Reference(goals.get(random.nextInt(goals.size())))));
                String tiltakId = "t-" + id + "-" + (t + 1);
                request.addIdentifier(new Identifier()
                        .setSystem(municipality.idBase + "tiltak")
                        .setValue(tiltakId));
                request.addBasedOn(new Reference(planFullUrl));
                request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
                request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
                request.addCategory(new CodeableConcept(new Coding(CS + "no-ip-tjenestesektor", sector, null)));
                request.setCode(new CodeableConcept().setText(text[1]));
                request.setSubject(new Reference(patientRef));
                LocalDate authored = planStart.plusDays(random.nextInt(0, 20));
                request.setAuthoredOnElement(dateTime(authored.isAfter(asOf) ? asOf : authored, 11));
                request.addPerformer(new Reference(org(performer.organisation)));
                request.addPerformer(new Reference(performerRoles.get(p)));
                Timing timing = new Timing();
                timing.getRepeat()
                        .setBounds(new Period()
                                .setStartElement(day(authored))
                                .setEndElement(day(authored.plusDays(random.nextInt(90, 365)))))
                        .setFrequency(random.nextInt(1, 4))
                        .setPeriod(1)
                        .setPeriodUnit(Timing.UnitsOfTime.WK);
                request.setOccurrence(timing);
                request.setQuantity(new Quantity()
                        .setValue(30 * random.nextInt(1, 7))
                        .setUnit("minutter per uke")
                        .setSystem("http://unitsofmeasure.org")
                        .setCode("min"));
                request.setPatientInstruction(text[2]);
                request.addReasonReference(new Reference(needs.get(random.nextInt(needs.size()))));
                tiltak.add(add(request, "ServiceRequest", municipality.idBase + "tiltak|" + tiltakId));
            }

            // The plan.
            CarePlan plan = new CarePlan();
            profile(plan, "no-ip-CarePlan");
            String status = random.nextInt(100) < 95 ? "active" : "draft";
            LocalDate nextEvaluation = asOf.plusDays(random.nextInt(-45, 150));
            plan.addExtension(new Extension(NEXT_EVALUATION, date(nextEvaluation)));
            plan.addExtension(new Extension(
                    PROFILE + "no-ip-needLevel",
                    new CodeableConcept(new Coding(
                            CS + "no-ip-behovsniva",
                            new String[] {"mindre", "middels", "omfattende"}[random.nextInt(3)],
                            null))));
            String planId = "ip-" + id;
            plan.addIdentifier(
                    new Identifier().setSystem(municipality.idBase + "plan").setValue(planId));
            plan.setStatus(CarePlan.CarePlanStatus.fromCode(status));
            plan.setIntent(CarePlan.CarePlanIntent.PLAN);
            plan.addCategory(new CodeableConcept(new Coding(CS + "no-ip-plankategori", "individuell-plan", null)));
            plan.setTitle("Individuell plan for " + given + " " + family);
            plan.setSubject(new Reference(patientRef));
            plan.setPeriod(new Period().setStartElement(day(planStart)));
            plan.setAuthor(new Reference(kommune));
            plan.addContributor(new Reference(patientRef));
            plan.addContributor(new Reference(coordinatorRole));
            plan.addCareTeam(new Reference(teamRef));
            plan.addSupportingInfo(new Reference(consentRef).setType("Consent"));
            needs.forEach(need -> plan.addAddresses(new Reference(need)));
            goals.forEach(goal -> plan.addGoal(new Reference(goal)));
            tiltak.forEach(t -> plan.addActivity().setReference(new Reference(t)));
            plan.setDescription("Individuell plan i " + municipality.name + " kommune.");
            add(plan, "CarePlan", municipality.idBase + "plan|" + planId, planFullUrl);

            // The report of need to the koordinerende enhet that started it all, some days or weeks before the
            // ansvarsgruppe. Drawn apart from the rest, so the plans stay what they were before reports existed.
            SplittableRandom reportRandom = new SplittableRandom(seed * 7_000_003L + index);
            EpisodeOfCare report = new EpisodeOfCare();
            profile(report, "no-ip-Behovsmelding");
            String reportId = "m-" + id;
            report.addIdentifier(new Identifier()
                    .setSystem(municipality.idBase + "behovsmelding")
                    .setValue(reportId));
            report.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
            report.addType(new CodeableConcept(new Coding(
                    CS + "no-ip-behovsmeldingstype",
                    reportRandom.nextInt(100) < 80 ? "individuell-plan" : "koordinator",
                    null)));
            report.setPatient(new Reference(patientRef));
            report.setManagingOrganization(new Reference(coordinatingUnit));
            report.setPeriod(new Period().setStartElement(day(teamStart.minusDays(reportRandom.nextInt(3, 120)))));
            report.addTeam(new Reference(teamRef));
            add(report, "EpisodeOfCare", municipality.idBase + "behovsmelding|" + reportId);

            return new GeneratedPlan(
                    index,
                    bundle,
                    municipality,
                    patientSystem,
                    patientNumber,
                    municipality.idBase + "plan|" + planId,
                    status,
                    nextEvaluation,
                    goalCount,
                    tiltakCount);
        }

        private String condition(String category, String text, String patientRef, LocalDate recorded, int n) {
            Condition condition = new Condition();
            profile(condition, "no-ip-Behov");
            String needId = "b-" + id + "-" + n;
            condition.addIdentifier(
                    new Identifier().setSystem(municipality.idBase + "behov").setValue(needId));
            condition.addCategory(new CodeableConcept(new Coding(CS + "no-ip-kartlegging", category, null)));
            condition.setClinicalStatus(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
            condition.setCode(new CodeableConcept().setText(text));
            condition.setSubject(new Reference(patientRef));
            condition.setRecordedDateElement(dateTime(recorded.isAfter(asOf) ? asOf : recorded, 10));
            return add(condition, "Condition", municipality.idBase + "behov|" + needId);
        }

        private void participant(CareTeam team, String role, String member, LocalDate start, LocalDate end) {
            CareTeam.CareTeamParticipantComponent participant = team.addParticipant();
            participant.addRole(new CodeableConcept(new Coding(CS + "no-ip-rolle", role, null)));
            participant.setMember(new Reference(member));
            Period period = new Period().setStartElement(day(start));
            if (end != null) {
                period.setEndElement(day(end));
            }
            participant.setPeriod(period);
        }

        /** The organisation's entry (and its parent's), added once per Bundle. */
        private String org(Org org) {
            String known = registry.get(org.orgnr);
            if (known != null) {
                return known;
            }
            String parent = org.partOf == null ? null : org(org.partOf);
            Organization organization = new Organization();
            profile(organization, "no-ip-Organization");
            organization.addIdentifier(new Identifier().setSystem(ORGNR).setValue(org.orgnr));
            if (org.kommunenummer != null) {
                organization.addIdentifier(new Identifier().setSystem(KOMMUNENR).setValue(org.kommunenummer));
            }
            if (org.herId != null) {
                organization.addIdentifier(new Identifier().setSystem(HERID).setValue(org.herId));
            }
            if (org.reshId != null) {
                organization.addIdentifier(new Identifier().setSystem(RESH).setValue(org.reshId));
            }
            organization.setName(org.name);
            organization.setActive(true);
            organization.addType(new CodeableConcept(new Coding(CS + "no-ip-tjenestesektor", org.sector, null)));
            if (parent != null) {
                organization.setPartOf(new Reference(parent));
            }
            String reference = add(organization, "Organization", ORGNR + "|" + org.orgnr);
            registry.put(org.orgnr, reference);
            return reference;
        }

        /** The practitioner's role entry (with the practitioner and the organisation), added once per Bundle. */
        private String staff(Staff staff) {
            String known = registry.get(staff.roleId);
            if (known != null) {
                return known;
            }
            String organisation = org(staff.organisation);
            Practitioner practitioner = new Practitioner();
            profile(practitioner, "no-ip-Practitioner");
            String condition;
            if (staff.healthPersonnel()) {
                practitioner.addIdentifier(new Identifier().setSystem(HPR).setValue(staff.hpr));
                practitioner
                        .addQualification()
                        .setCode(new CodeableConcept(new Coding(VOLVEN_9060, staff.category, null)));
                condition = HPR + "|" + staff.hpr;
            } else {
                practitioner.addIdentifier(new Identifier()
                        .setSystem(staff.idBase + "tjenesteyter")
                        .setValue(staff.localId));
                condition = staff.idBase + "tjenesteyter|" + staff.localId;
            }
            practitioner.addName(new HumanName().setFamily(staff.family).addGiven(staff.given));
            String practitionerRef = add(practitioner, "Practitioner", condition);
            PractitionerRole role = new PractitionerRole();
            profile(role, "no-ip-PractitionerRole");
            role.addIdentifier(
                    new Identifier().setSystem(staff.idBase + "rolle").setValue(staff.roleId));
            role.setActive(true);
            role.setPractitioner(new Reference(practitionerRef));
            role.setOrganization(new Reference(organisation));
            if (staff.healthPersonnel()) {
                role.addCode(new CodeableConcept(new Coding(VOLVEN_9060, staff.category, null)));
            }
            String reference = add(role, "PractitionerRole", staff.idBase + "rolle|" + staff.roleId);
            registry.put(staff.roleId, reference);
            return reference;
        }

        private String add(Resource resource, String type, String identifier) {
            return add(resource, type, identifier, uuid());
        }

        private String add(Resource resource, String type, String identifier, String fullUrl) {
            bundle.addEntry()
                    .setFullUrl(fullUrl)
                    .setResource(resource)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl(type)
                    .setIfNoneExist("identifier=" + identifier);
            return fullUrl;
        }

        private String uuid() {
            return "urn:uuid:"
                    + new UUID(
                            random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                            random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    private static void profile(Resource resource, String profile) {
        resource.getMeta().addProfile(PROFILE + profile);
    }

    private static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** A date-only period boundary. */
    private static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    private static LocalDate toLocalDate(org.hl7.fhir.r4.model.Type type) {
        return LocalDate.parse(((DateType) type).getValueAsString());
    }

    /** A time of day in Norwegian time, with its offset, as EHRs record it. */
    private static DateTimeType dateTime(LocalDate date, int hour) {
        ZonedDateTime at = date.atTime(hour, 0).atZone(OSLO);
        DateTimeType value = new DateTimeType(
                Date.from(at.toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(OSLO));
        return value;
    }
}
