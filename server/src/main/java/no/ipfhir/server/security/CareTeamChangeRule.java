package no.ipfhir.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
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
 * Among the services on an ansvarsgruppe, only the koordinator's organisation (or the team's
 * managing organisation, usually the koordinerende enhet) changes who is on it. The other services
 * may read the team, and write their own tiltak and goals within the plan.
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
		if (!PlanAuthorizationInterceptor.fromOutside(request) || !(oldResource instanceof CareTeam team)
				|| callers.caller(request).kind() != Kind.ORGANISATION) {
			return;
		}
		Set<String> responsible = new HashSet<>();
		team.getManagingOrganization().forEach(org -> responsible.add(reference(org)));
		team.getParticipant().stream()
				.filter(participant -> participant.getRole().stream().anyMatch(role -> role.hasCoding(ROLE_SYSTEM, "koordinator")))
				.filter(participant -> !participant.getPeriod().hasEnd() || participant.getPeriod().getEnd().after(new java.util.Date()))
				.forEach(participant -> {
					responsible.add(reference(participant.getMember()));
					responsible.add(reference(participant.getOnBehalfOf()));
				});
		if (access.grant(request).callerReferences().stream().noneMatch(responsible::contains)) {
			throw new ForbiddenOperationException("Only the koordinator's organisation, or the organisation that manages "
					+ "the ansvarsgruppe, may change CareTeam " + team.getIdElement().getIdPart() + ". Ask the koordinator to "
					+ "make the change.");
		}
	}

	private static String reference(Reference reference) {
		if (reference == null || !reference.hasReference()) {
			return "";
		}
		IdType id = new IdType(reference.getReference());
		return id.getResourceType() + "/" + id.getIdPart();
	}
}
