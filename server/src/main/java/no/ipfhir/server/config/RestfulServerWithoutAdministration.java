package no.ipfhir.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import ca.uhn.fhir.rest.server.method.OperationMethodBinding;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * HAPI's endpoint without HAPI's administrative operations. HAPI's JPA providers bring them along
 * with the interactions this server does offer (transaction, history, read, search …), but here
 * nothing is expunged, merged or re-pointed, and reindexing is the server's own business. A call is
 * refused like an unknown operation (400), whoever makes it, and the CapabilityStatement does not
 * list them. HAPI binds some of them globally, where its API offers no way to unbind one, so they are
 * refused where HAPI picks the method for a request.
 */
public class RestfulServerWithoutAdministration extends RestfulServer {

    /** Operation names without the leading {@code $}. */
    static final Set<String> ADMINISTRATIVE_OPERATIONS = Set.of(
            "expunge",
            "hapi.fhir.merge",
            "hapi.fhir.undo-merge",
            "hapi.fhir.replace-references",
            "hapi.fhir.undo-replace-references",
            "mark-all-resources-for-reindexing",
            "perform-reindexing-pass",
            "reindex-terminology");

    public RestfulServerWithoutAdministration(FhirContext fhirContext) {
        super(fhirContext);
        registerInterceptor(new Unlisted());
    }

    @Override
    public BaseMethodBinding determineResourceMethod(RequestDetails request, String requestPath) {
        BaseMethodBinding binding = super.determineResourceMethod(request, requestPath);
        if (binding instanceof OperationMethodBinding operation && isAdministrative(operation.getName())) {
            throw new InvalidRequestException("This server does not offer the operation " + operation.getName()
                    + ": HAPI's administrative operations (expunge, merge, replace-references, reindexing) are switched off. "
                    + "See /fhir/metadata for the operations it offers.");
        }
        return binding;
    }

    static boolean isAdministrative(String operationName) {
        return operationName != null && ADMINISTRATIVE_OPERATIONS.contains(operationName.replaceFirst("^\\$", ""));
    }

    /** Removes the administrative operations from the generated CapabilityStatement. */
    public static final class Unlisted {
        @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
        public void unlist(IBaseConformance generated) {
            CapabilityStatement capabilities = (CapabilityStatement) generated;
            capabilities.getRest().forEach(rest -> {
                rest.getOperation().removeIf(operation -> isAdministrative(operation.getName()));
                rest.getResource().forEach(resource -> resource.getOperation()
                        .removeIf(operation -> isAdministrative(operation.getName())));
            });
        }
    }
}
