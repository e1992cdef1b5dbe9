package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import no.ipfhir.server.kernel.PatientOf;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Records a Provenance in the same database transaction as every create and update of a resource that makes
 * up a plan, so that "who changed the goal last Tuesday" has an answer: {@code target} is the new version,
 * {@code recorded} the time, {@code activity} CREATE or UPDATE and {@code agent} who acted
 * ({@link ProvenanceAgents}); the patient the resource is about is a second target. Find them with {@code Provenance?target=Goal/123} or
 * {@code Goal?_id=123&_revinclude=Provenance:target}.
 */
@Component
public class ProvenanceRecorder {

    static final Set<String> PLAN_RESOURCES =
            Set.of("CarePlan", "CareTeam", "Goal", "ServiceRequest", "Consent", "Observation", "Condition");
    private static final String DATA_OPERATIONS = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";

    private final DaoRegistry daos;
    private final ProvenanceAgents agents;
    private final PatientOf patientOf;

    public ProvenanceRecorder(DaoRegistry daos, ProvenanceAgents agents, FhirContext fhirContext, PatientOf patientOf) {
        this.daos = daos;
        this.agents = agents;
        this.patientOf = patientOf;
        // The target names the version that was written, so the parser must keep versions in Provenance.target.
        Set<String> keepVersions =
                new HashSet<>(fhirContext.getParserOptions().getDontStripVersionsFromReferencesAtPaths());
        keepVersions.add("Provenance.target");
        fhirContext.getParserOptions().setDontStripVersionsFromReferencesAtPaths(keepVersions);
    }

    /** The write pipeline's last step: {@code operation} is CREATE or UPDATE. */
    public void record(
            IBaseResource resource, RequestDetails request, TransactionDetails transaction, String operation) {
        if (!PLAN_RESOURCES.contains(resource.fhirType())) {
            return;
        }
        String target = resource.getIdElement().toUnqualified().getValue();
        // A transaction can write the same version through two entries (a conditional create matched by a
        // later entry); it is recorded once.
        String recorded = "ip-fhir-provenance:" + target;
        if (transaction.getUserData(recorded) != null) {
            return;
        }
        transaction.putUserData(recorded, Boolean.TRUE);
        Provenance provenance = new Provenance();
        provenance.addTarget(new Reference(target));
        // The patient whose plan changed is a target too: that puts the Provenance in the patient's
        // compartment, so whoever reaches the plan reaches its history, and no one else.
        patientOf.patients(resource).forEach(patient -> provenance.addTarget(new Reference(patient)));
        provenance.setRecorded(new Date());
        provenance.setActivity(new CodeableConcept(new Coding(DATA_OPERATIONS, operation, null)));
        agents.agentsOf(request).forEach(agent -> provenance.addAgent(agent.copy()));
        daos.getResourceDao(Provenance.class).create(provenance, new SystemRequestDetails());
    }
}
