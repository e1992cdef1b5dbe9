package no.ipfhir.server.support;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.IQueryParameterType;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A {@link SystemReader} over resources held in memory, for unit tests of the kernel and the write rules
 * without Spring or a database. It answers the searches those make: reference parameters by the element
 * they index, tokens by system and code.
 */
public final class InMemoryReader implements SystemReader {

    private final Map<String, IBaseResource> stored = new LinkedHashMap<>();

    /** Where each reference search parameter the server uses points. */
    private static final Map<String, Function<IBaseResource, Stream<Reference>>> REFERENCES = Map.ofEntries(
            Map.entry("CareTeam.participant", r -> ((CareTeam) r)
                    .getParticipant().stream().map(CareTeam.CareTeamParticipantComponent::getMember)),
            Map.entry("CareTeam.participant-on-behalf-of", r -> ((CareTeam) r)
                    .getParticipant().stream().map(CareTeam.CareTeamParticipantComponent::getOnBehalfOf)),
            Map.entry("CareTeam.managing-organization", r -> ((CareTeam) r).getManagingOrganization().stream()),
            Map.entry("CarePlan.author", r -> Stream.of(((CarePlan) r).getAuthor())),
            Map.entry("CarePlan.contributor", r -> ((CarePlan) r).getContributor().stream()),
            Map.entry("CarePlan.subject", r -> Stream.of(((CarePlan) r).getSubject())),
            Map.entry("PractitionerRole.organization", r -> Stream.of(((PractitionerRole) r).getOrganization())),
            Map.entry("Consent.patient", r -> Stream.of(((Consent) r).getPatient())),
            Map.entry("CareTeam.subject", r -> Stream.of(((CareTeam) r).getSubject())),
            Map.entry("Observation.focus", r -> ((org.hl7.fhir.r4.model.Observation) r).getFocus().stream()),
            Map.entry("EpisodeOfCare.patient", r -> Stream.of(((org.hl7.fhir.r4.model.EpisodeOfCare) r).getPatient())));

    /**
     * The resources of a transaction Bundle as if stored: each gets the id of its {@code urn:uuid:} fullUrl, and
     * the references between them are rewritten to those ids.
     */
    public static InMemoryReader ofTransaction(org.hl7.fhir.r4.model.Bundle bundle) {
        Map<String, String> ids = new java.util.HashMap<>();
        for (var entry : bundle.getEntry()) {
            String uuid = entry.getFullUrl().substring(entry.getFullUrl().lastIndexOf(':') + 1);
            ids.put(entry.getFullUrl(), entry.getResource().fhirType() + "/" + uuid);
        }
        var terser = ca.uhn.fhir.context.FhirContext.forR4Cached().newTerser();
        InMemoryReader reader = new InMemoryReader();
        for (var entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            resource.setId(ids.get(entry.getFullUrl()));
            for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                String id = ids.get(reference.getReference());
                if (id != null) {
                    reference.setReference(id);
                }
            }
            reader.store(resource);
        }
        return reader;
    }

    public InMemoryReader store(Resource... resources) {
        for (Resource resource : resources) {
            stored.put(resource.getIdElement().toUnqualifiedVersionless().getValue(), resource);
        }
        return this;
    }

    @Override
    public Optional<IBaseResource> read(IIdType id) {
        return Optional.ofNullable(stored.get(id.toUnqualifiedVersionless().getValue()));
    }

    @Override
    public List<IBaseResource> search(String resourceType, SearchParameterMap query) {
        List<IBaseResource> found = new ArrayList<>();
        for (IBaseResource resource : stored.values()) {
            if (resource.fhirType().equals(resourceType) && matches(resource, query)) {
                found.add(resource);
            }
        }
        return found;
    }

    private static boolean matches(IBaseResource resource, SearchParameterMap query) {
        for (String parameter : query.keySet()) {
            for (List<IQueryParameterType> anyOf : query.get(parameter)) {
                if (anyOf.stream().noneMatch(value -> matches(resource, parameter, value))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean matches(IBaseResource resource, String parameter, IQueryParameterType value) {
        if (value instanceof ReferenceParam reference) {
            var path = REFERENCES.get(resource.fhirType() + "." + parameter);
            if (path == null) {
                throw new UnsupportedOperationException(
                        "No reference parameter " + resource.fhirType() + "." + parameter);
            }
            return path.apply(resource)
                    .anyMatch(r -> r.hasReference()
                            && r.getReferenceElement()
                                    .toUnqualifiedVersionless()
                                    .getValue()
                                    .equals(reference.getValue()));
        }
        if (value instanceof TokenParam token) {
            if (resource instanceof Organization organisation && parameter.equals("identifier")) {
                return organisation.getIdentifier().stream()
                        .anyMatch(id -> token.getSystem().equals(id.getSystem())
                                && token.getValue().equals(id.getValue()));
            }
            if (resource instanceof CarePlan plan && parameter.equals("status")) {
                return plan.getStatus().toCode().equals(token.getValue());
            }
            if (resource instanceof CarePlan plan && parameter.equals("category")) {
                return plan.getCategory().stream().anyMatch(c -> c.hasCoding(token.getSystem(), token.getValue()));
            }
            if (resource instanceof Consent consent && parameter.equals("status")) {
                return consent.getStatus().toCode().equals(token.getValue());
            }
        }
        throw new UnsupportedOperationException("No search " + resource.fhirType() + "." + parameter + " for " + value);
    }
}
