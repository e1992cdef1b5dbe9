package no.ipfhir.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** An event whose references no longer resolve is stored with them as text, nothing else lost. */
class AuditTrailStoreTest {

    @Test
    void referencesBecomeTextAndIdentifiersStay() {
        AuditEvent event = new AuditEvent();
        event.addAgent()
                .setWho(new Reference("Practitioner/7")
                        .setIdentifier(new Identifier().setSystem("urn:test").setValue("sub-1")));
        event.addAgent().setWho(new Reference().setDisplay("ip-fhir-server"));
        event.addEntity().setWhat(new Reference("Observation/9"));

        AuditEvent stored = AuditTrailStore.withoutReferences(event);

        assertThat(stored.getAgent().get(0).getWho().hasReference()).isFalse();
        assertThat(stored.getAgent().get(0).getWho().getDisplay()).isEqualTo("Practitioner/7");
        assertThat(stored.getAgent().get(0).getWho().getIdentifier().getValue()).isEqualTo("sub-1");
        assertThat(stored.getAgent().get(1).getWho().getDisplay()).isEqualTo("ip-fhir-server");
        assertThat(stored.getAgent().get(1).getWho().hasIdentifier()).isFalse();
        assertThat(stored.getEntityFirstRep().getWhat().getDisplay()).isEqualTo("Observation/9");
        assertThat(stored.getEntityFirstRep().getWhat().hasReference()).isFalse();
    }
}
