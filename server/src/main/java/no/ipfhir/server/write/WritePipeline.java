package no.ipfhir.server.write;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.ipfhir.server.access.CareTeamChangeRule;
import no.ipfhir.server.access.ConsentChangeRule;
import no.ipfhir.server.access.PatientReassignmentGuard;
import no.ipfhir.server.access.PlanAuthorizationInterceptor;
import no.ipfhir.server.access.ReferenceReachabilityRule;
import no.ipfhir.server.config.StorageInterceptor;
import no.ipfhir.server.exchange.ProvenanceRecorder;
import no.ipfhir.server.exchange.SubscriptionEndpointGuard;
import no.ipfhir.server.exchange.SubscriptionOwnership;
import no.ipfhir.server.exchange.TopicSubscriptionRules;
import no.ipfhir.server.kernel.WriteRule;
import no.ipfhir.server.kernel.WriteStep;
import no.ipfhir.server.kernel.WriteStep.Phase;
import no.ipfhir.server.kernel.WriteStep.Switch;
import no.ipfhir.server.plan.NothingIsDeletedRule;
import no.ipfhir.server.validation.ProfileValidationInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where writes are checked: every resource a request creates, updates, patches or deletes
 * (also each transaction entry) goes through the {@link WriteStep}s in their declared order, each in its
 * phase, each under its switch. The first step that refuses throws, and the whole request rolls back;
 * the Provenance is recorded last, once everything else has passed (for a transaction Bundle, once every
 * entry has passed). It hooks the storage layer, where HAPI
 * calls it once for each resource written, and checks the writes of client requests only: what the server
 * writes for itself (its package, audit trail and Provenance) is not a client's write.
 */
@Interceptor
@Component
public class WritePipeline implements StorageInterceptor {

    /** Before HAPI's own checks on the storage layer (e.g. its subscription validation), which must not see what is refused here. */
    private static final int FIRST = -1000;

    private final Map<WriteStep, Consumer<Write>> steps = new EnumMap<>(WriteStep.class);
    private final ProvenanceRecorder provenance;
    private final boolean profilesOn;
    private final boolean rulesOn;

    public WritePipeline(
            PlanAuthorizationInterceptor access,
            NothingIsDeletedRule nothingIsDeleted,
            PatientReassignmentGuard staysWithItsPatient,
            CareTeamChangeRule teamChanges,
            ConsentChangeRule consentChanges,
            ReferenceReachabilityRule references,
            SubscriptionEndpointGuard subscriptionEndpoints,
            SubscriptionOwnership subscriptionOwners,
            TopicSubscriptionRules topicSubscriptions,
            ProfileValidationInterceptor profiles,
            List<WriteRule> rules,
            ProvenanceRecorder provenance,
            @Value("${fhir.validation.profiles:true}") boolean profilesOn,
            @Value("${fhir.validation.rules:true}") boolean rulesOn) {
        this.provenance = provenance;
        this.profilesOn = profilesOn;
        this.rulesOn = rulesOn;
        steps.put(WriteStep.ACCESS, write -> {
            switch (write.kind()) {
                case CREATE -> access.checkCreate(write.request(), write.resource());
                case UPDATE -> access.checkUpdate(write.request(), write.previous(), write.resource());
                case DELETE -> access.checkDelete(write.request(), write.resource());
            }
        });
        steps.put(WriteStep.REFERENCES_REACHABLE, write -> {
            if (write.kind() != Write.Kind.DELETE) {
                references.check(write.request(), write.resource());
            }
        });
        steps.put(WriteStep.NOTHING_IS_DELETED, write -> {
            if (write.kind() == Write.Kind.DELETE) {
                nothingIsDeleted.check(write.resource());
            }
        });
        steps.put(WriteStep.STAYS_WITH_ITS_PATIENT, write -> {
            if (write.kind() == Write.Kind.UPDATE) {
                staysWithItsPatient.check(write.request(), write.previous(), write.resource());
            }
        });
        steps.put(WriteStep.TEAM_CHANGED_BY_RESPONSIBLE, write -> {
            if (write.kind() != Write.Kind.DELETE) {
                teamChanges.check(write.request(), write.previous(), write.resource());
            }
        });
        steps.put(WriteStep.CONSENT_CHANGED_BY_PATIENT_OR_RESPONSIBLE, write -> {
            switch (write.kind()) {
                case CREATE -> consentChanges.check(write.request(), null, write.resource());
                case UPDATE -> consentChanges.check(write.request(), write.previous(), write.resource());
                case DELETE -> consentChanges.check(write.request(), write.resource(), write.resource());
            }
        });
        steps.put(WriteStep.SUBSCRIPTION_ENDPOINT_ALLOWED, write -> {
            if (write.kind() != Write.Kind.DELETE) {
                subscriptionEndpoints.check(write.resource());
            }
        });
        steps.put(
                WriteStep.SUBSCRIPTION_OWNED_BY_CALLER,
                write -> subscriptionOwners.check(
                        write.request(), write.previous(), write.resource(), write.kind() == Write.Kind.DELETE));
        steps.put(WriteStep.TOPIC_SUBSCRIPTION_VALID, write -> {
            if (write.kind() != Write.Kind.DELETE) {
                topicSubscriptions.check(write.resource());
            }
        });
        steps.put(WriteStep.PROFILE_VALID, write -> {
            if (write.kind() != Write.Kind.DELETE) {
                profiles.check(write.resource());
            }
        });
        for (WriteRule rule : rules) {
            if (rule.step().switchedBy() != Switch.RULES || steps.containsKey(rule.step())) {
                throw new IllegalStateException(rule.getClass().getName() + " claims write step " + rule.step()
                        + ", which is not a free rule step");
            }
            steps.put(rule.step(), write -> {
                if (write.kind() != Write.Kind.DELETE) {
                    rule.check(write.resource(), write.previous());
                }
            });
        }
        steps.put(WriteStep.PROVENANCE, write -> {
            if (write.kind() != Write.Kind.DELETE) {
                provenance.record(
                        write.resource(),
                        write.request(),
                        write.transaction(),
                        write.kind() == Write.Kind.CREATE ? "CREATE" : "UPDATE");
            }
        });
        for (WriteStep step : WriteStep.values()) {
            if (!steps.containsKey(step)) {
                throw new IllegalStateException("Write step " + step + " has no implementation");
            }
        }
    }

    @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = FIRST)
    public void beforeCreateStored(RequestDetails request, IBaseResource resource, TransactionDetails transaction) {
        run(Phase.BEFORE_STORAGE, new Write(Write.Kind.CREATE, resource, null, request, transaction));
    }

    @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = FIRST)
    public void beforeUpdateStored(
            RequestDetails request, IBaseResource previous, IBaseResource resource, TransactionDetails transaction) {
        run(Phase.BEFORE_STORAGE, new Write(Write.Kind.UPDATE, resource, previous, request, transaction));
    }

    @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED, order = FIRST)
    public void beforeDeleteStored(RequestDetails request, IBaseResource resource, TransactionDetails transaction) {
        run(Phase.BEFORE_STORAGE, new Write(Write.Kind.DELETE, resource, null, request, transaction));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void beforeCreateCommitted(RequestDetails request, IBaseResource resource, TransactionDetails transaction) {
        run(Phase.BEFORE_COMMIT, new Write(Write.Kind.CREATE, resource, null, request, transaction));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void beforeUpdateCommitted(
            RequestDetails request, IBaseResource previous, IBaseResource resource, TransactionDetails transaction) {
        run(Phase.BEFORE_COMMIT, new Write(Write.Kind.UPDATE, resource, previous, request, transaction));
    }

    /** The end of a transaction Bundle, after every entry's steps and still inside its database transaction. */
    @Hook(Pointcut.STORAGE_TRANSACTION_PROCESSED)
    public void transactionProcessed(RequestDetails request, TransactionDetails transaction) {
        if (request instanceof ServletRequestDetails) {
            provenance.recordTransaction(transaction);
        }
    }

    private void run(Phase phase, Write write) {
        if (!(write.request() instanceof ServletRequestDetails)) {
            return;
        }
        for (WriteStep step : WriteStep.values()) {
            if (step.phase() == phase && isOn(step.switchedBy())) {
                steps.get(step).accept(write);
            }
        }
    }

    private boolean isOn(Switch switchedBy) {
        return switch (switchedBy) {
            case PROFILES -> profilesOn;
            case RULES -> rulesOn;
            case SECURITY, ALWAYS -> true;
        };
    }
}
