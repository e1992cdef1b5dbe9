package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.rest.server.messaging.BaseResourceMessage.OperationTypeEnum;
import java.util.Set;
import no.ipfhir.server.config.StorageInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.springframework.stereotype.Component;

/**
 * Writes every change to the notification outbox inside the transaction that makes it, so a change that is
 * committed is notified even if the server stops right after, and one that is rolled back is not. HAPI's own
 * matching of changes is switched off, because the outbox does it ({@link NotificationDispatcher}); HAPI still
 * sees changes to Subscriptions, which is how it activates them.
 */
@Interceptor
@Component
public class ChangeRecorder implements StorageInterceptor {

    /** Written by the server itself for every request; no one subscribes to it. */
    private static final Set<String> NOT_NOTIFIED = Set.of("AuditEvent");

    private final NotificationOutbox outbox;
    private final FhirContext fhirContext;

    public ChangeRecorder(NotificationOutbox outbox, FhirContext fhirContext) {
        this.outbox = outbox;
        this.fhirContext = fhirContext;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource) {
        if ("Subscription".equals(resource.fhirType())) {
            outbox.startSubscription(resource.getIdElement().getIdPart(), System.currentTimeMillis());
        }
        record(resource, OperationTypeEnum.CREATE);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource) {
        record(newResource, OperationTypeEnum.UPDATE);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deleted(IBaseResource resource) {
        record(resource, OperationTypeEnum.DELETE);
    }

    @Hook(Pointcut.SUBSCRIPTION_RESOURCE_MODIFIED)
    public boolean leaveMatchingToTheOutbox(ResourceModifiedMessage change) {
        return change.hasResourceType(fhirContext, "Subscription");
    }

    private void record(IBaseResource resource, OperationTypeEnum operation) {
        IIdType id = resource.getIdElement();
        if (NOT_NOTIFIED.contains(resource.fhirType()) || !id.hasIdPart() || !id.isVersionIdPartValidLong()) {
            return;
        }
        outbox.recordChange(
                resource.fhirType(),
                id.getIdPart(),
                id.getVersionIdPartAsLong(),
                operation.name(),
                System.currentTimeMillis());
    }
}
