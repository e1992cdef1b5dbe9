package no.ipfhir.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import ca.uhn.fhir.storage.interceptor.balp.BalpProfileEnum;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.kernel.IpCodes;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the AuditEvents of a request, following IHE Basic Audit Log Patterns (BALP): one event per
 * patient whose data the request touched, so that each patient's trail names only them, and one
 * without a patient when it touched none. They go to the audit queue ({@link AuditQueue}), one small insert
 * per request; {@link AuditTrailStore} stores them as AuditEvent resources shortly after.
 */
@Component
public class AuditEventWriter {

    private static final Logger log = LoggerFactory.getLogger(AuditEventWriter.class);

    static final String CLIENT_ID_SYSTEM = "urn:ietf:params:oauth:client-id";
    static final String SUBJECT_SYSTEM = "urn:ietf:params:oauth:jwt-claim:sub";
    static final String SERVER_NAME = "ip-fhir-server";

    private final AuditQueue queue;
    private final FhirContext fhirContext;

    public AuditEventWriter(AuditQueue queue, FhirContext fhirContext) {
        this.queue = queue;
        this.fhirContext = fhirContext;
    }

    /** Queues the request's events ({@link AuditTrailStore} stores them as AuditEvent resources). */
    public void record(AuditedRequest request) {
        List<String> patients = request.patients().isEmpty()
                ? java.util.Collections.singletonList(null)
                : List.copyOf(request.patients());
        IParser json = fhirContext.newJsonParser();
        List<String> events = new ArrayList<>(patients.size());
        for (String patient : patients) {
            events.add(json.encodeResourceToString(event(request, patient)));
        }
        try {
            queue.enqueue(events, System.currentTimeMillis());
        } catch (RuntimeException e) {
            // The caller already has the answer; a lost audit record must at least be visible to operations.
            log.error(
                    "Could not queue the audit record of {} {} for {}: {}",
                    request.operation(),
                    request.url(),
                    patients,
                    events,
                    e);
        }
    }

    static AuditEvent event(AuditedRequest request, String patient) {
        BalpProfileEnum profile = profile(request.operation(), patient != null);
        // Shaped after the BALP profile, which is not claimed in meta.profile: the server validates every
        // profile a stored resource claims, and the IHE package is not installed.
        AuditEvent event = new AuditEvent();
        event.setType(new Coding(BalpConstants.CS_AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
        event.addSubtype(new Coding(BalpConstants.CS_RESTFUL_INTERACTION, interaction(request.operation()), null));
        event.setAction(profile.getAction());
        event.setRecorded(new Date());
        event.setOutcome(outcome(request.status()));
        if (request.failure() != null) {
            event.setOutcomeDesc(request.failure());
        }

        Caller caller = request.caller();
        AuditEvent.AuditEventAgentComponent client = event.addAgent()
                .setType(new CodeableConcept(profile.getAgentClientTypeCoding()))
                .setRequestor(false);
        client.setWho(new Reference()
                .setIdentifier(new Identifier()
                        .setSystem(CLIENT_ID_SYSTEM)
                        .setValue(caller.clientId() == null ? "unknown" : caller.clientId())));
        client.getNetwork()
                .setAddress(request.remoteAddress())
                .setType(BalpConstants.AUDIT_EVENT_AGENT_NETWORK_TYPE_IP_ADDRESS);

        AuditEvent.AuditEventAgentComponent user = event.addAgent()
                .setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                .setRequestor(true);
        // A patient's app that touched another patient's data is named by its token's subject alone: as a
        // reference it would put this event, which names the other patient, in its own patient's trail.
        boolean namesAnotherPatient = caller.fhirUser() != null
                && caller.fhirUser().startsWith("Patient/")
                && patient != null
                && !caller.fhirUser().equals(patient);
        Reference who =
                caller.fhirUser() != null && !namesAnotherPatient ? new Reference(caller.fhirUser()) : new Reference();
        if (caller.subject() != null) {
            who.setIdentifier(new Identifier().setSystem(SUBJECT_SYSTEM).setValue(caller.subject()));
        }
        who.setDisplay(describe(caller));
        user.setWho(who);
        for (String orgnr : caller.organisationNumbers()) {
            event.addAgent()
                    .setType(new CodeableConcept(new Coding(
                            "http://terminology.hl7.org/CodeSystem/v3-RoleClass", "PROV", "healthcare provider")))
                    .setRequestor(false)
                    .setWho(new Reference()
                            .setIdentifier(new Identifier()
                                    .setSystem(IpCodes.ORGANISASJONSNUMMER)
                                    .setValue(orgnr)));
        }
        for (String herId : caller.herIds()) {
            event.addAgent()
                    .setType(new CodeableConcept(new Coding(
                            "http://terminology.hl7.org/CodeSystem/v3-RoleClass", "PROV", "healthcare provider")))
                    .setRequestor(false)
                    .setWho(new Reference()
                            .setIdentifier(
                                    new Identifier().setSystem(IpCodes.HER_ID).setValue(herId)));
        }

        event.addAgent()
                .setType(new CodeableConcept(profile.getAgentServerTypeCoding()))
                .setRequestor(false)
                .setWho(new Reference().setDisplay(SERVER_NAME));
        event.getSource()
                .setObserver(new Reference().setDisplay(SERVER_NAME))
                .addType(new Coding(
                        "http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));

        if (patient != null) {
            event.addEntity()
                    .setWhat(new Reference(patient))
                    .setType(new Coding(
                            BalpConstants.CS_AUDIT_ENTITY_TYPE,
                            BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON,
                            BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON_DISPLAY))
                    .setRole(new Coding(
                            BalpConstants.CS_OBJECT_ROLE,
                            BalpConstants.CS_OBJECT_ROLE_1_PATIENT,
                            BalpConstants.CS_OBJECT_ROLE_1_PATIENT_DISPLAY));
        }
        AuditEvent.AuditEventEntityComponent data = event.addEntity()
                .setType(new Coding(
                        BalpConstants.CS_AUDIT_ENTITY_TYPE,
                        BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT,
                        BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY));
        if (request.resourceId() != null) {
            // A reference must resolve when stored: a resource that was refused or not found is named, not referenced.
            data.setWhat(
                            // A subscription is named too: its owner deletes it, and a reference from the
                            // trail would forbid that.
                            request.status() < 400
                                            && request.operation() != RestOperationTypeEnum.DELETE
                                            && !request.resourceId().startsWith("Subscription/")
                                    ? new Reference(request.resourceId())
                                    : new Reference().setDisplay(request.resourceId()))
                    .setRole(new Coding(
                            BalpConstants.CS_OBJECT_ROLE,
                            BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE,
                            "Domain Resource"));
            if (request.operation() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE) {
                // What the operation was asked, e.g. the period and municipality of an indicator's evaluation.
                data.setQuery(request.url().getBytes(StandardCharsets.UTF_8));
            }
        } else {
            data.setRole(new Coding(BalpConstants.CS_OBJECT_ROLE, BalpConstants.CS_OBJECT_ROLE_24_QUERY, "Query"))
                    .setQuery(request.url().getBytes(StandardCharsets.UTF_8));
            if (request.resourceType() != null) {
                data.setDescription(request.resourceType());
            }
        }
        return event;
    }

    private static String describe(Caller caller) {
        return switch (caller.kind()) {
            case PATIENT -> "the patient's app";
            case RELATIVE -> "relative " + caller.fhirUser();
            case ORGANISATION -> "EHR of organisation " + String.join(", ", caller.organisationNumbers())
                    + (caller.herIds().isEmpty() ? "" : " (HER-id " + String.join(", ", caller.herIds()) + ")");
            case BACKEND -> "system back end";
            case OPEN -> "anonymous caller (security off)";
            case NONE -> "caller without access";
        };
    }

    private static BalpProfileEnum profile(RestOperationTypeEnum operation, boolean aboutPatient) {
        return switch (operation) {
            case CREATE -> aboutPatient ? BalpProfileEnum.PATIENT_CREATE : BalpProfileEnum.BASIC_CREATE;
            case UPDATE, PATCH, TRANSACTION, BATCH -> aboutPatient
                    ? BalpProfileEnum.PATIENT_UPDATE
                    : BalpProfileEnum.BASIC_UPDATE;
            case DELETE -> aboutPatient ? BalpProfileEnum.PATIENT_DELETE : BalpProfileEnum.BASIC_DELETE;
            case READ, VREAD -> aboutPatient ? BalpProfileEnum.PATIENT_READ : BalpProfileEnum.BASIC_READ;
            default -> aboutPatient ? BalpProfileEnum.PATIENT_QUERY : BalpProfileEnum.BASIC_QUERY;
        };
    }

    private static String interaction(RestOperationTypeEnum operation) {
        return switch (operation) {
            case EXTENDED_OPERATION_INSTANCE, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_SERVER -> "operation";
            case GET_PAGE -> "search-type";
            default -> operation.getCode() == null
                    ? operation.name().toLowerCase(java.util.Locale.ROOT)
                    : operation.getCode();
        };
    }

    private static AuditEvent.AuditEventOutcome outcome(int status) {
        if (status < 400) {
            return AuditEvent.AuditEventOutcome._0;
        }
        return status < 500 ? AuditEvent.AuditEventOutcome._4 : AuditEvent.AuditEventOutcome._8;
    }
}
