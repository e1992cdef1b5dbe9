package no.ipfhir.server.trial;

import java.util.List;
import java.util.Optional;
import no.ipfhir.server.kernel.IpCodes;

/**
 * The synthetic people who can log in to the trial issuer. Each is someone in the guide's example
 * plans (ip-a-hjerneslag, ip-b-barn), found by the same identifier the seeded plan gives them, so a
 * token names the ids this server stored; the leader is in no plan and reads only styringsdata.
 */
public final class TrialUsers {

    static final String FODSELSNUMMER = "urn:oid:2.16.578.1.12.4.1.4.1";

    /** The one password of every test user: they are public, like the data they reach. */
    public static final String PASSWORD = "test";

    public enum Role {
        PATIENT,
        RELATIVE,
        KOORDINATOR,
        /** A leader who reads styringsdata: aggregates only, no plan and no person. */
        LEDER
    }

    /**
     * @param username what is typed into the login form
     * @param name the person's name in the example plan
     * @param role which claims the token gets
     * @param resourceType the FHIR type that holds the person (Patient, RelatedPerson, Practitioner), or
     *     null for someone who is in no plan (the leader)
     * @param identifierSystem and {@code identifierValue}: how the person is found
     * @param organisationNumber the organisasjonsnummer the person works for (koordinator, leader), else null
     * @param description what the user shows, for the login page
     */
    public record TrialUser(
            String username,
            String name,
            Role role,
            String resourceType,
            String identifierSystem,
            String identifierValue,
            String organisationNumber,
            String description) {}

    public static final List<TrialUser> ALL = List.of(
            new TrialUser(
                    "pasient-a",
                    "Per Hansen",
                    Role.PATIENT,
                    "Patient",
                    FODSELSNUMMER,
                    "12885851264",
                    null,
                    "pasient A: rehabilitering etter hjerneslag (eksempelplan A)"),
            new TrialUser(
                    "pasient-b",
                    "Emma Larsen",
                    Role.PATIENT,
                    "Patient",
                    FODSELSNUMMER,
                    "03832051240",
                    null,
                    "pasient B: habilitering for barn (eksempelplan B)"),
            new TrialUser(
                    "parorende-a",
                    "Anne Hansen",
                    Role.RELATIVE,
                    "RelatedPerson",
                    FODSELSNUMMER,
                    "22896247127",
                    null,
                    "pårørende til pasient A (kona), med i ansvarsgruppen"),
            new TrialUser(
                    "koordinator-a",
                    "Lise Berg",
                    Role.KOORDINATOR,
                    "Practitioner",
                    IpCodes.HPR_NUMMER,
                    "9144889",
                    "991000070",
                    "koordinator for pasient A, Fjordvik kommune (fysio- og ergoterapitjenesten)"),
            new TrialUser(
                    "leder-a",
                    "Kari Nilsen",
                    Role.LEDER,
                    null,
                    null,
                    null,
                    "991000070",
                    "leder for koordinerende enhet, Fjordvik kommune: ser bare styringsdata (tall uten personer)"));

    private TrialUsers() {}

    public static Optional<TrialUser> byUsername(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst();
    }
}
