package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipfhir.server.plan.PlanSubjects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Which organisations take part in the plans a resource belongs to. A resource belongs to the plans of its
 * patient (there is one IP per person, with its sub-plans). An organisation takes part in a plan when it is the
 * plan's author or a contributor, manages its care team, or is — itself, through a practitioner role or as the
 * one a participant acts on behalf of — a current participant of that team.
 */
@Component
public class PlanParticipants {

	private final DaoRegistry daos;

	public PlanParticipants(DaoRegistry daos) {
		this.daos = daos;
	}

	public boolean takesPart(SubscriberOrganisation organisation, IBaseResource resource) {
		return organisationIdentifiers(resource).stream()
				.anyMatch(id -> organisation.system().equals(id.getSystem()) && organisation.value().equals(id.getValue()));
	}

	private List<Identifier> organisationIdentifiers(IBaseResource resource) {
		List<Identifier> identifiers = new ArrayList<>();
		Set<String> teamsSeen = new HashSet<>();
		if (resource instanceof CareTeam team) {
			teamsSeen.add(team.getIdElement().toUnqualifiedVersionless().getValue());
			addTeam(team, identifiers);
		}
		Optional<String> patient = PlanSubjects.patientOf(resource);
		if (patient.isEmpty()) {
			return identifiers;
		}
		for (CarePlan plan : plansOf(patient.get())) {
			addOrganisation(plan.getAuthor(), identifiers);
			plan.getContributor().forEach(contributor -> addOrganisation(contributor, identifiers));
			for (Reference teamReference : plan.getCareTeam()) {
				String teamId = PlanSubjects.versionless(teamReference);
				if (teamsSeen.add(teamId)) {
					read(teamReference, CareTeam.class).ifPresent(team -> addTeam(team, identifiers));
				}
			}
		}
		return identifiers;
	}

	private void addTeam(CareTeam team, List<Identifier> identifiers) {
		team.getManagingOrganization().forEach(organisation -> addOrganisation(organisation, identifiers));
		Date now = new Date();
		for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
			if (isCurrent(participant.getPeriod(), now)) {
				addOrganisation(participant.getMember(), identifiers);
				addOrganisation(participant.getOnBehalfOf(), identifiers);
			}
		}
	}

	/** Adds the identifiers of an Organization, or of a PractitionerRole's organisation; others are no organisation. */
	private void addOrganisation(Reference reference, List<Identifier> identifiers) {
		String type = reference.getReferenceElement().getResourceType();
		if ("Organization".equals(type)) {
			read(reference, Organization.class).ifPresent(org -> identifiers.addAll(org.getIdentifier()));
		} else if ("PractitionerRole".equals(type)) {
			read(reference, PractitionerRole.class)
					.filter(PractitionerRole::hasOrganization)
					.ifPresent(role -> addOrganisation(role.getOrganization(), identifiers));
		}
	}

	private List<CarePlan> plansOf(String patient) {
		SearchParameterMap byPatient = SearchParameterMap.newSynchronous(CarePlan.SP_SUBJECT, new ReferenceParam(patient));
		return daos.getResourceDao(CarePlan.class).search(byPatient, new SystemRequestDetails()).getAllResources().stream()
				.map(CarePlan.class::cast)
				.toList();
	}

	private <T extends IBaseResource> Optional<T> read(Reference reference, Class<T> type) {
		if (!reference.hasReference() || reference.getReferenceElement().isAbsolute()) {
			return Optional.empty();
		}
		try {
			return Optional.of(daos.getResourceDao(type)
					.read(reference.getReferenceElement().toUnqualifiedVersionless(), new SystemRequestDetails()));
		} catch (BaseServerResponseException notThere) {
			return Optional.empty();
		}
	}

	private static boolean isCurrent(Period period, Date now) {
		return (!period.hasStart() || !period.getStart().after(now)) && (!period.hasEnd() || period.getEnd().after(now));
	}
}
