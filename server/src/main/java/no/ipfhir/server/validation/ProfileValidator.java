package no.ipfhir.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.util.List;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * HAPI's instance validator over an in-memory support chain: the R4 core definitions, the IP
 * package and HL7 Norway's no-basis package it derives from, both from the classpath, terminology
 * checked in memory. Nothing here reads the database or
 * the network, and the chain caches snapshots and expansions, so a write pays only for the
 * validation itself.
 *
 * <p>The HL7 validator (6.7.x) reads its 1.5 MB OID registry ({@code oidregistry.csv}) anew for every
 * validation, which cost most of a write's time. The registry only serves the checks of
 * StructureDefinition mappings, which clients never send here, so the server's own classpath
 * carries an empty {@code oidregistry.csv} that is found first.
 */
@Component
public class ProfileValidator {

    private final FhirValidator validator;

    public ProfileValidator(FhirContext fhirContext) {
        NpmPackageValidationSupport packages = new NpmPackageValidationSupport(fhirContext);
        for (String location : List.of(IpPackage.CLASSPATH_LOCATION, IpPackage.NO_BASIS_CLASSPATH_LOCATION)) {
            try {
                packages.loadPackageFromClasspath("classpath:" + location);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("The FHIR package " + location + " cannot be read", e);
            }
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                packages,
                new DefaultProfileValidationSupport(fhirContext),
                new CommonCodeSystemsTerminologyService(fhirContext),
                new InMemoryTerminologyServerValidationSupport(fhirContext),
                new SnapshotGeneratingValidationSupport(fhirContext));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setErrorForUnknownProfiles(true);
        // References between stored resources are checked by the database (referential integrity).
        instanceValidator.setAssumeValidRestReferences(true);
        validator = fhirContext.newValidator().registerValidatorModule(instanceValidator);
    }

    /** Errors (and fatal messages) of the resource against its declared profiles and the given ones. */
    public List<SingleValidationMessage> errors(IBaseResource resource, List<String> profiles) {
        ValidationOptions options = new ValidationOptions();
        profiles.forEach(options::addProfile);
        return validator.validateWithResult(resource, options).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }
}
