package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.ipfhir.server.support.ExamplePlans;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** Every write of a plan's part leaves a Provenance naming the version, the time, the activity and who acted. */
class ProvenanceIT extends ExchangeTest {

    private static final String GOAL = "urn:uuid:00000000-0000-4000-8001-000000000022";
    /** The municipality that is responsible for the example plan and manages its team. */
    private static final String MUNICIPALITY = "urn:uuid:00000000-0000-4000-8001-000000000002";

    @Test
    void createAndUpdateOfAGoalRecordWhoChangedWhichVersion() {
        IIdType goal = createdGoal();
        Goal stored =
                client().read().resource(Goal.class).withId(goal.getIdPart()).execute();
        stored.getAchievementStatus().getCodingFirstRep().setCode("improving");
        clientActingAs(new Reference().setDisplay("Lise Berg"), organisation("991000038"))
                .update()
                .resource(stored)
                .execute();

        Bundle found = client().search()
                .byUrl("Goal?_id=" + goal.getIdPart() + "&_revinclude=Provenance:target")
                .returnBundle(Bundle.class)
                .execute();

        List<Provenance> provenance = found.getEntry().stream()
                .filter(e -> e.getResource() instanceof Provenance)
                .map(e -> (Provenance) e.getResource())
                .sorted((a, b) -> targetOf(a, goal).compareTo(targetOf(b, goal)))
                .toList();
        assertThat(provenance).hasSize(2);
        assertThat(targetOf(provenance.get(0), goal))
                .isEqualTo(goal.withVersion("1").getValue());
        assertThat(provenance.get(0).getActivity().getCodingFirstRep().getCode())
                .isEqualTo("CREATE");
        assertThat(provenance.get(0).getAgentFirstRep().getWho().getDisplay()).startsWith("Uidentifisert klient");
        assertThat(targetOf(provenance.get(1), goal))
                .isEqualTo(goal.withVersion("2").getValue());
        assertThat(provenance.get(1).getActivity().getCodingFirstRep().getCode())
                .isEqualTo("UPDATE");
        assertThat(provenance.get(1).getTarget())
                .extracting(Reference::getReference)
                .as("a single write: its version and its patient")
                .hasSize(2)
                .anyMatch(reference -> reference.startsWith("Patient/"));
        assertThat(provenance.get(1).getAgentFirstRep().getWho().getDisplay()).isEqualTo("Lise Berg");
        assertThat(provenance
                        .get(1)
                        .getAgentFirstRep()
                        .getOnBehalfOf()
                        .getIdentifier()
                        .getValue())
                .isEqualTo("991000038");
        assertThat(provenance.get(1).getRecorded()).isNotNull();
    }

    @Test
    void changeByAnEhrIsRecordedWithTheClientAndOrganisationFromItsTokenNotWhatItClaims() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        Bundle response = client().transaction().withBundle(example).execute();
        IIdType goal = created(response, example.getEntry().indexOf(ExamplePlans.entry(example, GOAL)))
                .toUnqualifiedVersionless();
        String municipality = ((org.hl7.fhir.r4.model.Organization)
                        ExamplePlans.entry(example, MUNICIPALITY).getResource())
                .getIdentifierFirstRep()
                .getValue();
        String token = issuer().token("user/*.cruds")
                .orgnr(municipality)
                .clientId("kommune-ehr")
                .sign();
        Goal stored = clientWith(token)
                .read()
                .resource(Goal.class)
                .withId(goal.getIdPart())
                .execute();
        stored.getAchievementStatus().getCodingFirstRep().setCode("improving");

        HttpResponse<String> updated =
                send(HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/Goal/" + goal.getIdPart()))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/fhir+json")
                        .header(
                                "X-Provenance",
                                fhirContext
                                        .newJsonParser()
                                        .encodeResourceToString(new Provenance()
                                                .addAgent(new Provenance.ProvenanceAgentComponent()
                                                        .setWho(new Reference().setDisplay("Someone else")))))
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                fhirContext.newJsonParser().encodeResourceToString(stored))));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        Provenance recorded = client()
                .search()
                .byUrl("Provenance?target=" + goal.withVersion("2").getValue())
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .stream()
                .map(e -> (Provenance) e.getResource())
                .filter(p -> p.getTarget().stream().anyMatch(t -> t.getReference()
                        .equals(goal.withVersion("2").getValue())))
                .findFirst()
                .orElseThrow();
        assertThat(recorded.getAgentFirstRep().getWho().getDisplay())
                .contains("kommune-ehr")
                .doesNotContain("Someone else");
        assertThat(recorded.getAgentFirstRep().getOnBehalfOf().getIdentifier().getValue())
                .isEqualTo(municipality);
    }

    @Test
    void aWholePlanStoredInOneTransactionHasOneProvenanceNamingEveryVersionWritten() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        Bundle response = client().transaction().withBundle(example).execute();
        List<String> planParts = new java.util.ArrayList<>();
        String patient = null;
        for (Bundle.BundleEntryComponent entry : response.getEntry()) {
            IIdType written =
                    new org.hl7.fhir.r4.model.IdType(entry.getResponse().getLocation());
            if (written.getResourceType().equals("Patient")) {
                patient = written.toUnqualifiedVersionless().getValue();
            } else if (ProvenanceRecorder.PLAN_RESOURCES.contains(written.getResourceType())) {
                planParts.add(written.toUnqualified().getValue());
            }
        }
        assertThat(planParts).hasSizeGreaterThan(5);

        List<Provenance> ofPatient = provenanceSearch("Provenance?target=" + patient);
        assertThat(ofPatient).hasSize(1);
        Provenance recorded = ofPatient.get(0);
        assertThat(recorded.getActivity().getCodingFirstRep().getCode()).isEqualTo("CREATE");
        assertThat(recorded.getTarget())
                .extracting(Reference::getReference)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(planParts.stream(), java.util.stream.Stream.of(patient))
                                .toList());
        // Every part finds it, by its id and through _revinclude.
        for (String part : planParts) {
            IIdType id = new org.hl7.fhir.r4.model.IdType(part);
            assertThat(provenanceSearch(
                            "Provenance?target=" + id.toVersionless().getValue()))
                    .extracting(Provenance::getIdElement)
                    .extracting(IIdType::getIdPart)
                    .as(part)
                    .containsExactly(recorded.getIdElement().getIdPart());
            assertThat(provenanceSearch(
                            id.getResourceType() + "?_id=" + id.getIdPart() + "&_revinclude=Provenance:target"))
                    .as(part)
                    .hasSize(1);
        }
    }

    @Test
    void provenanceHeaderThatNamesNoOneIsRefused() {
        IIdType goal = createdGoal();
        Goal stored =
                client().read().resource(Goal.class).withId(goal.getIdPart()).execute();
        stored.getAchievementStatus().getCodingFirstRep().setCode("improving");

        HttpResponse<String> response = send(request("/Goal/" + goal.getIdPart())
                .header("Content-Type", "application/fhir+json")
                .header("X-Provenance", "{\"resourceType\":\"Provenance\"}")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(stored))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome", "agent.who");
    }

    /** The target of the Provenance that names a version of this resource. */
    private static String targetOf(Provenance provenance, IIdType resource) {
        return provenance.getTarget().stream()
                .map(Reference::getReference)
                .filter(reference ->
                        reference.startsWith(resource.toVersionless().getValue() + "/_history/"))
                .findFirst()
                .orElseThrow();
    }

    private List<Provenance> provenanceSearch(String url) {
        return client().search().byUrl(url).returnBundle(Bundle.class).execute().getEntry().stream()
                .filter(e -> e.getResource() instanceof Provenance)
                .map(e -> (Provenance) e.getResource())
                .toList();
    }

    private IIdType createdGoal() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        Bundle response = client().transaction().withBundle(example).execute();
        return created(response, example.getEntry().indexOf(ExamplePlans.entry(example, GOAL)))
                .toUnqualifiedVersionless();
    }
}
