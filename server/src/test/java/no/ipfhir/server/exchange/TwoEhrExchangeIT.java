package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.List;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.NotificationReceiver;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * Example (a) as two EHRs live it: the hospital creates the plan and the ansvarsgruppe with its own physician
 * as koordinator, the municipality takes over as koordinator at discharge and later puts its physiotherapy on
 * hold. Each EHR is a real HTTP receiver subscribed for the plans its organisation takes part in; a third,
 * from an organisation that takes no part, hears nothing.
 */
class TwoEhrExchangeIT extends ExchangeTest {

    private static final String KOMMUNE_KE = "urn:uuid:00000000-0000-4000-8001-000000000002";
    private static final String SYKEHUS = "urn:uuid:00000000-0000-4000-8001-000000000004";
    private static final String LISE_BERG_KOMMUNE = "urn:uuid:00000000-0000-4000-8001-000000000010";
    private static final String KARI_LIE_SYKEHUS = "urn:uuid:00000000-0000-4000-8001-000000000012";
    private static final String ANSVARSGRUPPE = "urn:uuid:00000000-0000-4000-8001-000000000017";
    private static final String FYSIOTERAPI = "urn:uuid:00000000-0000-4000-8001-000000000027";
    private static final String PLAN = "urn:uuid:00000000-0000-4000-8001-000000000099";
    private static final String ROLE = "https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle";

    @Test
    void municipalityTakesOverAsKoordinatorAndOnlyTheParticipantsAreNotified() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        hospitalPhysicianIsKoordinator(example);
        String hospitalOrgnr = orgnr(example, SYKEHUS);
        String municipalityOrgnr = orgnr(example, KOMMUNE_KE);

        try (NotificationReceiver hospital = NotificationReceiver.started(fhirContext);
                NotificationReceiver municipality = NotificationReceiver.started(fhirContext);
                NotificationReceiver outsider = NotificationReceiver.started(fhirContext)) {
            subscribeToThePlan(hospital, hospitalOrgnr);
            subscribeToThePlan(municipality, municipalityOrgnr);
            subscribeToThePlan(outsider, SyntheticIds.organisasjonsnummer());

            // The hospital creates the plan and the team, with Kari Lie as koordinator.
            Bundle created = clientActingAs(person("Kari Lie"), organisation(hospitalOrgnr))
                    .transaction()
                    .withBundle(example)
                    .execute();
            IIdType plan = created(created, indexOf(example, PLAN));
            IIdType team = created(created, indexOf(example, ANSVARSGRUPPE));
            IIdType fysioterapi = created(created, indexOf(example, FYSIOTERAPI));
            IIdType kariLie = created(created, indexOf(example, KARI_LIE_SYKEHUS));
            IIdType liseBerg = created(created, indexOf(example, LISE_BERG_KOMMUNE));
            for (NotificationReceiver participant : List.of(hospital, municipality)) {
                participant.awaitFocus(plan.withVersion("1").getValue(), DELIVERY);
                participant.awaitFocus(team.withVersion("1").getValue(), DELIVERY);
                participant.awaitFocus(fysioterapi.withVersion("1").getValue(), DELIVERY);
            }

            java.util.Date beforeTakeover = new java.util.Date();

            // At discharge the municipality takes over: Kari Lie's time as koordinator ends, Lise Berg's begins.
            CareTeam ansvarsgruppe = client().read()
                    .resource(CareTeam.class)
                    .withId(team.getIdPart())
                    .execute();
            handOverKoordinator(ansvarsgruppe, kariLie, liseBerg);
            clientActingAs(person("Lise Berg"), organisation(municipalityOrgnr))
                    .update()
                    .resource(ansvarsgruppe)
                    .execute();
            hospital.awaitFocus(team.withVersion("2").getValue(), DELIVERY);
            municipality.awaitFocus(team.withVersion("2").getValue(), DELIVERY);

            // The municipality puts its physiotherapy on hold; the hospital hears of it.
            ServiceRequest tiltak = client().read()
                    .resource(ServiceRequest.class)
                    .withId(fysioterapi.getIdPart())
                    .execute();
            tiltak.setStatus(ServiceRequest.ServiceRequestStatus.ONHOLD);
            clientActingAs(person("Lise Berg"), organisation(municipalityOrgnr))
                    .update()
                    .resource(tiltak)
                    .execute();
            hospital.awaitFocus(fysioterapi.withVersion("2").getValue(), DELIVERY);

            sleep(2_000);
            assertThat(outsider.received()).isEmpty();

            // History and Provenance tell who changed the team, and which version.
            Bundle history = client().history()
                    .onInstance(team)
                    .returnBundle(Bundle.class)
                    .execute();
            assertThat(history.getEntry()).hasSize(2);
            List<Provenance> provenance = provenanceOf(team);
            assertThat(provenance)
                    .extracting(p -> versionOf(p, team))
                    .containsExactlyInAnyOrder(
                            team.withVersion("1").getValue(),
                            team.withVersion("2").getValue());
            assertThat(provenance)
                    .extracting(p -> versionOf(p, team) + " "
                            + p.getAgentFirstRep()
                                    .getOnBehalfOf()
                                    .getIdentifier()
                                    .getValue())
                    .containsExactlyInAnyOrder(
                            team.withVersion("1").getValue() + " " + hospitalOrgnr,
                            team.withVersion("2").getValue() + " " + municipalityOrgnr);

            // The summary shows the new koordinator; the plan as it was before the hand-over, the old one.
            Bundle summary = summary(plan, null);
            assertThat(summary.getEntry())
                    .extracting(e -> e.getResource().fhirType())
                    .contains(
                            "Composition", "CarePlan", "Goal", "ServiceRequest", "CareTeam", "Consent", "Observation");
            assertThat(teamSection(summary)).contains("Koordinator: Lise Berg");
            assertThat(teamSection(summary(plan, new DateTimeType(beforeTakeover, TemporalPrecisionEnum.MILLI))))
                    .contains("Koordinator: Kari Lie");
        }
    }

    private void subscribeToThePlan(NotificationReceiver ehr, String orgnr) {
        subscribe(
                "CarePlan?category=https://ip-fhir.org/fhir/CodeSystem/no-ip-plankategori|individuell-plan",
                ehr.url("/careplan"),
                orgnr);
        subscribe("CareTeam?status=active", ehr.url("/careteam"), orgnr);
        subscribe("ServiceRequest?intent=plan", ehr.url("/tiltak"), orgnr);
    }

    /** In the example Lise Berg is koordinator from the start; here the hospital's Kari Lie is, until discharge. */
    private static void hospitalPhysicianIsKoordinator(Bundle example) {
        CareTeam team = (CareTeam) ExamplePlans.entry(example, ANSVARSGRUPPE).getResource();
        for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
            String member = participant.getMember().getReference();
            if (LISE_BERG_KOMMUNE.equals(member)) {
                participant.setRole(List.of(role("tjenesteyter")));
            } else if (KARI_LIE_SYKEHUS.equals(member)) {
                participant.setRole(List.of(role("koordinator")));
                participant.getPeriod().setEndElement(null);
            }
        }
    }

    private static void handOverKoordinator(CareTeam team, IIdType kariLie, IIdType liseBerg) {
        String today = LocalDate.now().toString();
        for (CareTeam.CareTeamParticipantComponent participant : List.copyOf(team.getParticipant())) {
            String member = participant
                    .getMember()
                    .getReferenceElement()
                    .toUnqualifiedVersionless()
                    .getValue();
            if (member.equals(kariLie.toUnqualifiedVersionless().getValue())) {
                participant
                        .getPeriod()
                        .setEndElement(
                                new DateTimeType(LocalDate.now().minusDays(1).toString()));
                team.addParticipant()
                        .setMember(new Reference(member))
                        .setRole(List.of(role("tjenesteyter")))
                        .getPeriod()
                        .setStartElement(new DateTimeType(today));
            } else if (member.equals(liseBerg.toUnqualifiedVersionless().getValue())) {
                participant.setRole(List.of(role("koordinator")));
                participant.getPeriod().setStartElement(new DateTimeType(today));
            }
        }
    }

    /** The version of the resource that a Provenance names (it may name other resources of the plan too). */
    private static String versionOf(Provenance provenance, IIdType resource) {
        return provenance.getTarget().stream()
                .map(org.hl7.fhir.r4.model.Reference::getReference)
                .filter(reference ->
                        reference.startsWith(resource.toUnqualifiedVersionless().getValue() + "/_history/"))
                .findFirst()
                .orElse("none");
    }

    private List<Provenance> provenanceOf(IIdType target) {
        return client()
                .search()
                .byUrl("Provenance?target=" + target.toUnqualifiedVersionless().getValue())
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .stream()
                .map(e -> (Provenance) e.getResource())
                .toList();
    }

    private Bundle summary(IIdType plan, DateTimeType date) {
        Parameters parameters = new Parameters();
        if (date != null) {
            parameters.addParameter().setName("date").setValue(date);
        }
        return client().operation()
                .onInstance(plan.toUnqualifiedVersionless())
                .named("$ip-summary")
                .withParameters(parameters)
                .useHttpGet()
                .returnResourceType(Bundle.class)
                .execute();
    }

    private static String teamSection(Bundle summary) {
        Composition composition = (Composition) summary.getEntryFirstRep().getResource();
        return composition.getSection().stream()
                .filter(s -> s.getTitle().equals("Ansvarsgruppe og koordinator"))
                .findFirst()
                .orElseThrow()
                .getText()
                .getDivAsString();
    }

    private static CodeableConcept role(String code) {
        return new CodeableConcept(new Coding(ROLE, code, null));
    }

    private static Reference person(String name) {
        return new Reference().setDisplay(name);
    }

    private static String orgnr(Bundle example, String fullUrl) {
        Organization organisation =
                (Organization) ExamplePlans.entry(example, fullUrl).getResource();
        return organisation.getIdentifier().stream()
                .filter(i -> SyntheticIds.ORGNR_SYSTEM.equals(i.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static int indexOf(Bundle bundle, String fullUrl) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (fullUrl.equals(bundle.getEntry().get(i).getFullUrl())) {
                return i;
            }
        }
        throw new IllegalArgumentException(fullUrl);
    }
}
