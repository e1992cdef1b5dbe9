package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.ResourceVersionConflictResolutionStrategy;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import no.ipfhir.server.config.ServerInterceptor;
import org.springframework.stereotype.Component;

/**
 * A write that collided with another one committing at the same moment is run again, from the
 * start, in a new database transaction. Typical case: two plan Bundles that both conditionally
 * create the same municipality, practitioner or role: one of them loses on HAPI's unique index of
 * conditional-create URLs, and on the second attempt it finds the resource the other one created.
 * An EHR should not have to repeat a request that is valid and only met bad timing.
 *
 * <p>A request that states {@code If-Match} is not run again: it asked for one version, and whether
 * it still holds is for the client to decide (it gets 412).
 */
@Interceptor
@Component
public class ConcurrentWriteRetry implements ServerInterceptor {

    /** HAPI waits a random 0–250 ms × attempt between attempts, so five take at most ~2.5 s. */
    static final int MAX_RETRIES = 5;

    @Hook(Pointcut.STORAGE_VERSION_CONFLICT)
    public ResourceVersionConflictResolutionStrategy retry(RequestDetails request) {
        ResourceVersionConflictResolutionStrategy strategy = new ResourceVersionConflictResolutionStrategy();
        boolean versioned = request != null && request.getHeader(Constants.HEADER_IF_MATCH) != null;
        strategy.setRetry(!versioned);
        strategy.setMaxRetries(versioned ? 0 : MAX_RETRIES);
        return strategy;
    }
}
