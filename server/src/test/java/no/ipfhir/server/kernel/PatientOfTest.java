package no.ipfhir.server.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

class PatientOfTest {

    private final PatientOf patientOf = new PatientOf(FhirContext.forR4Cached());

    @Test
    void planPartsAreAboutTheirSubject() {
        assertThat(patientOf.patient(new Goal().setSubject(new Reference("Patient/p1"))))
                .contains("Patient/p1");
        assertThat(patientOf.patient(new ServiceRequest().setSubject(new Reference("Patient/p1"))))
                .contains("Patient/p1");
        assertThat(patientOf.patient(new Consent().setPatient(new Reference("Patient/p1"))))
                .contains("Patient/p1");
        Patient patient = new Patient();
        patient.setId("Patient/p1");
        assertThat(patientOf.patient(patient)).contains("Patient/p1");
    }

    @Test
    void practitionersAndRelativesOnATeamAreNotItsPatients() {
        CareTeam team = new CareTeam().setSubject(new Reference("Patient/p1"));
        team.addParticipant().setMember(new Reference("Practitioner/x"));
        team.addParticipant().setMember(new Reference("RelatedPerson/y"));
        assertThat(patientOf.patients(team)).containsExactly("Patient/p1");
    }

    @Test
    void registryResourcesAndPlaceholdersBelongToNoPatient() {
        assertThat(patientOf.patients(new Organization())).isEmpty();
        assertThat(patientOf.patients(
                        new Goal().setSubject(new Reference("urn:uuid:7f1c2a52-0d5e-4b8e-9a6f-1c2d3e4f5a6b"))))
                .isEmpty();
        assertThat(patientOf.hasPatientCompartment("Organization")).isFalse();
        assertThat(patientOf.hasPatientCompartment("Goal")).isTrue();
    }

    @Test
    void aResourceAboutTwoPatientsHasNoSinglePatient() {
        CareTeam team = new CareTeam().setSubject(new Reference("Patient/p1"));
        team.addParticipant().setMember(new Reference("Patient/p2"));
        assertThat(patientOf.patients(team)).containsExactly("Patient/p1", "Patient/p2");
        assertThat(patientOf.patient(team)).isEmpty();
    }

    @Test
    void aTransactionsPatientPlaceholderCountsWhereAsked() {
        String placeholder = "urn:uuid:7f1c2a52-0d5e-4b8e-9a6f-1c2d3e4f5a6b";
        CareTeam team = new CareTeam().setSubject(new Reference(placeholder));
        team.addParticipant().setMember(new Reference("Practitioner/x"));
        assertThat(patientOf.patientsOrPlaceholders(team)).containsExactly(placeholder);
        assertThat(patientOf.patientsOrPlaceholders(new Goal().setSubject(new Reference("Patient/p1"))))
                .containsExactly("Patient/p1");
        assertThat(patientOf.patientsOrPlaceholders(new Organization())).isEmpty();
    }
}
