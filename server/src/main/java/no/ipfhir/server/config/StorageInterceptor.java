package no.ipfhir.server.config;

/**
 * Marks a Spring bean as a HAPI interceptor for the storage layer itself: it is registered on the
 * JPA interceptor service, whose pointcuts fire for every write whoever makes it (client requests and
 * the server's own jobs) and which alone carries the subscription pointcuts ({@code SUBSCRIPTION_*}).
 * Hooks on request pointcuts ({@code SERVER_*}) belong in a {@link ServerInterceptor} instead.
 */
public interface StorageInterceptor {}
