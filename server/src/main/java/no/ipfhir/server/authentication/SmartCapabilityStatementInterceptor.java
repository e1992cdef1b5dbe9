package no.ipfhir.server.authentication;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.springframework.stereotype.Component;

/**
 * The security block of the CapabilityStatement: SMART-on-FHIR with the issuer's OAuth endpoints, or,
 * when security is off, a warning no integrator can miss.
 */
@Interceptor
@Component
public class SmartCapabilityStatementInterceptor implements ServerInterceptor {

    static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";
    static final String SECURITY_SERVICE = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    private final SecurityMode mode;
    private final SecurityProperties security;

    public SmartCapabilityStatementInterceptor(SecurityMode mode, SecurityProperties security) {
        this.mode = mode;
        this.security = security;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void describeSecurity(IBaseConformance capabilityStatement, RequestDetails request) {
        CapabilityStatement capabilities = (CapabilityStatement) capabilityStatement;
        CapabilityStatement.CapabilityStatementRestSecurityComponent block =
                capabilities.getRestFirstRep().getSecurity();
        if (!mode.enabled()) {
            block.setDescription(SecurityMode.OPEN_WARNING);
            capabilities.setDescription("WARNING: " + SecurityMode.OPEN_WARNING);
            return;
        }
        block.setCors(true);
        CodeableConcept smart = new CodeableConcept().setText("OAuth2 bearer tokens (SMART App Launch v2 scopes)");
        smart.addCoding().setSystem(SECURITY_SERVICE).setCode("SMART-on-FHIR").setDisplay("SMART-on-FHIR");
        block.addService(smart);
        Extension uris = block.addExtension().setUrl(OAUTH_URIS);
        if (mode.trialIssuer()) {
            String origin = request instanceof ServletRequestDetails servlet
                    ? SmartConfigurationServlet.origin(servlet.getServletRequest())
                    : "";
            addUri(uris, "authorize", origin + SmartConfigurationServlet.TRIAL_AUTHORIZATION_PATH);
            addUri(uris, "token", origin + SmartConfigurationServlet.TRIAL_TOKEN_PATH);
            block.setDescription(SecurityMode.TRIAL_WARNING
                    + " Scopes: patient/, user/ and system/ with SMART v2 permissions (c r u d s) or v1 read/write. "
                    + "See /fhir/.well-known/smart-configuration.");
            return;
        }
        addUri(uris, "authorize", security.authorizationUri());
        addUri(uris, "token", security.tokenUri());
        block.setDescription("Bearer tokens (JWT) from " + security.issuerUri() + " for audience "
                + String.join(", ", security.audience())
                + ". Scopes: patient/, user/ and system/ with SMART v2 permissions (c r u d s) or v1 read/write. "
                + "See /fhir/.well-known/smart-configuration.");
    }

    private static void addUri(Extension uris, String name, String value) {
        if (value != null && !value.isBlank()) {
            uris.addExtension(name, new UriType(value));
        }
    }
}
