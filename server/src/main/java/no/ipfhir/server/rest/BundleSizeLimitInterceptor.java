package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import no.ipfhir.server.config.FhirServerProperties;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * A transaction or batch Bundle has at most {@code fhir.server.max-bundle-entries} entries: a whole
 * plan is a few dozen resources, and a Bundle of many thousands would hold locks and memory for
 * everyone else. Larger ones are refused (413) before any entry is processed.
 */
@Interceptor
@Component
public class BundleSizeLimitInterceptor implements ServerInterceptor {

    private final int maxEntries;

    public BundleSizeLimitInterceptor(FhirServerProperties properties) {
        this.maxEntries = properties.maxBundleEntries();
    }

    @Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
    public void limit(IBaseBundle bundle) {
        int entries = ((Bundle) bundle).getEntry().size();
        if (entries > maxEntries) {
            String rule = "The Bundle has " + entries + " entries; this server takes at most " + maxEntries
                    + " in one Bundle.";
            throw new PayloadTooLargeException(
                    rule,
                    Outcomes.error(
                            IssueType.TOOCOSTLY,
                            "Bundle.entry",
                            rule,
                            "Split it into several Bundles (e.g. one per plan)."));
        }
    }
}
