package no.ipfhir.server.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import no.ipfhir.server.config.FhirServerConfig;
import no.ipfhir.server.config.FhirServerProperties;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code fhir.server.max-request-body-size} is read: a body of
 * hundreds of megabytes would otherwise be parsed into memory whole and take the heap of every
 * other request with it. A declared {@code Content-Length} over the limit is refused before a
 * byte is read; a body without one (chunked) is counted as it is read and refused on the byte
 * that passes the limit. Either way: 413 with an OperationOutcome.
 */
@Configuration
public class RequestBodySizeLimit {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> requestBodySizeLimitFilter(
            FhirServerProperties properties, FhirContext fhirContext) {
        long limit = properties.maxRequestBodySize().toBytes();
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if (request.getContentLengthLong() > limit) {
                            refuse(response, fhirContext, limit);
                            return;
                        }
                        chain.doFilter(new Limited(request, limit), response);
                    }
                });
        registration.addUrlPatterns(FhirServerConfig.FHIR_PATH + "/*");
        // Before authentication: a client need not be who it says to fill the memory.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static PayloadTooLargeException tooLarge(long limit) {
        String rule = "The request body is larger than the " + limit + " bytes this server takes.";
        return new PayloadTooLargeException(
                rule,
                Outcomes.error(
                        IssueType.TOOCOSTLY,
                        null,
                        rule,
                        "Send less in one request, e.g. one plan per transaction Bundle."));
    }

    private static void refuse(HttpServletResponse response, FhirContext fhirContext, long limit) throws IOException {
        OperationOutcome outcome = (OperationOutcome) tooLarge(limit).getOperationOutcome();
        byte[] body =
                fhirContext.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setContentType("application/fhir+json;charset=utf-8");
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A request whose body stream refuses to deliver more than the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
