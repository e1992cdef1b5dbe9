package no.ipfhir.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import no.ipfhir.server.config.ServerInterceptor;
import no.ipfhir.server.security.Caller.Kind;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Who is on an ansvarsgruppe decides who reaches the patient's plan, so only the koordinator's
 * organisation (or the team's managing organisation, usually the koordinerende enhet) changes it,
 * and an organisation creates a team only with itself as koordinator or manager. The other services
 * read the team and write their own tiltak and goals; patient apps and relatives do not change it.
 * Trusted back ends are not limited here.
 */
@Interceptor
@Component
public class CareTeamChangeRule implements ServerInterceptor {

	static final String ROLE_SYSTEM = "https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle";

	private final CallerResolver callers;
	private final PlanAccess access;

	public CareTeamChangeRule(CallerResolver callers, PlanAccess access) {
		this.callers = callers;
		this.access = access;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void onlyTheCoordinatorsOrganisationChangesTheTeam(
			RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
		if (oldResource instanceof CareTeam team) {
			requireResponsible(request, team, "change CareTeam " + team.getIdElement().getIdPart());
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void organisationsCreateTeamsTheyCoordinate(RequestDetails request, IBaseResource resource) {
		if (resource instanceof CareTeam team) {
			requireResponsible(request, team, "create an ansvarsgruppe that does not name it as koordinator or manager");
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
				&& access.grant(request).callerReferences().stream().anyMatch(responsible(team)::contains)) {
			return;
		}
		throw new ForbiddenOperationException("Only the koordinator's organisation, or the organisation that manages the "
				+ "ansvarsgruppe, may " + what + ". Ask the koordinator to make the change.");
	}

	private static Set<String> responsible(CareTeam team) {
		Set<String> responsible = new HashSet<>();
		team.getManagingOrganization().forEach(org -> responsible.add(reference(org)));
		team.getParticipant().stream()
				.filter(participant -> participant.getRole().stream().anyMatch(role -> role.hasCoding(ROLE_SYSTEM, "koordinator")))
				.filter(participant -> !participant.getPeriod().hasEnd() || participant.getPeriod().getEnd().after(new Date()))
				.forEach(participant -> {
					responsible.add(reference(participant.getMember()));
					responsible.add(reference(participant.getOnBehalfOf()));
				});
		return responsible;
	}

	private static String reference(Reference reference) {
		if (reference == null || !reference.hasReference()) {
			return "";
		}
		IdType id = new IdType(reference.getReference());
		return id.getResourceType() + "/" + id.getIdPart();
	}
}
