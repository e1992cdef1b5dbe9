package no.ipfhir.server.plan;

import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/** Whose plan a resource belongs to: the patient that the plan, or a part of it, is about. */
public final class PlanSubjects {

	private PlanSubjects() {}

	/** {@code Patient/id} of the patient the resource is about, if it is a plan resource about a patient. */
	public static Optional<String> patientOf(IBaseResource resource) {
		Reference subject = null;
		if (resource instanceof Patient patient) {
			return Optional.of(patient.getIdElement().toUnqualifiedVersionless().getValue());
		} else if (resource instanceof CarePlan plan) {
			subject = plan.getSubject();
		} else if (resource instanceof CareTeam team) {
			subject = team.getSubject();
		} else if (resource instanceof Goal goal) {
			subject = goal.getSubject();
		} else if (resource instanceof ServiceRequest tiltak) {
			subject = tiltak.getSubject();
		} else if (resource instanceof Consent consent) {
			subject = consent.getPatient();
		} else if (resource instanceof Observation observation) {
			subject = observation.getSubject();
		} else if (resource instanceof Condition need) {
			subject = need.getSubject();
		}
		if (subject == null || !"Patient".equals(subject.getReferenceElement().getResourceType())) {
			return Optional.empty();
		}
		return Optional.of(versionless(subject));
	}

	/** A reference as {@code Type/id}, without base URL or version. */
	public static String versionless(Reference reference) {
		return reference.getReferenceElement().toUnqualifiedVersionless().getValue();
	}
}
