package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * An example plan stored through one transaction: the Bundle sent, the server's response, and
 * the stored resources by type.
 */
public record StoredPlan(Bundle sent, Bundle response, IGenericClient client) {

    public static StoredPlan store(FhirContext fhirContext, IGenericClient client, String example) {
        Bundle sent = ExamplePlans.fresh(fhirContext, example);
        Bundle response = client.transaction().withBundle(sent).execute();
        return new StoredPlan(sent, response, client);
    }

    /** Versionless ids ({@code Type/id}) of the stored resources of a type, in Bundle order. */
    public List<String> ids(String type) {
        return response.getEntry().stream()
                .map(e -> e.getResponse().getLocation())
                .filter(location -> location.startsWith(type + "/"))
                .map(location -> location.replaceFirst("/_history/.*$", ""))
                .toList();
    }

    public String id(String type) {
        return ids(type).get(0);
    }

    public String patientId() {
        return id("Patient");
    }

    public String patientNumber() {
        return ExamplePlans.patientNumber(sent);
    }

    public <T extends Resource> T read(Class<T> type, String id) {
        return client.read().resource(type).withUrl(id).execute();
    }
}
