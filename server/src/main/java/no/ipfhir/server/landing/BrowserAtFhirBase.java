package no.ipfhir.server.landing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that opens the FHIR base URL ({@code GET /fhir}, asking for HTML) gets the landing page
 * rather than HAPI's "this is the base URL" error; FHIR clients, which ask for FHIR, still get HAPI.
 * Runs before Spring Security, since a browser carries no token and the page holds no one's data.
 */
@Configuration
public class BrowserAtFhirBase {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> browserAtFhirBaseFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if (isBrowserAtBase(request)) {
                            request.getRequestDispatcher("/").forward(request, response);
                        } else {
                            chain.doFilter(request, response);
                        }
                    }
                });
        registration.addUrlPatterns("/fhir", "/fhir/");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    static boolean isBrowserAtBase(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && (path.equals("/fhir") || path.equals("/fhir/"))
                && request.getParameter("_format") == null
                && accept != null
                && accept.contains("text/html");
    }
}
