package no.ipfhir.server.exchange;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import org.hl7.fhir.r4.model.Provenance;

/**
 * Who makes a change, as the agents of the Provenance recorded for it. The open-mode implementation
 * ({@link OpenModeProvenanceAgents}) takes them from the request; with logins, a {@code @Primary} bean takes
 * the user and their organisation from the access token instead.
 */
public interface ProvenanceAgents {

    List<Provenance.ProvenanceAgentComponent> agentsOf(RequestDetails request);
}
