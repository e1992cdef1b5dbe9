package no.ipfhir.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles by the nearest-rank method. */
public final class Stats {

    private Stats() {}

    public static double percentile(List<Long> values, double percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
