package no.ipfhir.server.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.config.ServerInterceptor;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.springframework.stereotype.Component;

/**
 * Narrows every search to the compartments of the patients the caller may reach before it runs
 * (also searches inside batches and transactions, and conditional URLs), so an unauthorised query
 * costs nothing and reveals neither data nor counts. {@link PlanAuthorizationInterceptor} still
 * checks every resource that comes out.
 */
@Component
public class PlanSearchNarrowingInterceptor extends SearchNarrowingInterceptor implements ServerInterceptor {

    /**
     * The compartment of a patient that cannot exist: the server numbers resources from 1, and clients
     * may only choose ids that are not all digits. Narrowing to it finds nothing, which is what a
     * caller who may reach no patient should find.
     */
    static final String NO_PATIENT = "Patient/0";

    /** Reads by id are not narrowed: PlanAuthorizationInterceptor checks what they return. */
    private static final Set<RestOperationTypeEnum> ADDRESSED_BY_ID =
            EnumSet.of(RestOperationTypeEnum.READ, RestOperationTypeEnum.VREAD, RestOperationTypeEnum.HISTORY_INSTANCE);

    private static final String READS_BY_ID = PlanSearchNarrowingInterceptor.class.getName() + ".readsById";

    private final PlanAccess access;
    private final SystemReader reader;
    private final PatientOf patientOf;

    public PlanSearchNarrowingInterceptor(PlanAccess access, SystemReader reader, PatientOf patientOf) {
        this.access = access;
        this.reader = reader;
        this.patientOf = patientOf;
        setNarrowConditionalUrls(true);
    }

    /**
     * HAPI narrows every GET entry of a batch or transaction as if it were a search, which turns
     * {@code GET CarePlan/1} into a search for the caller's own plans. Reads by id are set aside before
     * narrowing and put back after it; what they return is checked like any read.
     */
    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED, order = -1)
    public void setAsideReadsById(RequestDetails request) {
        RestOperationTypeEnum operation = request.getRestOperationType();
        if ((operation == RestOperationTypeEnum.TRANSACTION || operation == RestOperationTypeEnum.BATCH)
                && request.getResource() instanceof Bundle bundle) {
            Map<Integer, String> reads = new HashMap<>();
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                Bundle.BundleEntryRequestComponent entry =
                        bundle.getEntry().get(i).getRequest();
                if (entry.getMethod() == Bundle.HTTPVerb.GET && isReadById(entry.getUrl())) {
                    reads.put(i, entry.getUrl());
                }
            }
            request.getUserData().put(READS_BY_ID, reads);
        }
    }

    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED, order = 1)
    @SuppressWarnings("unchecked")
    public void restoreReadsById(RequestDetails request) {
        Object reads = request.getUserData().get(READS_BY_ID);
        if (reads instanceof Map<?, ?> byIndex && request.getResource() instanceof Bundle bundle) {
            ((Map<Integer, String>) byIndex)
                    .forEach((index, url) ->
                            bundle.getEntry().get(index).getRequest().setUrl(url));
        }
    }

    /**
     * {@code Provenance?target=Goal/1}: HAPI counts {@code target} as a patient compartment parameter and
     * refuses a value that is not one of the caller's patients. A search for the history of resources the
     * caller reaches runs as asked; every Provenance it finds is checked on the way out like any other.
     * A target that is unreachable or missing is refused alike.
     */
    private boolean targetsOnlyReachableResources(RequestDetails request, AccessGrant grant) {
        String[] targets = request.getParameters().get(Provenance.SP_TARGET);
        if (targets == null || targets.length == 0) {
            return false;
        }
        for (String values : targets) {
            for (String value : values.split(",")) {
                IdType id = new IdType(value);
                if (!id.hasResourceType() || !id.hasIdPart() || id.isAbsolute()) {
                    return false;
                }
                Set<String> about = reader.read(id).map(patientOf::patients).orElse(Set.of());
                Set<String> reachable = new java.util.HashSet<>();
                grant.patientsFor(id.getResourceType()).forEach(patient -> reachable.add("Patient/" + patient));
                if (about.isEmpty() || !reachable.containsAll(about)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isReadById(String url) {
        if (url == null || url.contains("?") || url.contains("$")) {
            return false;
        }
        String[] path = url.replaceFirst("^/", "").split("/");
        return path.length == 2 || (path.length == 4 && path[2].equals("_history"));
    }

    @Override
    protected AuthorizedList buildAuthorizedList(RequestDetails request) {
        AccessGrant grant = access.grant(request);
        if (grant.unrestricted() || ADDRESSED_BY_ID.contains(request.getRestOperationType())) {
            return null;
        }
        String type = request.getResourceName();
        if ("Provenance".equals(type) && targetsOnlyReachableResources(request, grant)) {
            return null;
        }
        Set<String> patients = type == null ? grant.patientIds() : grant.patientsFor(type);
        if (patients.isEmpty()) {
            return new AuthorizedList().addCompartment(NO_PATIENT);
        }
        return new AuthorizedList()
                .addCompartments(patients.stream().map(id -> "Patient/" + id).toArray(String[]::new));
    }
}
