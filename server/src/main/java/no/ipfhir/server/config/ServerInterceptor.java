package no.ipfhir.server.config;

/**
 * Marks a Spring bean as a HAPI interceptor (a class with {@code @Hook} methods) for the FHIR
 * endpoint. Its hooks see, once per client request, both the request pointcuts ({@code SERVER_*})
 * and the storage pointcuts ({@code STORAGE_*}) of what that request writes, including each entry
 * of a transaction. One rule or concern per class; order between them with {@code @Hook(order = …)}.
 */
public interface ServerInterceptor {

	/** Profile validation runs first, so a resource that is malformed is told so before any rule. */
	int VALIDATION_ORDER = 0;

	/** The regulation's cross-resource rules run on resources that are already known to be valid. */
	int RULE_ORDER = 100;
}
