package no.ipfhir.server.authentication;

import java.util.EnumSet;
import java.util.Set;
import no.ipfhir.server.authentication.SmartScope.Context;
import no.ipfhir.server.authentication.SmartScope.Permission;
import no.ipfhir.server.kernel.IpCodes;

/**
 * Who is calling, as the validated token says.
 *
 * @param kind what kind of actor, which decides whose data it may reach
 * @param scopes the SMART scopes granted
 * @param subject the token's {@code sub}
 * @param clientId the OAuth2 client ({@code client_id} or {@code azp})
 * @param patientId the {@code patient} launch-context claim (a Patient id), or null
 * @param fhirUser the {@code fhirUser} claim as {@code Type/id}, or null
 * @param organisationNumbers the caller's organisasjonsnummer (empty if none)
 * @param herIds the caller's HER-ids (empty if none)
 */
public record Caller(
        Kind kind,
        SmartScopes scopes,
        String subject,
        String clientId,
        String patientId,
        String fhirUser,
        Set<String> organisationNumbers,
        Set<String> herIds) {

    public enum Kind {
        /** Security is off (embedded trial): no restriction at all. */
        OPEN,
        /** A {@code system/} client acting for no organisation: a trusted back end, limited only by its scopes. */
        BACKEND,
        /** An EHR ({@code user/} or {@code system/} scopes with an organisation claim): plans its organisation takes part in. */
        ORGANISATION,
        /** A patient app ({@code patient/} scopes and a {@code patient} claim): the patient's own compartment. */
        PATIENT,
        /** A relative ({@code fhirUser} = RelatedPerson): what the patient's active consent grants. */
        RELATIVE,
        /** A valid token that grants no access to this server. */
        NONE
    }

    public static final Caller OPEN =
            new Caller(Kind.OPEN, new SmartScopes(java.util.List.of()), null, null, null, null, Set.of(), Set.of());

    /** The scope contexts that count for this caller: a patient app's user/ or system/ scopes grant it nothing more. */
    public Set<Context> contexts() {
        return switch (kind) {
            case PATIENT -> EnumSet.of(Context.PATIENT);
            case RELATIVE -> EnumSet.of(Context.PATIENT, Context.USER);
            case ORGANISATION -> EnumSet.of(Context.USER, Context.SYSTEM);
            case BACKEND -> EnumSet.of(Context.SYSTEM);
            default -> EnumSet.noneOf(Context.class);
        };
    }

    public boolean may(Permission permission, String resourceType) {
        return kind == Kind.OPEN || scopes.permissions(contexts(), resourceType).contains(permission);
    }

    public Set<Permission> permissions(String resourceType) {
        return kind == Kind.OPEN ? EnumSet.allOf(Permission.class) : scopes.permissions(contexts(), resourceType);
    }

    /**
     * The SMART v2 query filters that limit a permission on a type ({@code category=…}): empty when the
     * permission is not limited; otherwise it holds only for resources that match one of them.
     */
    public java.util.List<String> filters(Permission permission, String resourceType) {
        return kind == Kind.OPEN ? java.util.List.of() : scopes.filters(contexts(), resourceType, permission);
    }

    public boolean unrestricted() {
        return kind == Kind.OPEN || kind == Kind.BACKEND;
    }

    /** The caller's organisation identifiers in search-token form ({@code system|value}): organisasjonsnummer and HER-ids. */
    public Set<String> organisationIdentifiers() {
        Set<String> identifiers = new java.util.LinkedHashSet<>();
        organisationNumbers.forEach(orgnr -> identifiers.add(IpCodes.ORGANISASJONSNUMMER + "|" + orgnr));
        herIds.forEach(herId -> identifiers.add(IpCodes.HER_ID + "|" + herId));
        return identifiers;
    }

    /** The RelatedPerson id in {@code fhirUser}, or null. */
    public String relatedPersonId() {
        return fhirUser != null && fhirUser.startsWith("RelatedPerson/")
                ? fhirUser.substring("RelatedPerson/".length())
                : null;
    }
}
