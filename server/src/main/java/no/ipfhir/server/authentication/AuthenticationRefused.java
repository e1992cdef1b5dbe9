package no.ipfhir.server.authentication;

/**
 * A request refused before it reached FHIR (401): no token, or one that failed validation. Published as a
 * Spring application event, so the audit trail records it without this package knowing of the audit.
 * It carries nothing of the token, and the path without its query (which may carry a fødselsnummer).
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param remoteAddress the caller's network address
 * @param reason why the token was refused, as Spring Security says it
 */
public record AuthenticationRefused(String method, String path, String remoteAddress, String reason) {}
