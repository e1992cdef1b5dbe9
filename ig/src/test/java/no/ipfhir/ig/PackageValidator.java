package no.ipfhir.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator with the R4 core definitions, this project's package and HL7 Norway's
 * no-basis, and nothing that reaches the network: terminology is checked in memory only.
 */
final class PackageValidator {

    static final String PACKAGE_ON_CLASSPATH = "classpath:fhir-package/no.ipfhir.ip.tgz";
    static final String NO_BASIS_ON_CLASSPATH = "classpath:fhir-package/hl7.fhir.no.basis-2.2.0.tgz";

    private final FhirContext ctx;
    private final FhirValidator validator;

    PackageValidator(FhirContext ctx) {
        this.ctx = ctx;
        NpmPackageValidationSupport packages = new NpmPackageValidationSupport(ctx);
        try {
            packages.loadPackageFromClasspath(PACKAGE_ON_CLASSPATH);
            packages.loadPackageFromClasspath(NO_BASIS_ON_CLASSPATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                packages,
                new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setNoTerminologyChecks(false);
        validator = ctx.newValidator().registerValidatorModule(instanceValidator);
    }

    List<SingleValidationMessage> errors(IBaseResource resource) {
        return errors(resource, new ValidationOptions());
    }

    /** Errors against the profiles the resource claims and the given one. */
    List<SingleValidationMessage> errors(IBaseResource resource, String profile) {
        return errors(resource, new ValidationOptions().addProfile(profile));
    }

    private List<SingleValidationMessage> errors(IBaseResource resource, ValidationOptions options) {
        return validator.validateWithResult(resource, options).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    FhirContext context() {
        return ctx;
    }
}
