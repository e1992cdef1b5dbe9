package no.ipfhir.server.landing;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * "Min plan", the patient's SMART app (built from {@code app/} into {@code static/app/}), answers at
 * {@code /app/}: the address it is opened at and the address the login sends the patient back to. The
 * styringsdata page for leaders, from the same build, answers at {@code /app/styringsdata/}.
 */
@Configuration
public class PatientAppPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/app", "/app/");
        registry.addViewController("/app/").setViewName("forward:/app/index.html");
        registry.addRedirectViewController("/app/styringsdata", "/app/styringsdata/");
        registry.addViewController("/app/styringsdata/").setViewName("forward:/app/styringsdata/index.html");
    }
}
