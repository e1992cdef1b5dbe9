package no.ipfhir.server.access;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.time.Instant;
import java.util.Collections;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.authentication.SmartScope.Permission;
import no.ipfhir.server.kernel.PlanParticipation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Consent;
import org.springframework.stereotype.Component;

/**
 * The Consent decides who sees what of the patient's plan, so a participant that could change it could
 * widen its own access. It is the patient's: the patient's app changes it, and so does the organisation
 * that answers for the plan (the team's managing organisation or the koordinator's organisation), which
 * records it on the patient's behalf — also in the request that starts the plan. Trusted back ends are
 * not limited here.
 */
@Component
public class ConsentChangeRule {

    private final CallerResolver callers;
    private final PlanAccess access;
    private final PlanParticipation participation;
    private final PlanStart planStart;

    public ConsentChangeRule(
            CallerResolver callers, PlanAccess access, PlanParticipation participation, PlanStart planStart) {
        this.callers = callers;
        this.access = access;
        this.participation = participation;
        this.planStart = planStart;
    }

    /** The write pipeline's step for a Consent created ({@code previous} null), updated or deleted ({@code resource}). */
    public void check(RequestDetails request, IBaseResource previous, IBaseResource resource) {
        if (!PlanAuthorizationInterceptor.fromOutside(request)) {
            return;
        }
        Consent consent =
                previous instanceof Consent stored ? stored : resource instanceof Consent written ? written : null;
        if (consent == null) {
            return;
        }
        Kind kind = callers.caller(request).kind();
        if (kind == Kind.OPEN || kind == Kind.BACKEND || kind == Kind.PATIENT) {
            return;
        }
        if (kind == Kind.ORGANISATION
                && (answersForPlan(request, consent)
                        || (previous == null && planStart.covers(request, resource, Permission.CREATE)))) {
            return;
        }
        throw new ForbiddenOperationException("Only the patient, or the organisation that manages the patient's "
                + "ansvarsgruppe or is the koordinator's organisation, may change the patient's Consent. Ask the koordinator "
                + "to record the patient's new consent.");
    }

    private boolean answersForPlan(RequestDetails request, Consent consent) {
        String patient = consent.getPatient().getReferenceElement().getIdPart();
        if (patient == null
                || !"Patient".equals(consent.getPatient().getReferenceElement().getResourceType())) {
            return false;
        }
        return !Collections.disjoint(
                participation.responsibleForPlanOf(patient, Instant.now()),
                access.grant(request).callerReferences());
    }
}
