package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The Care Plan Service (IHE DCP) and Care Team Service (IHE DCTM) behaviour the server commits to. */
class CareServicesIT extends FhirIntegrationTest {

    @Test
    void capabilityStatementDeclaresTheCarePlanAndCareTeamServices() {
        CapabilityStatement capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getInstantiates())
                .extracting(i -> i.getValue())
                .contains(CareServiceCapabilities.IHE_DCP_CARE_PLAN_SERVICE);
        CapabilityStatementRestResourceComponent plans = resource(capabilities, "CarePlan");
        assertThat(plans.getUpdateCreate()).isTrue();
        assertThat(plans.getConditionalUpdate()).isTrue();
        assertThat(plans.getSearchParam())
                .extracting(p -> p.getName())
                .contains("patient", "status", "category", "date", "care-team", "goal", "part-of", "identifier");
        assertThat(resource(capabilities, "CareTeam").getSearchParam())
                .extracting(p -> p.getName())
                .contains("patient", "status", "participant", "identifier");
        assertThat(resource(capabilities, "CareTeam").getUpdateCreate()).isTrue();
    }

    @Test
    void putWithAClientAssignedIdCreatesThePlan() {
        StoredPlan stored = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        CarePlan draft = stored.read(CarePlan.class, stored.id("CarePlan")).copy();
        String id = "ip-" + SyntheticIds.digits(12);
        draft.setId(id);
        draft.getMeta().setVersionId(null).setLastUpdated(null);
        draft.getIdentifierFirstRep().setValue(SyntheticIds.unique("plan"));
        draft.setStatus(CarePlan.CarePlanStatus.DRAFT);

        HttpResponse<String> created = put("CarePlan/" + id, draft);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(stored.read(CarePlan.class, "CarePlan/" + id).getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
    }

    @Test
    void conditionalUpdateOnThePlansIdentifierUpdatesIt() {
        StoredPlan stored = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        CarePlan plan = stored.read(CarePlan.class, stored.id("CarePlan"));
        plan.setTitle("Individuell plan, revidert i ansvarsgruppemøte");
        plan.setIdElement(null);
        String identifier = plan.getIdentifierFirstRep().getSystem() + "|"
                + plan.getIdentifierFirstRep().getValue();

        HttpResponse<String> updated = put(
                "CarePlan?identifier="
                        + java.net.URLEncoder.encode(identifier, java.nio.charset.StandardCharsets.UTF_8),
                plan);

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(stored.read(CarePlan.class, stored.id("CarePlan")).getMeta().getVersionId())
                .isEqualTo("2");
    }

    @Test
    void planSearchIteratesThroughTheTeamToItsParticipantsAndRevincludesProvenance() {
        StoredPlan stored = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        String planId = stored.id("CarePlan").substring("CarePlan/".length());

        Bundle result = client().search()
                .byUrl("CarePlan?_id=" + planId + "&_include=CarePlan:care-team&_include:iterate=CareTeam:participant"
                        + "&_revinclude=Provenance:target")
                .returnBundle(Bundle.class)
                .execute();

        List<String> types = result.getEntry().stream()
                .map(e -> e.getResource())
                .map(Resource::fhirType)
                .toList();
        assertThat(types)
                .contains("CarePlan", "CareTeam", "PractitionerRole", "RelatedPerson", "Patient", "Provenance");
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement capabilities, String type) {
        return capabilities.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals(type))
                .findFirst()
                .orElseThrow();
    }
}
