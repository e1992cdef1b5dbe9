package no.ipfhir.server.security;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Decides whose plans a caller may reach, from the data as it is now: the care teams an organisation
 * takes part in, and the consent a patient has given. Nothing is cached beyond one request, so a
 * withdrawn consent or an ended participation takes effect with the next request.
 */
@Component
public class PlanAccess {

	public static final String ORGANISASJONSNUMMER = "urn:oid:2.16.578.1.12.4.1.4.101";
	public static final String HER_ID = "urn:oid:2.16.578.1.12.4.1.2";

	private static final String USER_DATA_KEY = AccessGrant.class.getName();

	private final DaoRegistry daoRegistry;
	private final CallerResolver callers;

	public PlanAccess(DaoRegistry daoRegistry, CallerResolver callers) {
		this.daoRegistry = daoRegistry;
		this.callers = callers;
	}

	public AccessGrant grant(RequestDetails request) {
		Object cached = request.getUserData().get(USER_DATA_KEY);
		if (cached instanceof AccessGrant grant) {
			return grant;
		}
		AccessGrant grant = decide(callers.caller(request));
		request.getUserData().put(USER_DATA_KEY, grant);
		return grant;
	}

	AccessGrant decide(Caller caller) {
		return switch (caller.kind()) {
			case OPEN, BACKEND -> AccessGrant.ALL;
			case PATIENT -> new AccessGrant(false, Set.of(caller.patientId()), Map.of(), Set.of());
			case RELATIVE -> forRelative(caller);
			case ORGANISATION -> forOrganisation(caller);
			case NONE -> AccessGrant.NOTHING;
		};
	}

	/** A relative reaches a patient only while the patient's active consent permits them, directly or as a team member. */
	private AccessGrant forRelative(Caller caller) {
		RelatedPerson relative = read(RelatedPerson.class, caller.relatedPersonId());
		if (relative == null || (relative.hasActive() && !relative.getActive()) || !relative.hasPatient()) {
			return AccessGrant.NOTHING;
		}
		String patientId = relative.getPatient().getReferenceElement().getIdPart();
		if (caller.patientId() != null && !caller.patientId().equals(patientId)) {
			return AccessGrant.NOTHING;
		}
		String relativeRef = "RelatedPerson/" + relative.getIdElement().getIdPart();
		Set<String> actorRefs = new HashSet<>(Set.of(relativeRef));
		for (IBaseResource team : search("CareTeam", "participant", List.of(relativeRef))) {
			if (isCurrentMember((CareTeam) team, Set.of(relativeRef), Set.of())) {
				actorRefs.add("CareTeam/" + team.getIdElement().getIdPart());
			}
		}
		List<Consent> consents = activeConsents(Set.of(patientId));
		boolean permitted = consents.stream().anyMatch(consent -> permits(consent, actorRefs));
		if (!permitted) {
			return AccessGrant.NOTHING;
		}
		return new AccessGrant(false, Set.of(patientId), deniedTypes(consents, Set.of(relativeRef)), Set.of(relativeRef));
	}

	/**
	 * An organisation reaches the patients of the care teams it currently takes part in: itself, through
	 * one of its PractitionerRoles, or through a practitioner acting on its behalf; and of the active
	 * teams it manages (the koordinerende enhet).
	 */
	private AccessGrant forOrganisation(Caller caller) {
		TokenOrListParam identifiers = new TokenOrListParam();
		caller.organisationNumbers().forEach(orgnr -> identifiers.add(new TokenParam(ORGANISASJONSNUMMER, orgnr)));
		caller.herIds().forEach(herId -> identifiers.add(new TokenParam(HER_ID, herId)));
		SearchParameterMap organisations = SearchParameterMap.newSynchronous().add(Organization.SP_IDENTIFIER, identifiers);
		Set<String> callerRefs = new LinkedHashSet<>();
		for (IBaseResource organisation : daoRegistry.getResourceDao("Organization").search(organisations, internal()).getAllResources()) {
			callerRefs.add("Organization/" + organisation.getIdElement().getIdPart());
		}
		if (callerRefs.isEmpty()) {
			return AccessGrant.NOTHING;
		}
		Set<String> organisationRefs = Set.copyOf(callerRefs);
		// People who take part on behalf of the organisation: member = the Practitioner, onBehalfOf = the organisation.
		Set<String> practitionerRefs = new LinkedHashSet<>();
		for (IBaseResource resource : search("PractitionerRole", "organization", List.copyOf(organisationRefs))) {
			PractitionerRole role = (PractitionerRole) resource;
			callerRefs.add("PractitionerRole/" + role.getIdElement().getIdPart());
			if (role.hasPractitioner()) {
				practitionerRefs.add(reference(role.getPractitioner()));
			}
		}
		Set<String> candidates = new LinkedHashSet<>(callerRefs);
		candidates.addAll(practitionerRefs);
		List<IBaseResource> teams = new java.util.ArrayList<>(search("CareTeam", "participant", List.copyOf(candidates)));
		teams.addAll(search("CareTeam", ManagingOrganizationSearchParameter.CODE, List.copyOf(organisationRefs)));
		Set<String> patients = new LinkedHashSet<>();
		for (IBaseResource resource : teams) {
			CareTeam team = (CareTeam) resource;
			if (team.getStatus() != CareTeam.CareTeamStatus.ENTEREDINERROR && team.hasSubject()
					&& "Patient".equals(team.getSubject().getReferenceElement().getResourceType())
					&& (isCurrentMember(team, callerRefs, organisationRefs) || isManagedBy(team, organisationRefs))) {
				patients.add(team.getSubject().getReferenceElement().getIdPart());
			}
		}
		if (patients.isEmpty()) {
			return new AccessGrant(false, Set.of(), Map.of(), callerRefs);
		}
		return new AccessGrant(false, patients, deniedTypes(activeConsents(patients), callerRefs), callerRefs);
	}

	/** A current participant that is one of {@code members}, or takes part on behalf of one of {@code organisations}. */
	private static boolean isCurrentMember(CareTeam team, Set<String> members, Set<String> organisations) {
		return team.getParticipant().stream()
				.anyMatch(participant -> (members.contains(reference(participant.getMember()))
								|| organisations.contains(reference(participant.getOnBehalfOf())))
						&& isCurrent(participant.getPeriod()));
	}

	private static boolean isManagedBy(CareTeam team, Set<String> organisations) {
		return team.getStatus() != CareTeam.CareTeamStatus.INACTIVE
				&& team.getManagingOrganization().stream().anyMatch(org -> organisations.contains(reference(org)));
	}

	private List<Consent> activeConsents(Collection<String> patientIds) {
		ReferenceOrListParam patients = new ReferenceOrListParam();
		patientIds.forEach(id -> patients.add(new ReferenceParam("Patient/" + id)));
		SearchParameterMap map = SearchParameterMap.newSynchronous()
				.add(Consent.SP_PATIENT, patients)
				.add(Consent.SP_STATUS, new TokenParam(Consent.ConsentState.ACTIVE.toCode()));
		return daoRegistry.getResourceDao("Consent").search(map, internal()).getAllResources().stream()
				.map(Consent.class::cast)
				.filter(consent -> consent.getStatus() == Consent.ConsentState.ACTIVE)
				.filter(consent -> isCurrent(consent.getProvision().getPeriod()))
				.toList();
	}

	private static boolean permits(Consent consent, Set<String> actorRefs) {
		return consent.getProvision().getProvision().stream()
				.anyMatch(provision -> provision.getType() == Consent.ConsentProvisionType.PERMIT
						&& isCurrent(provision.getPeriod())
						&& provision.getActor().stream().anyMatch(actor -> actorRefs.contains(reference(actor.getReference()))));
	}

	/** What each patient's consent denies these actors: the provision's classes, or everything when it names none. */
	private static Map<String, Set<String>> deniedTypes(List<Consent> consents, Set<String> actorRefs) {
		Map<String, Set<String>> denied = new HashMap<>();
		for (Consent consent : consents) {
			String patientId = consent.getPatient().getReferenceElement().getIdPart();
			for (Consent.ProvisionComponent provision : consent.getProvision().getProvision()) {
				boolean deniesCaller = provision.getType() == Consent.ConsentProvisionType.DENY
						&& isCurrent(provision.getPeriod())
						&& provision.getActor().stream().anyMatch(actor -> actorRefs.contains(reference(actor.getReference())));
				if (!deniesCaller) {
					continue;
				}
				Set<String> types = denied.computeIfAbsent(patientId, id -> new HashSet<>());
				if (provision.getClass_().isEmpty()) {
					types.add("*");
				}
				provision.getClass_().forEach(type -> types.add(type.getCode()));
			}
		}
		return denied;
	}

	/** A period with no end, or one that ends today or later; a date-only end counts until the day is over. */
	private static boolean isCurrent(Period period) {
		Date now = new Date();
		if (period == null || period.isEmpty()) {
			return true;
		}
		if (period.hasStart() && period.getStart().after(now)) {
			return false;
		}
		if (!period.hasEnd()) {
			return true;
		}
		long end = period.getEnd().getTime();
		if (period.getEndElement().getPrecision().ordinal() <= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
			end += TimeUnit.DAYS.toMillis(1);
		}
		return end > now.getTime();
	}

	private static String reference(Reference reference) {
		if (reference == null || !reference.hasReference()) {
			return "";
		}
		IdType id = new IdType(reference.getReference());
		return id.getResourceType() + "/" + id.getIdPart();
	}

	private List<IBaseResource> search(String type, String referenceParameter, List<String> references) {
		ReferenceOrListParam any = new ReferenceOrListParam();
		references.forEach(ref -> any.add(new ReferenceParam(ref)));
		SearchParameterMap map = SearchParameterMap.newSynchronous().add(referenceParameter, any);
		return daoRegistry.getResourceDao(type).search(map, internal()).getAllResources();
	}

	private <T extends Resource> T read(Class<T> type, String id) {
		if (id == null) {
			return null;
		}
		try {
			return type.cast(daoRegistry.getResourceDao(type).read(new IdType(type.getSimpleName(), id), internal()));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return null;
		}
	}

	private static RequestDetails internal() {
		return new SystemRequestDetails();
	}
}
