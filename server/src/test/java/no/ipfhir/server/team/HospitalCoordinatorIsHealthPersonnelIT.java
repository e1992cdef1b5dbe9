package no.ipfhir.server.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the specialist health service the koordinator is health personnel. The koordinerende enhet
 * that manages plan (a) hands the koordinator role from the municipality's ergoterapeut to someone
 * at the hospital, or to someone else in the municipality.
 */
class HospitalCoordinatorIsHealthPersonnelIT extends FhirIntegrationTest {

    private static final String ROLES = "https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle";
    private static final String KOORDINERENDE_ENHET = "urn:uuid:00000000-0000-4000-8001-000000000002";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private StoredPlan plan;
    private CareTeam team;
    private String managingUnit;

    @BeforeEach
    void storePlan() {
        plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        team = plan.read(CareTeam.class, plan.id("CareTeam"));
        Organization unit = (Organization)
                ExamplePlans.entry(plan.sent(), KOORDINERENDE_ENHET).getResource();
        managingUnit = issuer().token("user/*.cruds")
                .orgnr(unit.getIdentifierFirstRep().getValue())
                .sign();
    }

    @Test
    void hospitalKoordinatorWithoutHprNumberIsRefusedNamingTheParticipant() {
        Practitioner nurse = new Practitioner();
        nurse.addName().setFamily("Strand").addGiven("Nina");
        nurse.addQualification()
                .getCode()
                .addCoding()
                .setSystem("urn:oid:2.16.578.1.12.4.1.1.9060")
                .setCode("SP");
        String role = roleAt(hospital(), register(nurse));

        HttpResponse<String> response = handOverTo(role);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome outcome = outcome(response);
        int participant = team.getParticipant().size() - 1;
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("CareTeam.participant[" + participant + "].member");
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .contains(role)
                .contains("spesialisthelsetjeneste")
                .contains("has no HPR-nummer");
        assertThat(plan.read(CareTeam.class, plan.id("CareTeam")).getMeta().getVersionId())
                .isEqualTo("1");
    }

    @Test
    void hospitalKoordinatorWithHprNumberAndQualificationIsAccepted() {
        // Kari Lie, lege at the hospital: HPR-nummer and Volven 9060 LE.
        String kariLieAtHospital = plan.ids("PractitionerRole").get(1);

        HttpResponse<String> response = handOverTo(kariLieAtHospital);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void municipalKoordinatorNeedNotBeHealthPersonnel() {
        Practitioner adviser = new Practitioner();
        adviser.addName().setFamily("Vik").addGiven("Ola");
        String role = roleAt(plan.ids("Organization").get(0), register(adviser));

        HttpResponse<String> response = handOverTo(role);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String hospital() {
        return plan.ids("Organization").get(3);
    }

    /** The current koordinator's period ends yesterday; the given PractitionerRole is koordinator from today. */
    private HttpResponse<String> handOverTo(String practitionerRole) {
        team.getParticipant().stream()
                .filter(p -> p.getRole().stream().anyMatch(r -> r.hasCoding(ROLES, "koordinator")))
                .filter(p -> !p.getPeriod().hasEnd())
                .forEach(p -> p.getPeriod()
                        .setEndElement(new DateTimeType(TODAY.minusDays(1).toString())));
        CareTeamParticipantComponent coordinator = team.addParticipant();
        coordinator.addRole().addCoding().setSystem(ROLES).setCode("koordinator");
        coordinator.getMember().setReference(practitionerRole);
        coordinator.getPeriod().setStartElement(new DateTimeType(TODAY.toString()));
        team.getMeta().setVersionId(null);
        return send(requestWith("/" + plan.id("CareTeam"), managingUnit)
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(team))));
    }

    private String roleAt(String organisation, String practitioner) {
        PractitionerRole role = new PractitionerRole();
        role.setActive(true);
        role.getPractitioner().setReference(practitioner);
        role.getOrganization().setReference(organisation);
        return register(role);
    }

    /** Directory entries are written by the back end that keeps them, with a token for that type only. */
    private String register(Resource resource) {
        String token = issuer().token("system/" + resource.fhirType() + ".c").sign();
        HttpResponse<String> response = send(requestWith("/" + resource.fhirType(), token)
                .header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(resource))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/fhir/") + "/fhir/".length());
        return path.replaceFirst("/_history/.*$", "");
    }
}
