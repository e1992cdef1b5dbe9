package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import no.ipfhir.server.config.ServerInterceptor;
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
 * ({@link ProvenanceAgents}). Find them with {@code Provenance?target=Goal/123} or
 * {@code Goal?_id=123&_revinclude=Provenance:target}.
 */
@Interceptor
@Component
public class ProvenanceRecorder implements ServerInterceptor {

	static final Set<String> PLAN_RESOURCES =
			Set.of("CarePlan", "CareTeam", "Goal", "ServiceRequest", "Consent", "Observation", "Condition");
	private static final String DATA_OPERATIONS = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";

	private final DaoRegistry daos;
	private final ProvenanceAgents agents;

	public ProvenanceRecorder(DaoRegistry daos, ProvenanceAgents agents, FhirContext fhirContext) {
		this.daos = daos;
		this.agents = agents;
		// The target names the version that was written, so the parser must keep versions in Provenance.target.
		Set<String> keepVersions = new HashSet<>(fhirContext.getParserOptions().getDontStripVersionsFromReferencesAtPaths());
		keepVersions.add("Provenance.target");
		fhirContext.getParserOptions().setDontStripVersionsFromReferencesAtPaths(keepVersions);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		record(resource, request, transaction, "CREATE");
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(
			IBaseResource oldResource, IBaseResource newResource, RequestDetails request, TransactionDetails transaction) {
		record(newResource, request, transaction, "UPDATE");
	}

	private void record(IBaseResource resource, RequestDetails request, TransactionDetails transaction, String operation) {
		if (!PLAN_RESOURCES.contains(resource.fhirType())) {
			return;
		}
		String target = resource.getIdElement().toUnqualified().getValue();
		// The endpoint shares the storage interceptor service, so HAPI calls storage hooks of a request twice
		// (once as a server interceptor, once as a storage interceptor): record each version once.
		String recorded = "ip-fhir-provenance:" + target;
		if (transaction.getUserData(recorded) != null) {
			return;
		}
		transaction.putUserData(recorded, Boolean.TRUE);
		Provenance provenance = new Provenance();
		provenance.addTarget(new Reference(target));
		provenance.setRecorded(new Date());
		provenance.setActivity(new CodeableConcept(new Coding(DATA_OPERATIONS, operation, null)));
		agents.agentsOf(request).forEach(agent -> provenance.addAgent(agent.copy()));
		daos.getResourceDao(Provenance.class).create(provenance, new SystemRequestDetails());
	}
}
