package no.ipfhir.server.write;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One resource being written by a request.
 *
 * @param kind create, update or delete
 * @param resource the resource as it is about to be stored (for a delete, the resource deleted)
 * @param previous the stored version an update replaces; {@code null} otherwise
 * @param request the client's request, or the server's own (system) request
 * @param transaction the database transaction it is written in
 */
record Write(
        Kind kind,
        IBaseResource resource,
        IBaseResource previous,
        RequestDetails request,
        TransactionDetails transaction) {

    enum Kind {
        CREATE,
        UPDATE,
        DELETE
    }
}
