package no.ipfhir.ig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;

/** The tarball on the classpath is the package the server installs: name, version and profiles. */
class PackageContentsTest {

    private static final String BASE = "https://ip-fhir.org/fhir/StructureDefinition/";
    private static final List<String> PROFILES = List.of(
            "no-ip-CarePlan",
            "no-ip-CareTeam",
            "no-ip-Goal",
            "no-ip-GoalEvaluation",
            "no-ip-Tiltak",
            "no-ip-Consent",
            "no-ip-Behov",
            "no-ip-Patient",
            "no-ip-Practitioner",
            "no-ip-PractitionerRole",
            "no-ip-Organization",
            "no-ip-RelatedPerson");

    @Test
    void tarballIsTheIpPackageWithEveryProfile() throws IOException {
        NpmPackage pkg;
        try (InputStream in = getClass().getResourceAsStream("/fhir-package/no.ipfhir.ip.tgz")) {
            pkg = NpmPackage.fromPackage(in);
        }
        assertEquals("no.ipfhir.ip", pkg.name());
        assertEquals("0.1.0", pkg.version());
        assertEquals("4.0.1", pkg.fhirVersion());
        for (String profile : PROFILES) {
            assertTrue(pkg.hasCanonical(BASE + profile), "package holds " + BASE + profile);
        }
        assertEquals(List.of("hl7.fhir.r4.core#4.0.1", "hl7.fhir.no.basis#2.2.0"), pkg.dependencies());
    }

    /** no-basis binds the ValueSet at the Volven OID; the codes' system is the CodeSystem at the same OID. */
    @Test
    void volven9060IsBothAFragmentCodeSystemAndTheValueSetNoBasisBinds() throws IOException {
        NpmPackage pkg;
        try (InputStream in = getClass().getResourceAsStream("/fhir-package/no.ipfhir.ip.tgz")) {
            pkg = NpmPackage.fromPackage(in);
        }
        String oid = "urn:oid:2.16.578.1.12.4.1.1.9060";
        var parser = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser();
        try (InputStream cs = pkg.load("package", "CodeSystem-volven-9060.json");
                InputStream vs = pkg.load("package", "ValueSet-volven-9060.json")) {
            var codeSystem = (org.hl7.fhir.r4.model.CodeSystem) parser.parseResource(cs);
            var valueSet = (org.hl7.fhir.r4.model.ValueSet) parser.parseResource(vs);
            assertEquals(oid, codeSystem.getUrl());
            assertEquals(org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode.FRAGMENT, codeSystem.getContent());
            assertEquals(oid, valueSet.getUrl());
            assertEquals(oid, valueSet.getCompose().getIncludeFirstRep().getSystem());
        }
    }
}
