package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Agents for a server without logins: the client states who acts in the standard {@code X-Provenance} header
 * (a Provenance resource in JSON whose {@code agent}s are copied, e.g. the practitioner role and
 * {@code onBehalfOf} the organisation). A client that states nothing is recorded as an unidentified client,
 * with its User-Agent, so that the change is still on record.
 */
@Component
public class OpenModeProvenanceAgents implements ProvenanceAgents {

    static final String HEADER = "X-Provenance";
    private static final String PARTICIPANT_TYPES = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    private final FhirContext fhirContext;

    public OpenModeProvenanceAgents(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public List<Provenance.ProvenanceAgentComponent> agentsOf(RequestDetails request) {
        String stated = request == null ? null : request.getHeader(HEADER);
        if (stated != null && !stated.isBlank()) {
            return statedAgents(stated);
        }
        String userAgent = request == null ? null : request.getHeader("User-Agent");
        Provenance.ProvenanceAgentComponent agent = new Provenance.ProvenanceAgentComponent();
        agent.setType(new CodeableConcept(new Coding(PARTICIPANT_TYPES, "author", "Author")));
        agent.setWho(new Reference()
                .setDisplay("Uidentifisert klient"
                        + (userAgent == null || userAgent.isBlank() ? "" : " (" + userAgent + ")")));
        return List.of(agent);
    }

    private List<Provenance.ProvenanceAgentComponent> statedAgents(String json) {
        Provenance stated;
        try {
            stated = fhirContext.newJsonParser().parseResource(Provenance.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw new InvalidRequestException(
                    "The " + HEADER + " header must hold a Provenance resource in JSON: " + e.getMessage());
        }
        if (!stated.hasAgent() || stated.getAgent().stream().anyMatch(agent -> !agent.hasWho())) {
            throw new InvalidRequestException("The Provenance in the " + HEADER
                    + " header must name who acts: at least one agent, each with agent.who.");
        }
        return stated.getAgent();
    }
}
