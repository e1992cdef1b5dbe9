package no.ipfhir.server.exchange;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.kernel.IpCodes;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Who made a change, from the validated token: the user ({@code fhirUser}, or the patient of a patient
 * app) and the organisation they act for (organisasjonsnummer or HER-id). Only where the token names no
 * one — security off, or a trusted back end acting for no organisation — does the client's own statement
 * ({@code X-Provenance}) count, as in open mode: a back end such as an integration engine states on
 * whose behalf it writes.
 */
@Component
@Primary
public class TokenProvenanceAgents implements ProvenanceAgents {

    private static final String PARTICIPANT_TYPES = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    private final CallerResolver callers;
    private final OpenModeProvenanceAgents statedByClient;

    public TokenProvenanceAgents(CallerResolver callers, OpenModeProvenanceAgents statedByClient) {
        this.callers = callers;
        this.statedByClient = statedByClient;
    }

    @Override
    public List<Provenance.ProvenanceAgentComponent> agentsOf(RequestDetails request) {
        Caller caller = request == null ? Caller.OPEN : callers.caller(request);
        if (caller.kind() == Caller.Kind.OPEN || caller.kind() == Caller.Kind.BACKEND) {
            return statedByClient.agentsOf(request);
        }
        Provenance.ProvenanceAgentComponent agent = new Provenance.ProvenanceAgentComponent();
        agent.setType(new CodeableConcept(new Coding(PARTICIPANT_TYPES, "author", "Author")));
        agent.setWho(who(caller));
        caller.organisationNumbers().stream()
                .findFirst()
                .or(() -> caller.herIds().stream().findFirst().map(herId -> "her:" + herId))
                .ifPresent(organisation -> agent.setOnBehalfOf(
                        organisation.startsWith("her:")
                                ? new Reference()
                                        .setIdentifier(new Identifier()
                                                .setSystem(IpCodes.HER_ID)
                                                .setValue(organisation.substring(4)))
                                : new Reference()
                                        .setIdentifier(new Identifier()
                                                .setSystem(IpCodes.ORGANISASJONSNUMMER)
                                                .setValue(organisation))));
        return List.of(agent);
    }

    private static Reference who(Caller caller) {
        if (caller.fhirUser() != null) {
            return new Reference(caller.fhirUser());
        }
        if (caller.kind() == Caller.Kind.PATIENT && caller.patientId() != null) {
            return new Reference("Patient/" + caller.patientId());
        }
        return new Reference().setDisplay("Klient " + caller.clientId() + " (bruker " + caller.subject() + ")");
    }
}
