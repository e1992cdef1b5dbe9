package no.ipfhir.server.plan;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import no.ipfhir.server.config.OperationProvider;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * {@code GET CarePlan/{id}/$ip-summary}: the whole plan in one call, as a FHIR document with a Norwegian
 * narrative ({@link PlanDocument}). With {@code ?date=2026-01-15} (or a date-time) it is the plan as it was
 * then — each part in the version that was current at the end of that day (Norwegian time) — for meetings
 * that evaluate progress. What the caller may not see is left out.
 */
@Component
public class PlanSummaryOperation implements OperationProvider {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final DaoRegistry daos;

    public PlanSummaryOperation(DaoRegistry daos) {
        this.daos = daos;
    }

    @Operation(name = "$ip-summary", idempotent = true, type = CarePlan.class)
    public Bundle summary(
            @IdParam IdType planId,
            @OperationParam(name = "date", min = 0, max = 1, typeName = "dateTime") DateTimeType date,
            RequestDetails request) {
        Date asOf = date == null || !date.hasValue() ? null : endOf(date);
        PlanReader reader = new PlanReader(daos, request, asOf);
        CarePlan plan = reader.read(planId, CarePlan.class)
                .orElseThrow(() -> new ResourceNotFoundException(
                        asOf == null
                                ? "CarePlan/" + planId.getIdPart() + " is not known"
                                : "CarePlan/" + planId.getIdPart() + " did not exist at " + date.getValueAsString()));
        return PlanDocument.of(PlanParts.read(plan, reader), reader.asOf(), request.getFhirServerBase());
    }

    /** A date means the state at the end of that day; a date-time, that moment. */
    private static Date endOf(DateTimeType date) {
        TemporalPrecisionEnum precision = date.getPrecision();
        if (precision == TemporalPrecisionEnum.YEAR || precision == TemporalPrecisionEnum.MONTH) {
            throw new InvalidRequestException(
                    "The parameter 'date' must be a day (e.g. 2026-01-15) or a date-time, not "
                            + date.getValueAsString());
        }
        if (precision != TemporalPrecisionEnum.DAY) {
            return date.getValue();
        }
        LocalDate day = LocalDate.parse(date.getValueAsString());
        return Date.from(day.plusDays(1).atStartOfDay(OSLO).toInstant().minusMillis(1));
    }
}
