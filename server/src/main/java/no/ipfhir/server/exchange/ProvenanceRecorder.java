package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.kernel.PatientOf;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Records Provenance in the same database transaction as the creates and updates of the resources that make
 * up a plan, so that "who changed the goal last Tuesday" has an answer: {@code target} names each version
 * written, {@code recorded} the time, {@code activity} CREATE or UPDATE and {@code agent} who acted
 * ({@link ProvenanceAgents}); the patient the resources are about is a target too. A single write gets one
 * Provenance; a transaction Bundle gets one per patient and activity, naming every version it wrote of that
 * patient's plan (a whole new plan: one Provenance). Find them with {@code Provenance?target=Goal/123} or
 * {@code Goal?_id=123&_revinclude=Provenance:target}.
 */
@Component
public class ProvenanceRecorder {

    /** The resource types a Provenance is recorded for: the plan resources. */
    public static final Set<String> PLAN_RESOURCES =
            Set.of("CarePlan", "CareTeam", "Goal", "ServiceRequest", "Consent", "Observation", "Condition");

    private static final String DATA_OPERATIONS = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    private static final String PENDING = ProvenanceRecorder.class.getName() + ".pending";

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

    /**
     * The write pipeline's last step, for each resource written: {@code operation} is CREATE or UPDATE. A single
     * write is recorded at once; the writes of a transaction Bundle are collected until
     * {@link #recordTransaction} names them all.
     */
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
        // The patient whose plan changed is a target too: that puts the Provenance in the patient's
        // compartment, so whoever reaches the plan reaches its history, and no one else.
        Group group = new Group(operation, new LinkedHashSet<>(patientOf.patients(resource)));
        if (!transaction.isFhirTransaction()) {
            store(group, List.of(target), agents.agentsOf(request));
            return;
        }
        Pending pending = transaction.getOrCreateUserData(PENDING, () -> new Pending(agents.agentsOf(request)));
        pending.targets.computeIfAbsent(group, g -> new ArrayList<>()).add(target);
    }

    /** At the end of a transaction Bundle, still inside its database transaction: what {@link #record} collected. */
    public void recordTransaction(TransactionDetails transaction) {
        Pending pending = transaction.getUserData(PENDING);
        if (pending == null) {
            return;
        }
        transaction.clearUserData(PENDING);
        pending.targets.forEach((group, targets) -> store(group, targets, pending.agents));
    }

    private void store(Group group, List<String> targets, List<Provenance.ProvenanceAgentComponent> who) {
        Provenance provenance = new Provenance();
        targets.forEach(target -> provenance.addTarget(new Reference(target)));
        group.patients().forEach(patient -> provenance.addTarget(new Reference(patient)));
        provenance.setRecorded(new Date());
        provenance.setActivity(new CodeableConcept(new Coding(DATA_OPERATIONS, group.operation(), null)));
        who.forEach(agent -> provenance.addAgent(agent.copy()));
        daos.getResourceDao(Provenance.class).create(provenance, new SystemRequestDetails());
    }

    /** Writes recorded by one Provenance: the same activity on the same patients' data. */
    private record Group(String operation, Set<String> patients) {}

    /** What a transaction Bundle wrote so far, and who wrote it (the same caller for every entry). */
    private static final class Pending {
        final List<Provenance.ProvenanceAgentComponent> agents;
        final Map<Group, List<String>> targets = new LinkedHashMap<>();

        Pending(List<Provenance.ProvenanceAgentComponent> agents) {
            this.agents = agents;
        }
    }
}
