package no.ipfhir.server.validation;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The validator builds profile snapshots and terminology caches on first use, which makes the very
 * first writes slow. Once the server is ready it validates the guide's examples once, in the
 * background, so that those caches are warm before EHRs send plans; start-up does not wait for it.
 */
@Component
@ConditionalOnProperty(name = "fhir.validation.profiles", havingValue = "true", matchIfMissing = true)
public class ValidatorWarmup {

    private static final Logger log = LoggerFactory.getLogger(ValidatorWarmup.class);
    private static final List<String> EXAMPLES = List.of("ip-a-hjerneslag", "ip-b-barn");

    private final ProfileValidator validator;
    private final FhirContext fhirContext;

    public ValidatorWarmup(ProfileValidator validator, FhirContext fhirContext) {
        this.validator = validator;
        this.fhirContext = fhirContext;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(this::validateExamples, "validator-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void validateExamples() {
        long start = System.nanoTime();
        for (String example : EXAMPLES) {
            try (InputStream in =
                    getClass().getClassLoader().getResourceAsStream("fhir-package/examples/" + example + ".json")) {
                if (in == null) {
                    continue;
                }
                Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, in);
                for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                    validator.errors(
                            entry.getResource(),
                            IpPackage.profileFor(entry.getResource().fhirType())
                                    .map(List::of)
                                    .orElse(List.of()));
                }
            } catch (IOException | RuntimeException e) {
                log.warn(
                        "Validator warm-up with {} failed; the first writes will be slower: {}",
                        example,
                        e.getMessage());
            }
        }
        log.info("Validator warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
