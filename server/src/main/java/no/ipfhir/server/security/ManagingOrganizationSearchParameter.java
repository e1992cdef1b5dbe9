package no.ipfhir.server.security;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.SearchParameter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R4 has no search parameter for {@code CareTeam.managingOrganization}, the organisation that manages
 * the ansvarsgruppe (usually the koordinerende enhet). {@link PlanAccess} needs to find a team by it,
 * so it is declared here; an unchanged declaration is not stored again.
 */
@Component
public class ManagingOrganizationSearchParameter {

	public static final String CODE = "managing-organization";

	private final DaoRegistry daoRegistry;
	private final ISearchParamRegistry searchParamRegistry;

	public ManagingOrganizationSearchParameter(DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
		this.daoRegistry = daoRegistry;
		this.searchParamRegistry = searchParamRegistry;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void declare() {
		SearchParameter parameter = new SearchParameter();
		parameter.setId("careteam-managing-organization");
		parameter.setUrl("https://ip-fhir.org/fhir/SearchParameter/careteam-managing-organization");
		parameter.setName("ManagingOrganization");
		parameter.setStatus(Enumerations.PublicationStatus.ACTIVE);
		parameter.setDescription("The organisation that manages the ansvarsgruppe (usually the koordinerende enhet)");
		parameter.setCode(CODE);
		parameter.addBase("CareTeam");
		parameter.setType(Enumerations.SearchParamType.REFERENCE);
		parameter.setExpression("CareTeam.managingOrganization");
		parameter.addTarget("Organization");
		daoRegistry.getResourceDao(SearchParameter.class).update(parameter, new SystemRequestDetails());
		searchParamRegistry.forceRefresh();
	}
}
