package no.ipfhir.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.SmartScopes;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

/** The AuditEvent a request becomes, without a database. */
class AuditEventBuilderTest {

    private final String orgnr = SyntheticIds.organisasjonsnummer();
    private final Caller ehr = new Caller(
            Caller.Kind.ORGANISATION,
            new SmartScopes(List.of()),
            "user-1",
            "kommune-ehr",
            null,
            "Practitioner/p1",
            Set.of(orgnr),
            Set.of());

    @Test
    void aReadOfAPatientsPlanNamesThePatientTheUserAndTheOrganisation() {
        AuditEvent event = AuditEventWriter.event(
                new AuditedRequest(
                        ehr,
                        RestOperationTypeEnum.READ,
                        "http://x/fhir/CarePlan/1",
                        "CarePlan/1",
                        "CarePlan",
                        "10.0.0.1",
                        200,
                        null,
                        Set.of("Patient/p9")),
                "Patient/p9");

        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(event.getEntity())
                .extracting(entity -> entity.getWhat().getReference())
                .contains("Patient/p9", "CarePlan/1");
        assertThat(event.getAgent()).anySatisfy(agent -> {
            assertThat(agent.getRequestor()).isTrue();
            assertThat(agent.getWho().getReference()).isEqualTo("Practitioner/p1");
        });
        assertThat(event.getAgent()).anySatisfy(agent -> {
            assertThat(agent.getWho().getIdentifier().getSystem()).isEqualTo(IpCodes.ORGANISASJONSNUMMER);
            assertThat(agent.getWho().getIdentifier().getValue()).isEqualTo(orgnr);
        });
        assertThat(event.getAgent())
                .anySatisfy(agent -> assertThat(agent.getNetwork().getAddress()).isEqualTo("10.0.0.1"));
    }

    @Test
    void aRefusedReadNamesTheResourceWithoutReferringToIt() {
        AuditEvent event = AuditEventWriter.event(
                new AuditedRequest(
                        ehr,
                        RestOperationTypeEnum.READ,
                        "http://x/fhir/CarePlan/2",
                        "CarePlan/2",
                        "CarePlan",
                        "10.0.0.1",
                        404,
                        "not known",
                        Set.of()),
                null);

        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).isEqualTo("not known");
        assertThat(event.getEntity()).hasSize(1);
        assertThat(event.getEntityFirstRep().getWhat().hasReference()).isFalse();
        assertThat(event.getEntityFirstRep().getWhat().getDisplay()).isEqualTo("CarePlan/2");
    }

    @Test
    void aSearchRecordsItsQuery() {
        AuditEvent event = AuditEventWriter.event(
                new AuditedRequest(
                        ehr,
                        RestOperationTypeEnum.SEARCH_TYPE,
                        "http://x/fhir/Goal?patient=Patient/p9",
                        null,
                        "Goal",
                        "10.0.0.1",
                        200,
                        null,
                        Set.of("Patient/p9")),
                "Patient/p9");

        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
        assertThat(event.getEntity())
                .filteredOn(AuditEvent.AuditEventEntityComponent::hasQuery)
                .singleElement()
                .satisfies(entity -> assertThat(new String(entity.getQuery(), java.nio.charset.StandardCharsets.UTF_8))
                        .endsWith("Goal?patient=Patient/p9"));
    }
}
