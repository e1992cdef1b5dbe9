package no.ipfhir.server.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project's FHIR package and no-basis are installed at start-up, offline, and the terminology is served. */
class PackageInstallationIT extends FhirIntegrationTest {

    private static final String ROLES = IpPackage.CODE_SYSTEM_BASE + "no-ip-rolle";
    private static final String ROLE_VALUE_SET = IpPackage.CANONICAL_BASE + "/ValueSet/no-ip-rolle";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no-ip-CarePlan",
                "no-ip-CareTeam",
                "no-ip-Goal",
                "no-ip-Tiltak",
                "no-ip-Consent",
                "no-ip-Patient",
                "no-ip-Practitioner",
                "no-ip-PractitionerRole",
                "no-ip-Organization",
                "no-ip-RelatedPerson"
            })
    void everyProfileIsServedByItsCanonicalUrl(String profile) {
        Bundle result = client().search()
                .byUrl("StructureDefinition?url=" + IpPackage.PROFILE_BASE + profile)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(result.getEntry()).hasSize(1);
        assertThat(((StructureDefinition) result.getEntryFirstRep().getResource()).getUrl())
                .isEqualTo(IpPackage.PROFILE_BASE + profile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patient", "Practitioner", "PractitionerRole", "Organization", "RelatedPerson"})
    void noBasisProfileIsInstalledAndIsTheBaseOfTheIpProfile(String type) {
        String noBasis = "http://hl7.no/fhir/StructureDefinition/no-basis-" + type;
        Bundle base = client().search()
                .byUrl("StructureDefinition?url=" + noBasis)
                .returnBundle(Bundle.class)
                .execute();
        Bundle ip = client().search()
                .byUrl("StructureDefinition?url=" + IpPackage.PROFILE_BASE + "no-ip-" + type)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(base.getEntry()).hasSize(1);
        assertThat(((StructureDefinition) ip.getEntryFirstRep().getResource()).getBaseDefinition())
                .isEqualTo(noBasis);
    }

    @Test
    void healthPersonnelCategoryValueSetAtTheVolvenOidValidatesItsCodes() {
        String volven9060 = "urn:oid:2.16.578.1.12.4.1.1.9060";
        HttpResponse<String> response = send(request(
                "/ValueSet/$validate-code?url=" + encode(volven9060) + "&system=" + encode(volven9060) + "&code=LE"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Parameters result = (Parameters) fhirContext.newJsonParser().parseResource(response.body());
        assertThat(result.getParameterBool("result")).as(response.body()).isTrue();
    }

    @Test
    void roleValueSetExpandsWithATextFilter() {
        HttpResponse<String> response =
                send(request("/ValueSet/$expand?url=" + encode(ROLE_VALUE_SET) + "&filter=koord"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ValueSet expansion = (ValueSet) fhirContext.newJsonParser().parseResource(response.body());
        assertThat(expansion.getExpansion().getContains())
                .extracting(ValueSet.ValueSetExpansionContainsComponent::getCode)
                .contains("koordinator")
                .doesNotContain("fastlege");
    }

    @Test
    void coordinatorCodeIsLookedUpWithItsNorwegianDisplay() {
        HttpResponse<String> response =
                send(request("/CodeSystem/$lookup?system=" + encode(ROLES) + "&code=koordinator"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Parameters lookup = (Parameters) fhirContext.newJsonParser().parseResource(response.body());
        assertThat(lookup.getParameter("display").getValue().primitiveValue()).isEqualTo("Koordinator");
    }

    @Test
    void codesAreValidatedAgainstTheRoleValueSet() {
        Parameters known = validateCode("koordinator");
        Parameters unknown = validateCode("sjef");

        assertThat(known.getParameterBool("result")).isTrue();
        assertThat(unknown.getParameterBool("result")).isFalse();
    }

    private Parameters validateCode(String code) {
        HttpResponse<String> response = send(request("/ValueSet/$validate-code?url=" + encode(ROLE_VALUE_SET)
                + "&system=" + encode(ROLES) + "&code=" + code));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (Parameters) fhirContext.newJsonParser().parseResource(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
