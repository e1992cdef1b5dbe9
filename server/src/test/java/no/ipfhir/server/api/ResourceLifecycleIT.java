package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Create, read, update, vread and history for the resources an individual plan is made of. Each
 * new resource is a copy (with a new identifier) of one in a stored example plan, so it is valid and
 * refers to that plan's patient; the copied plan is a draft, as the patient's one active plan exists.
 */
class ResourceLifecycleIT extends FhirIntegrationTest {

    static Stream<Arguments> planResources() {
        return Stream.of(
                Arguments.of(Patient.class, (Consumer<Resource>)
                        r -> ((Patient) r).getNameFirstRep().setFamily("Nordmann")),
                Arguments.of(CarePlan.class, (Consumer<Resource>)
                        r -> ((CarePlan) r).setTitle("Individuell plan, revidert")),
                Arguments.of(
                        CareTeam.class, (Consumer<Resource>) r -> ((CareTeam) r).setName("Ansvarsgruppe, revidert")),
                Arguments.of(Goal.class, (Consumer<Resource>)
                        r -> ((Goal) r).setLifecycleStatus(Goal.GoalLifecycleStatus.COMPLETED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planResources")
    void createReadUpdateVreadAndHistoryKeepEveryVersion(Class<? extends Resource> type, Consumer<Resource> change) {
        IGenericClient client = client();
        StoredPlan plan = StoredPlan.store(fhirContext, client, ExamplePlans.STROKE_REHABILITATION);
        Resource resource = newCopy(plan, type);

        MethodOutcome created = client.create().resource(resource).execute();
        assertThat(created.getCreated()).isTrue();
        IIdType id = created.getId();
        assertThat(id.getVersionIdPart()).isEqualTo("1");

        Resource read = client.read().resource(type).withId(id.getIdPart()).execute();
        assertThat(read.getMeta().getVersionId()).isEqualTo("1");

        change.accept(read);
        MethodOutcome updated = client.update().resource(read).execute();
        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

        Resource version1 = client.read()
                .resource(type)
                .withIdAndVersion(id.getIdPart(), "1")
                .execute();
        Resource version2 = client.read()
                .resource(type)
                .withIdAndVersion(id.getIdPart(), "2")
                .execute();
        assertThat(version2.getMeta().getVersionId()).isEqualTo("2");
        assertThat(encode(version1)).isNotEqualTo(encode(version2));

        Bundle history = client.history()
                .onInstance(id.toVersionless())
                .returnBundle(Bundle.class)
                .execute();
        assertThat(history.getEntry())
                .extracting(e -> e.getResource().getMeta().getVersionId())
                .containsExactly("2", "1");
    }

    private static Resource newCopy(StoredPlan plan, Class<? extends Resource> type) {
        Resource copy = plan.read(type, plan.id(type.getSimpleName())).copy();
        copy.setId((String) null);
        copy.getMeta().setVersionId(null).setLastUpdated(null);
        if (copy instanceof Patient patient) {
            patient.getIdentifierFirstRep().setValue(SyntheticIds.fodselsnummer());
        } else if (copy instanceof CarePlan carePlan) {
            carePlan.getIdentifierFirstRep().setValue(SyntheticIds.unique("plan"));
            carePlan.setStatus(CarePlan.CarePlanStatus.DRAFT);
        } else if (copy instanceof CareTeam team) {
            team.getIdentifierFirstRep().setValue(SyntheticIds.unique("team"));
        } else if (copy instanceof Goal goal) {
            goal.getIdentifierFirstRep().setValue(SyntheticIds.unique("goal"));
        }
        return copy;
    }

    private String encode(Resource resource) {
        return fhirContext.newJsonParser().encodeResourceToString(resource);
    }
}
