package no.ipfhir.server.kernel;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads stored resources as the server itself, past every access rule: what the rules, the access
 * decision and the notification filter need to look at. Inside a write it runs in the writing
 * transaction, so it sees what the same transaction Bundle has just written. Never hand what it reads
 * to a caller: that is what the access rules are for. The one implementation is {@link DaoSystemReader};
 * unit tests give the rules an in-memory one.
 */
public interface SystemReader {

    /** The current version of a stored resource; empty if it is not there or deleted. */
    Optional<IBaseResource> read(IIdType id);

    /** Every stored resource of a type that matches, unpaged. */
    List<IBaseResource> search(String resourceType, SearchParameterMap query);

    /** The resource a literal, local reference ({@code Type/id}) points at, if it is stored. */
    default Optional<IBaseResource> read(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        IdType id = new IdType(reference.getReference());
        if (!id.hasResourceType() || !id.hasIdPart() || id.isAbsolute()) {
            return Optional.empty();
        }
        return read(id);
    }

    /** The resource a reference points at, if it is stored and of this type. */
    default <T extends IBaseResource> Optional<T> read(Reference reference, Class<T> type) {
        return read(reference).filter(type::isInstance).map(type::cast);
    }

    default <T extends IBaseResource> Optional<T> read(String type, String id, Class<T> as) {
        return id == null
                ? Optional.empty()
                : read(new IdType(type, id)).filter(as::isInstance).map(as::cast);
    }

    /** Resources of a type whose reference parameter points at any of these ({@code Type/id}). */
    default List<IBaseResource> referringTo(String resourceType, String parameter, Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        ReferenceOrListParam any = new ReferenceOrListParam();
        references.forEach(reference -> any.add(new ReferenceParam(reference)));
        return search(resourceType, SearchParameterMap.newSynchronous().add(parameter, any));
    }
}
