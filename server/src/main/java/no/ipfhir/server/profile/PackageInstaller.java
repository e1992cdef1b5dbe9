package no.ipfhir.server.profile;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.term.api.ITermDeferredStorageSvc;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Installs the project's profiles, extensions, CodeSystems, ValueSets and indicator Measures, and those of HL7 Norway's
 * no-basis that the IP profiles derive from, as resources at start-up, from the classpath, so that {@code GET /fhir/StructureDefinition?url=…}, {@code $expand},
 * {@code $lookup} and {@code $validate-code} answer for them. Each is a conditional update on its
 * canonical URL: a restart with an unchanged package writes nothing; a changed one a new version.
 * Readiness (ApplicationReadyEvent) follows the runners, so no traffic arrives before this is done.
 */
@Component
public class PackageInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PackageInstaller.class);
    private static final List<String> INSTALLED_TYPES =
            List.of("CodeSystem", "ValueSet", "StructureDefinition", "Measure");

    private final FhirContext fhirContext;
    private final DaoRegistry daoRegistry;
    private final ITermDeferredStorageSvc deferredTerminology;
    private final IValidationSupport validationSupport;

    public PackageInstaller(
            FhirContext fhirContext,
            DaoRegistry daoRegistry,
            ITermDeferredStorageSvc deferredTerminology,
            IValidationSupport validationSupport) {
        this.fhirContext = fhirContext;
        this.daoRegistry = daoRegistry;
        this.deferredTerminology = deferredTerminology;
        this.validationSupport = validationSupport;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (NpmPackage npm : List.of(IpPackage.loadNoBasis(), IpPackage.load())) {
            changed += install(npm);
        }
        // HAPI stores CodeSystem concepts in the background; have them stored before the server is
        // ready, so $expand, $lookup and $validate-code answer from the first request.
        deferredTerminology.saveAllDeferred();
        validationSupport.invalidateCaches();
        log.info("FHIR packages installed ({} resources created or changed)", changed);
    }

    /** Code systems first, then the value sets that include them, then the profiles. */
    private int install(NpmPackage npm) {
        List<MetadataResource> resources = files(npm).stream()
                .filter(file -> file.endsWith(".json") && !file.equals("package.json") && !file.startsWith("."))
                .map(file -> parse(npm, file))
                .filter(resource -> INSTALLED_TYPES.contains(resource.fhirType()))
                .map(MetadataResource.class::cast)
                .sorted(Comparator.comparingInt(resource -> INSTALLED_TYPES.indexOf(resource.fhirType())))
                .toList();
        int changed = 0;
        for (MetadataResource resource : resources) {
            String type = resource.fhirType();
            IFhirResourceDao<IBaseResource> dao = daoRegistry.getResourceDao(type);
            var outcome = dao.update(resource, type + "?url=" + resource.getUrl(), new SystemRequestDetails());
            if (outcome.getCreated() != null && outcome.getCreated() || !outcome.isNop()) {
                changed++;
            }
        }
        log.info(
                "FHIR package {}#{}: {} conformance resources, {} created or changed",
                npm.name(),
                npm.version(),
                resources.size(),
                changed);
        return changed;
    }

    private static List<String> files(NpmPackage npm) {
        try {
            return npm.list("package");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the FHIR package", e);
        }
    }

    private Resource parse(NpmPackage npm, String file) {
        try (InputStream in = npm.load("package", file)) {
            return (Resource) fhirContext.newJsonParser().parseResource(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " from the FHIR package", e);
        }
    }
}
