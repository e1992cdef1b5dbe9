package no.ipfhir.server.plan;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * What the cross-resource rules read: resources a plan refers to, and searches over stored ones.
 * Reads run inside the writing transaction (the rules are pre-commit hooks), so they see what the
 * same transaction Bundle has just written.
 */
@Component
public class StoredResources {

	private final DaoRegistry daoRegistry;

	public StoredResources(DaoRegistry daoRegistry) {
		this.daoRegistry = daoRegistry;
	}

	/** The resource a literal reference ({@code Type/id}) points at, if it is stored. */
	public Optional<IBaseResource> resolve(Reference reference) {
		if (reference == null || !reference.hasReference()) {
			return Optional.empty();
		}
		IdType id = new IdType(reference.getReference());
		if (!id.hasResourceType() || !id.hasIdPart() || id.isAbsolute() || !daoRegistry.isResourceTypeSupported(id.getResourceType())) {
			return Optional.empty();
		}
		try {
			return Optional.of(daoRegistry.getResourceDao(id.getResourceType()).read(id.toVersionless(), systemRequest()));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		}
	}

	public List<IBaseResource> search(String resourceType, SearchParameterMap query) {
		query.setLoadSynchronous(true);
		return daoRegistry.getResourceDao(resourceType).search(query, systemRequest()).getAllResources();
	}

	private static RequestDetails systemRequest() {
		return new SystemRequestDetails();
	}
}
