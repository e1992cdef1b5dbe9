package no.ipfhir.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR REST endpoint at {@value #FHIR_PATH}: HAPI's {@link RestfulServer} with the JPA resource
 * providers. It shares the JPA interceptor service, so one {@code @Hook} class can act both on
 * requests and on storage.
 */
@Configuration
public class FhirServerConfig {

	public static final String FHIR_PATH = "/fhir";

	@Bean
	public RestfulServer fhirServer(
			FhirContext fhirContext,
			IInterceptorService interceptorService,
			@Qualifier("myResourceProvidersR4") ResourceProviderFactory resourceProviders,
			JpaSystemProvider<?, ?> systemProvider,
			ValueSetOperationProvider valueSetOperations,
			IFhirSystemDao<?, ?> systemDao,
			JpaStorageSettings storageSettings,
			ISearchParamRegistry searchParamRegistry,
			IValidationSupport validationSupport,
			DatabaseBackedPagingProvider pagingProvider,
			FhirServerProperties properties,
			ObjectProvider<ServerInterceptor> interceptors) {
		// An element the parser does not know is refused, never silently dropped from what is stored.
		fhirContext.setParserErrorHandler(new StrictErrorHandler());
		RestfulServer server = new RestfulServer(fhirContext, interceptorService);
		server.registerProviders(resourceProviders.createProviders());
		server.registerProvider(systemProvider);
		// ValueSet/$expand and $validate-code over the stored (and installed) terminology.
		server.registerProvider(valueSetOperations);
		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		interceptors.orderedStream().forEach(server::registerInterceptor);
		server.setImplementationDescription("Individuell plan FHIR server");

		pagingProvider.setDefaultPageSize(properties.defaultPageSize());
		pagingProvider.setMaximumPageSize(properties.maxPageSize());
		server.setPagingProvider(pagingProvider);

		if (!properties.publicBaseUrl().isBlank()) {
			server.setServerAddressStrategy(new HardcodedServerAddressStrategy(properties.publicBaseUrl()));
		}

		JpaCapabilityStatementProvider capabilityStatement = new JpaCapabilityStatementProvider(
				server, systemDao, storageSettings, searchParamRegistry, validationSupport);
		capabilityStatement.setImplementationDescription("Individuell plan FHIR server");
		server.setServerConformanceProvider(capabilityStatement);
		return server;
	}

	@Bean
	public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer fhirServer) {
		ServletRegistrationBean<RestfulServer> registration =
				new ServletRegistrationBean<>(fhirServer, FHIR_PATH + "/*");
		registration.setName("fhir");
		registration.setLoadOnStartup(1);
		return registration;
	}
}
