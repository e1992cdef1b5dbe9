package no.ipfhir.server.plan;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.HookParams;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SimplePreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.rest.server.util.CompositeInterceptorBroadcaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipfhir.server.config.OperationProvider;
import no.ipfhir.server.kernel.PatientOf;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * {@code GET Patient/{id}/$ip-plan}: the patient's plan as the patient app shows it — every CarePlan of the
 * patient with its goals, team and measures — as the searchset that
 * {@code CarePlan?patient={id}&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:activity-reference}
 * answers, served from the precomputed view ({@link PlanView}) instead of a fresh search with three includes.
 * The view holds what is stored; on every read the server's access rules decide what of it the caller sees,
 * exactly as for a search (the same storage hook, so consent, scopes and the audit trail apply), and a write
 * about the patient empties the view before it commits.
 */
@Component
public class PlanViewOperation implements OperationProvider {

    /** What the view holds besides the plans: the includes of the patient app's "my plan" search. */
    static final List<String> INCLUDES = List.of("CarePlan:goal", "CarePlan:care-team", "CarePlan:activity-reference");

    private final DaoRegistry daos;
    private final PlanView view;
    private final PatientOf patientOf;
    private final FhirContext fhirContext;
    private final IInterceptorService storageInterceptors;

    public PlanViewOperation(
            DaoRegistry daos,
            PlanView view,
            PatientOf patientOf,
            FhirContext fhirContext,
            IInterceptorService storageInterceptors) {
        this.daos = daos;
        this.view = view;
        this.patientOf = patientOf;
        this.fhirContext = fhirContext;
        this.storageInterceptors = storageInterceptors;
    }

    @Operation(name = "$ip-plan", idempotent = true, type = Patient.class)
    public Bundle plan(@IdParam IdType patientId, RequestDetails request) {
        List<Resource> resources = stored(patientId.getIdPart());
        SimplePreResourceShowDetails shown = new SimplePreResourceShowDetails(resources);
        HookParams params = new HookParams()
                .add(IPreResourceShowDetails.class, shown)
                .add(RequestDetails.class, request)
                .addIfMatchesType(ServletRequestDetails.class, request);
        CompositeInterceptorBroadcaster.newCompositeBroadcaster(storageInterceptors, request)
                .callHooks(Pointcut.STORAGE_PRESHOW_RESOURCES, params);

        Bundle searchset = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        searchset.addLink().setRelation("self").setUrl(request.getCompleteUrl());
        int plans = 0;
        for (int i = 0; i < shown.size(); i++) {
            Resource resource = (Resource) shown.getResource(i);
            if (resource == null) {
                continue;
            }
            SearchEntryMode mode = isMatch(resource) ? SearchEntryMode.MATCH : SearchEntryMode.INCLUDE;
            plans += mode == SearchEntryMode.MATCH ? 1 : 0;
            searchset
                    .addEntry()
                    .setFullUrl(request.getFhirServerBase() + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(mode);
        }
        return searchset.setTotal(plans);
    }

    /** The stored view, or the plan read afresh (and stored, unless a write came in between). */
    private List<Resource> stored(String patientId) {
        Optional<String> stored = view.find(patientId).flatMap(PlanView.Row::json);
        if (stored.isPresent()) {
            return fromJson(stored.get());
        }
        // Unknown (404) or deleted (410) patients answer as a read of them would; no view is made for them.
        daos.getResourceDao("Patient").read(new IdType("Patient", patientId), new SystemRequestDetails());
        // The generation is taken before the plan is read: a write committed after this makes the store fail.
        PlanView.Row row = view.row(patientId);
        List<Resource> read = read(patientId);
        if (aboutOnly(patientId, read)) {
            view.store(patientId, row.generation(), toJson(read), System.currentTimeMillis());
        }
        return read;
    }

    private List<Resource> read(String patientId) {
        SearchParameterMap query = SearchParameterMap.newSynchronous();
        query.add("patient", new ReferenceParam("Patient/" + patientId));
        INCLUDES.forEach(include -> query.addInclude(new Include(include)));
        List<Resource> read = new ArrayList<>();
        for (IBaseResource resource : daos.getResourceDao("CarePlan")
                .search(query, new SystemRequestDetails())
                .getAllResources()) {
            read.add((Resource) resource);
        }
        return read;
    }

    /**
     * A view may only hold what is about this patient alone: the writes that empty it are found by the patients
     * they are about, so a part about anyone else could change without this view hearing of it.
     */
    private boolean aboutOnly(String patientId, List<Resource> resources) {
        Set<String> only = Set.of("Patient/" + patientId);
        return resources.stream()
                .allMatch(resource -> patientOf.patients(resource).equals(only));
    }

    private String toJson(List<Resource> resources) {
        Bundle collection = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Resource resource : resources) {
            collection.addEntry().setResource(resource);
        }
        return fhirContext.newJsonParser().encodeResourceToString(collection);
    }

    private List<Resource> fromJson(String json) {
        Bundle collection = fhirContext.newJsonParser().parseResource(Bundle.class, json);
        return collection.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .toList();
    }

    /**
     * The plans are the search's matches, everything else its includes: the three includes lead to goals, teams
     * and the targets of {@code activity.reference}, none of which can be a CarePlan.
     */
    private static boolean isMatch(Resource resource) {
        return "CarePlan".equals(resource.fhirType());
    }
}
