package no.ipfhir.server.config;

/**
 * Marks a Spring bean as a HAPI plain provider (a class with {@code @Operation} methods) for the FHIR
 * endpoint; its operations are served and listed in the CapabilityStatement.
 */
public interface OperationProvider {}
