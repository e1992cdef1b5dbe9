package no.ipfhir.server.trial;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.trial.TrialUsers.Role;
import no.ipfhir.server.trial.TrialUsers.TrialUser;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The plans the test users log in to: the guide's example plans A (Per Hansen, with his wife Anne
 * and koordinator Lise Berg) and B (Emma Larsen), stored at start-up when their patients are not on
 * record yet. They are the guide's transaction Bundles as published, so the README's tour, which
 * stores example A again, finds them and changes nothing.
 */
@Component
@Conditional(TrialIssuerCondition.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class TrialPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrialPlans.class);

    static final List<String> EXAMPLES = List.of("ip-a-hjerneslag", "ip-b-barn");

    private final DaoRegistry daos;
    private final SystemReader reader;
    private final FhirContext fhirContext;

    public TrialPlans(DaoRegistry daos, SystemReader reader, FhirContext fhirContext) {
        this.daos = daos;
        this.reader = reader;
        this.fhirContext = fhirContext;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<TrialUser> patients = TrialUsers.ALL.stream()
                .filter(user -> user.role() == Role.PATIENT)
                .toList();
        for (int i = 0; i < EXAMPLES.size(); i++) {
            TrialUser patient = patients.get(i);
            if (onRecord(patient)) {
                continue;
            }
            Bundle bundle = load(EXAMPLES.get(i));
            daos.getSystemDao().transaction(new SystemRequestDetails(), bundle);
            log.info(
                    "Stored example plan {} for test user {} ({})",
                    EXAMPLES.get(i),
                    patient.username(),
                    patient.name());
        }
    }

    private boolean onRecord(TrialUser patient) {
        return !reader.search(
                        "Patient",
                        SearchParameterMap.newSynchronous()
                                .add(
                                        "identifier",
                                        new TokenParam(patient.identifierSystem(), patient.identifierValue())))
                .isEmpty();
    }

    private Bundle load(String example) {
        try (InputStream json =
                getClass().getClassLoader().getResourceAsStream("fhir-package/examples/" + example + ".json")) {
            if (json == null) {
                throw new IllegalStateException("The FHIR package on the classpath has no example " + example);
            }
            return fhirContext.newJsonParser().parseResource(Bundle.class, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
