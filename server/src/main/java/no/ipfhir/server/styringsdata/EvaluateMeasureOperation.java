package no.ipfhir.server.styringsdata;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.ipfhir.server.config.OperationProvider;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.styringsdata.Indicators.Span;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/**
 * {@code Measure/$evaluate-measure}: the styringsdata, computed from the live data. On one Measure
 * ({@code Measure/{id}/$evaluate-measure}) it answers that indicator's summary MeasureReport; on the type it
 * answers a Bundle (collection) with a report for every indicator. Parameters: {@code periodStart} and
 * {@code periodEnd} (dates; a year or month means its first or last day), {@code reportType} ({@code summary},
 * the only kind: no report names a person), and {@code municipality} (a kommunenummer, to count only that
 * municipality's plans). Counts from 1 to 4 are masked ({@link Indicators}). Only aggregates leave this
 * operation; who may call it is the access model's business ({@code user/Measure.rs} for a leader).
 */
@Component
public class EvaluateMeasureOperation implements OperationProvider {

    /** At most this many marked persons are renewed before an evaluation answers. */
    private static final int RENEWED_FIRST = 5_000;

    private final IndicatorStore store;
    private final IndicatorProjection projection;
    private final DaoRegistry daos;
    private final List<Measure> indicators;

    public EvaluateMeasureOperation(IndicatorStore store, IndicatorProjection projection, DaoRegistry daos) {
        this.store = store;
        this.projection = projection;
        this.daos = daos;
        this.indicators = indicators();
    }

    @Operation(name = "$evaluate-measure", idempotent = true, type = Measure.class)
    public MeasureReport evaluateOne(
            @IdParam IdType id,
            @OperationParam(name = "periodStart", min = 1, max = 1) DateType periodStart,
            @OperationParam(name = "periodEnd", min = 1, max = 1) DateType periodEnd,
            @OperationParam(name = "reportType", min = 0, max = 1) StringType reportType,
            @OperationParam(name = "municipality", min = 0, max = 1) StringType municipality) {
        Measure measure = indicator(id);
        Span period = period(periodStart, periodEnd, reportType);
        return Indicators.evaluate(measure, period, persons(municipality));
    }

    @Operation(name = "$evaluate-measure", idempotent = true, type = Measure.class)
    public Bundle evaluateAll(
            @OperationParam(name = "periodStart", min = 1, max = 1) DateType periodStart,
            @OperationParam(name = "periodEnd", min = 1, max = 1) DateType periodEnd,
            @OperationParam(name = "reportType", min = 0, max = 1) StringType reportType,
            @OperationParam(name = "municipality", min = 0, max = 1) StringType municipality) {
        Span period = period(periodStart, periodEnd, reportType);
        List<PersonFacts> persons = persons(municipality);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (MeasureReport report : Indicators.evaluate(indicators, period, persons)) {
            bundle.addEntry().setResource(report);
        }
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }

    private List<PersonFacts> persons(StringType municipality) {
        String kommunenummer = municipality == null || !municipality.hasValue() ? null : municipality.getValue();
        if (kommunenummer != null && !kommunenummer.matches("[0-9]{4}")) {
            throw new InvalidRequestException(
                    "The parameter 'municipality' is a kommunenummer of four digits, e.g. 3401, not '" + kommunenummer
                            + "'.");
        }
        // Every change committed before the evaluation counts; during a bulk load the background pass has the rest.
        projection.refreshPending(RENEWED_FIRST);
        return store.persons(kommunenummer);
    }

    /** One of the guide's indicators, by its id in the guide or by the id the server stored it under. */
    private Measure indicator(IdType id) {
        String wanted = id.getIdPart();
        Optional<Measure> byGuideId = indicators.stream()
                .filter(m -> m.getIdElement().getIdPart().equals(wanted))
                .findFirst();
        if (byGuideId.isPresent()) {
            return byGuideId.get();
        }
        try {
            Measure stored = (Measure)
                    daos.getResourceDao("Measure").read(id.toUnqualifiedVersionless(), new SystemRequestDetails());
            return indicators.stream()
                    .filter(m -> m.getUrl().equals(stored.getUrl()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequestException("Measure/" + wanted + " (" + stored.getUrl()
                            + ") is not one of this server's indicators; GET /fhir/Measure lists them."));
        } catch (ResourceNotFoundException | ResourceGoneException notThere) {
            throw new ResourceNotFoundException(
                    "Measure/" + wanted + " is not known; GET /fhir/Measure lists the indicators.");
        }
    }

    private static Span period(DateType start, DateType end, StringType reportType) {
        if (reportType != null && reportType.hasValue() && !"summary".equals(reportType.getValue())) {
            throw new InvalidRequestException("reportType '" + reportType.getValue()
                    + "' is not offered: the styringsdata are aggregates only, so the one report type is 'summary'.");
        }
        if (start == null || !start.hasValue() || end == null || !end.hasValue()) {
            throw new InvalidRequestException(
                    "Both periodStart and periodEnd are needed, as dates: e.g. periodStart=2026-01-01&periodEnd=2026-12-31.");
        }
        LocalDate first = day(start, true);
        LocalDate last = day(end, false);
        if (last.isBefore(first)) {
            throw new InvalidRequestException("periodEnd (" + end.getValueAsString() + ") is before periodStart ("
                    + start.getValueAsString() + ").");
        }
        return new Span(first, last);
    }

    /** A date; a year or a month means its first day (start) or its last (end). */
    private static LocalDate day(DateType date, boolean start) {
        String text = date.getValueAsString();
        TemporalPrecisionEnum precision = date.getPrecision();
        if (precision == TemporalPrecisionEnum.YEAR) {
            int year = Integer.parseInt(text.substring(0, 4));
            return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        if (precision == TemporalPrecisionEnum.MONTH) {
            YearMonth month = YearMonth.parse(text.substring(0, 7));
            return start ? month.atDay(1) : month.atEndOfMonth();
        }
        return LocalDate.parse(text.substring(0, 10));
    }

    /** The guide's indicator Measures, from the project's package. */
    private static List<Measure> indicators() {
        return IpPackage.resources(Measure.class).stream()
                .filter(measure -> Indicators.computes(measure.getIdElement().getIdPart()))
                .toList();
    }
}
