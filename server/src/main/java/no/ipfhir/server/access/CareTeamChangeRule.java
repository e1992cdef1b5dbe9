package no.ipfhir.server.access;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.time.Instant;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.kernel.PlanParticipation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.springframework.stereotype.Component;

/**
 * Who is on an ansvarsgruppe decides who reaches the patient's plan, so only the koordinator's
 * organisation (or the team's managing organisation, usually the koordinerende enhet) changes it,
 * and an organisation creates a team only with itself as koordinator or manager. The other services
 * read the team and write their own tiltak and goals; patient apps and relatives do not change it.
 * Trusted back ends are not limited here.
 */
@Component
public class CareTeamChangeRule {

    private final CallerResolver callers;
    private final PlanAccess access;

    public CareTeamChangeRule(CallerResolver callers, PlanAccess access) {
        this.callers = callers;
        this.access = access;
    }

    /** The write pipeline's step for a CareTeam created ({@code previous} null) or updated. */
    public void check(RequestDetails request, IBaseResource previous, IBaseResource resource) {
        if (previous instanceof CareTeam team) {
            requireResponsible(
                    request, team, "change CareTeam " + team.getIdElement().getIdPart());
        } else if (previous == null && resource instanceof CareTeam team) {
            requireResponsible(
                    request, team, "create an ansvarsgruppe that does not name it as koordinator or manager");
        }
    }

    private void requireResponsible(RequestDetails request, CareTeam team, String what) {
        if (!PlanAuthorizationInterceptor.fromOutside(request)) {
            return;
        }
        Kind kind = callers.caller(request).kind();
        if (kind == Kind.OPEN || kind == Kind.BACKEND) {
            return;
        }
        if (kind == Kind.ORGANISATION
                && access.grant(request).callerReferences().stream()
                        .anyMatch(PlanParticipation.responsibleFor(team, Instant.now())::contains)) {
            return;
        }
        throw new ForbiddenOperationException(
                "Only the koordinator's organisation, or the organisation that manages the " + "ansvarsgruppe, may "
                        + what + ". Ask the koordinator to make the change.");
    }
}
