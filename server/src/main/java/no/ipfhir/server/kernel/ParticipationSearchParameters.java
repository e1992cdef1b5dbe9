package no.ipfhir.server.kernel;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.SearchParameter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R4 has no search parameters for the elements by which an organisation takes part in a plan beyond
 * team membership ({@link PlanParticipation}): the team's managing organisation (the koordinerende
 * enhet) and the one a participant acts on behalf of. They are
 * declared here so participation is found from the organisation's side (and clients can search by them,
 * e.g. {@code CareTeam?managing-organization=}); an unchanged declaration is not stored again.
 */
@Component
public class ParticipationSearchParameters {

    private final DaoRegistry daoRegistry;
    private final ISearchParamRegistry searchParamRegistry;

    public ParticipationSearchParameters(DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
        this.daoRegistry = daoRegistry;
        this.searchParamRegistry = searchParamRegistry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void declare() {
        declare(
                "careteam-managing-organization",
                "ManagingOrganization",
                PlanParticipation.MANAGING_ORGANIZATION,
                "CareTeam",
                "CareTeam.managingOrganization",
                "The organisation that manages the ansvarsgruppe (usually the koordinerende enhet)",
                "Organization");
        declare(
                "careteam-participant-on-behalf-of",
                "ParticipantOnBehalfOf",
                PlanParticipation.ON_BEHALF_OF,
                "CareTeam",
                "CareTeam.participant.onBehalfOf",
                "The organisation a participant of the ansvarsgruppe acts on behalf of",
                "Organization");
        searchParamRegistry.forceRefresh();
    }

    private void declare(
            String id,
            String name,
            String code,
            String base,
            String expression,
            String description,
            String... targets) {
        SearchParameter parameter = new SearchParameter();
        parameter.setId(id);
        parameter.setUrl(IpPackage.CANONICAL_BASE + "/SearchParameter/" + id);
        parameter.setName(name);
        parameter.setStatus(Enumerations.PublicationStatus.ACTIVE);
        parameter.setDescription(description);
        parameter.setCode(code);
        parameter.addBase(base);
        parameter.setType(Enumerations.SearchParamType.REFERENCE);
        parameter.setExpression(expression);
        for (String target : targets) {
            parameter.addTarget(target);
        }
        daoRegistry.getResourceDao(SearchParameter.class).update(parameter, new SystemRequestDetails());
    }
}
