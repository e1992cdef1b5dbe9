package no.ipfhir.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
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
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR REST endpoint at {@value #FHIR_PATH}: HAPI's {@link RestfulServer} with the JPA resource
 * providers. The {@link ServerInterceptor} beans are registered on the endpoint's own interceptor
 * service: HAPI calls storage hooks on that service for every request it handles (besides the JPA
 * layer's global one), so a class there sees each request's {@code SERVER_*} and {@code STORAGE_*}
 * pointcuts exactly once, and writes the server makes for itself (installing its package) are not
 * taken for a client's. {@link StorageInterceptor} beans go on the JPA layer's service, where the
 * subscription pointcuts fire.
 */
@Configuration
public class FhirServerConfig {

    public static final String FHIR_PATH = "/fhir";

    @Bean
    public RestfulServer fhirServer(
            FhirContext fhirContext,
            @Qualifier("myResourceProvidersR4") ResourceProviderFactory resourceProviders,
            JpaSystemProvider<?, ?> systemProvider,
            ValueSetOperationProvider valueSetOperations,
            IFhirSystemDao<?, ?> systemDao,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport,
            DatabaseBackedPagingProvider pagingProvider,
            FhirServerProperties properties,
            ObjectProvider<ServerInterceptor> interceptors,
            IInterceptorService storageInterceptorService,
            ObjectProvider<StorageInterceptor> storageInterceptors,
            ObjectProvider<OperationProvider> operations) {
        // An element the parser does not know is refused, never silently dropped from what is stored.
        fhirContext.setParserErrorHandler(new StrictErrorHandler());
        RestfulServer server = new RestfulServerWithoutAdministration(fhirContext);
        server.registerProviders(resourceProviders.createProviders());
        server.registerProvider(systemProvider);
        // ValueSet/$expand and $validate-code over the stored (and installed) terminology.
        server.registerProvider(valueSetOperations);
        operations.orderedStream().forEach(server::registerProvider);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        interceptors.orderedStream().forEach(server::registerInterceptor);
        storageInterceptors.orderedStream().forEach(storageInterceptorService::registerInterceptor);
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
