package no.ipfhir.server.support;

import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Synthetic plans, goals, teams and patients for the integration tests. */
public final class PlanFixtures {

	public static final String PLAN_IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986";
	public static final String TEST_TEAM_SYSTEM = "https://ip-fhir.org/fhir/test/ansvarsgruppe";

	private PlanFixtures() {}

	public static Patient patient(String fodselsnummer) {
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(SyntheticIds.FNR_SYSTEM).setValue(fodselsnummer);
		patient.addName(new HumanName().setFamily("Testesen").addGiven("Kari"));
		patient.setGender(AdministrativeGender.FEMALE);
		return patient;
	}

	public static Goal goal(Reference patient, String description) {
		Goal goal = new Goal();
		goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
		goal.setDescription(new CodeableConcept().setText(description));
		goal.setSubject(patient);
		goal.setExpressedBy(patient);
		return goal;
	}

	public static CareTeam careTeam(Reference patient, String name) {
		CareTeam team = new CareTeam();
		team.addIdentifier().setSystem(TEST_TEAM_SYSTEM).setValue(SyntheticIds.unique("team"));
		team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
		team.setName(name);
		team.setSubject(patient);
		team.setPeriod(new Period().setStart(new Date()));
		team.addParticipant().setMember(patient);
		return team;
	}

	public static CarePlan carePlan(Reference patient, Reference careTeam, Reference... goals) {
		CarePlan plan = new CarePlan();
		plan.addIdentifier().setSystem(PLAN_IDENTIFIER_SYSTEM).setValue("urn:uuid:" + java.util.UUID.randomUUID());
		plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.setTitle("Individuell plan");
		plan.setSubject(patient);
		plan.setPeriod(new Period().setStart(new Date()));
		plan.addCareTeam(careTeam);
		for (Reference goal : goals) {
			plan.addGoal(goal);
		}
		return plan;
	}

	/**
	 * A transaction that creates a whole plan. The patient is created only if no patient has its
	 * fødselsnummer; the plan and its parts point at it with a conditional reference.
	 */
	public static Bundle wholePlanTransaction(String fodselsnummer, String... goalDescriptions) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String patientQuery = "Patient?identifier=" + SyntheticIds.FNR_SYSTEM + "|" + fodselsnummer;
		Reference patientReference = new Reference(patientQuery);

		bundle.addEntry()
				.setFullUrl(uuid())
				.setResource(patient(fodselsnummer))
				.getRequest()
				.setMethod(Bundle.HTTPVerb.POST)
				.setUrl("Patient")
				.setIfNoneExist("identifier=" + SyntheticIds.FNR_SYSTEM + "|" + fodselsnummer);

		String teamUrl = uuid();
		post(bundle, teamUrl, careTeam(patientReference, "Ansvarsgruppe"));

		Reference[] goalReferences = new Reference[goalDescriptions.length];
		for (int i = 0; i < goalDescriptions.length; i++) {
			String goalUrl = uuid();
			post(bundle, goalUrl, goal(patientReference, goalDescriptions[i]));
			goalReferences[i] = new Reference(goalUrl);
		}
		post(bundle, uuid(), carePlan(patientReference, new Reference(teamUrl), goalReferences));
		return bundle;
	}

	public static void post(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry()
				.setFullUrl(fullUrl)
				.setResource(resource)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.POST)
				.setUrl(resource.fhirType());
	}

	private static String uuid() {
		return "urn:uuid:" + java.util.UUID.randomUUID();
	}
}
