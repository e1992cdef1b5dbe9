package no.ipfhir.server.authentication;

import no.ipfhir.server.config.FhirServerConfig;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes the SMART configuration at the FHIR base and at the server root. */
@Configuration
public class SmartDiscoveryConfig {

    @Bean
    public ServletRegistrationBean<SmartConfigurationServlet> smartConfiguration(
            SecurityProperties security, SecurityMode mode) {
        ServletRegistrationBean<SmartConfigurationServlet> registration = new ServletRegistrationBean<>(
                new SmartConfigurationServlet(security, mode),
                FhirServerConfig.FHIR_PATH + SmartConfigurationServlet.PATH,
                SmartConfigurationServlet.PATH);
        registration.setName("smartConfiguration");
        return registration;
    }
}
