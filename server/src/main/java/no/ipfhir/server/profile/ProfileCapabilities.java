package no.ipfhir.server.profile;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ipfhir.server.config.ServerInterceptor;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.stereotype.Component;

/**
 * The CapabilityStatement names, on each resource type, every profile of the IP package for that
 * type ({@code supportedProfile}): what writes are validated against and what readers may expect.
 * Taken from the package itself, so a new profile is declared the moment it is packaged.
 */
@Interceptor
@Component
public class ProfileCapabilities implements ServerInterceptor {

    private final Map<String, List<String>> profilesByType;

    public ProfileCapabilities(FhirContext fhirContext) {
        this.profilesByType = profilesByType(fhirContext, IpPackage.load());
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void declareProfiles(IBaseConformance generated) {
        CapabilityStatement capabilities = (CapabilityStatement) generated;
        capabilities.getRest().forEach(rest -> rest.getResource().forEach(resource -> {
            for (String profile : profilesByType.getOrDefault(resource.getType(), List.of())) {
                if (resource.getSupportedProfile().stream().noneMatch(p -> profile.equals(p.getValue()))) {
                    resource.addSupportedProfile(profile);
                }
            }
        }));
    }

    /** Resource profiles (not extensions, not logical models) of the package, by the type they constrain. */
    public static Map<String, List<String>> profilesByType(FhirContext fhirContext, NpmPackage npm) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        try {
            for (String file : npm.list("package")) {
                if (!file.startsWith("StructureDefinition-")) {
                    continue;
                }
                try (InputStream in = npm.load("package", file)) {
                    StructureDefinition definition =
                            fhirContext.newJsonParser().parseResource(StructureDefinition.class, in);
                    if (definition.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE
                            && definition.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT) {
                        byType.computeIfAbsent(definition.getType(), type -> new ArrayList<>())
                                .add(definition.getUrl());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the profiles of the FHIR package", e);
        }
        return byType;
    }
}
