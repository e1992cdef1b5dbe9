package no.ipfhir.server.config;

/**
 * Marks a Spring bean as a HAPI interceptor (a class with {@code @Hook} methods) for the FHIR
 * endpoint. Its hooks see, once per client request, both the request pointcuts ({@code SERVER_*})
 * and the storage pointcuts ({@code STORAGE_*}) of what that request writes, including each entry
 * of a transaction. One concern per class. Checks on what is written are not interceptors of their own:
 * they are steps of the write pipeline ({@code write/WritePipeline}), which runs them in one declared order.
 */
public interface ServerInterceptor {}
