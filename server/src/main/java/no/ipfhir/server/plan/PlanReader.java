package no.ipfhir.server.plan;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.HistorySearchDateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads the parts of a plan as the caller may see them — through the DAOs with the caller's request, so the
 * server's access rules apply, and a part the caller may not see is left out — either as they are now or, with
 * an {@code asOf} time, as they were then: the version that was current at that time, from the history.
 */
class PlanReader {

    private final DaoRegistry daos;
    private final RequestDetails request;
    private final Date asOf;

    PlanReader(DaoRegistry daos, RequestDetails request, Date asOf) {
        this.daos = daos;
        this.request = request;
        this.asOf = asOf;
    }

    Optional<Date> asOf() {
        return Optional.ofNullable(asOf);
    }

    <T extends Resource> Optional<T> read(Reference reference, Class<T> type) {
        if (!reference.hasReference()
                || reference.getReferenceElement().isAbsolute()
                || !type.getSimpleName().equals(reference.getReferenceElement().getResourceType())) {
            return Optional.empty();
        }
        return read(reference.getReferenceElement(), type);
    }

    <T extends Resource> Optional<T> read(IIdType id, Class<T> type) {
        try {
            if (asOf == null) {
                return Optional.of(daos.getResourceDao(type).read(id.toUnqualifiedVersionless(), request));
            }
            IBundleProvider history = daos.getResourceDao(type)
                    .history(id.toUnqualifiedVersionless(), new HistorySearchDateRangeParam(), request);
            return history.getAllResources().stream()
                    .filter(version -> !version.getMeta().getLastUpdated().after(asOf))
                    .findFirst()
                    .map(type::cast)
                    .filter(version -> !version.isDeleted());
        } catch (ResourceNotFoundException | ResourceGoneException | ForbiddenOperationException notForThisCaller) {
            return Optional.empty();
        }
    }

    /** The goal evaluations whose focus is one of these goals, as they were at the time asked for. */
    List<Observation> evaluationsOf(Collection<IIdType> goals) {
        if (goals.isEmpty()) {
            return List.of();
        }
        ReferenceOrListParam focus = new ReferenceOrListParam();
        goals.forEach(goal ->
                focus.addOr(new ReferenceParam(goal.toUnqualifiedVersionless().getValue())));
        SearchParameterMap search = SearchParameterMap.newSynchronous().add("focus", focus);
        List<IBaseResource> found;
        try {
            found = daos.getResourceDao(Observation.class)
                    .search(search, request)
                    .getAllResources();
        } catch (ForbiddenOperationException notForThisCaller) {
            return List.of();
        }
        return found.stream()
                .map(Observation.class::cast)
                .map(observation ->
                        asOf == null ? Optional.of(observation) : read(observation.getIdElement(), Observation.class))
                .flatMap(Optional::stream)
                .toList();
    }
}
