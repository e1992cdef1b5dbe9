package no.ipfhir.server.kernel;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.springframework.stereotype.Component;

/** The {@link SystemReader} over HAPI's DAOs, with system request details. */
@Component
public class DaoSystemReader implements SystemReader {

    private final DaoRegistry daos;

    public DaoSystemReader(DaoRegistry daos) {
        this.daos = daos;
    }

    @Override
    public Optional<IBaseResource> read(IIdType id) {
        if (id == null
                || !id.hasResourceType()
                || !id.hasIdPart()
                || !daos.isResourceTypeSupported(id.getResourceType())) {
            return Optional.empty();
        }
        try {
            return Optional.of(daos.getResourceDao(id.getResourceType())
                    .read(id.toUnqualifiedVersionless(), new SystemRequestDetails()));
        } catch (ResourceNotFoundException | ResourceGoneException notThere) {
            return Optional.empty();
        }
    }

    @Override
    public List<IBaseResource> search(String resourceType, SearchParameterMap query) {
        query.setLoadSynchronous(true);
        return daos.getResourceDao(resourceType)
                .search(query, new SystemRequestDetails())
                .getAllResources();
    }
}
