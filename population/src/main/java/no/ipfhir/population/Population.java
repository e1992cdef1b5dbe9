package no.ipfhir.population;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The command line: {@code generate} writes plans as transaction Bundles (one JSON per line),
 * {@code load} posts them to a server from several clients with a progress bar.
 *
 * <pre>
 * population generate --plans 1000 [--seed 20261202] [--as-of 2026-12-02] [--out plans.ndjson]
 * population load --url http://localhost:8080/fhir --plans 1000 [--seed …] [--as-of …] [--from 0]
 *                 [--clients 4] [--token JWT]
 * </pre>
 *
 * The same seed and reference date (default: today in Norway) always give the same plans.
 */
public final class Population {

    private Population() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("generate") || args[0].equals("load"))) {
            System.err.println("usage: population generate|load --plans N [--seed S] [--as-of YYYY-MM-DD] "
                    + "[--out FILE] [--url URL --clients C --from I --token JWT]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "20261202"));
        LocalDate asOf = options.containsKey("as-of")
                ? LocalDate.parse(options.get("as-of"))
                : LocalDate.now(ZoneId.of("Europe/Oslo"));
        int plans = Integer.parseInt(options.getOrDefault("plans", "100"));
        int from = Integer.parseInt(options.getOrDefault("from", "0"));
        PlanGenerator generator = new PlanGenerator(seed, asOf);
        if (args[0].equals("generate")) {
            generate(generator, from, plans, options.get("out"));
        } else {
            String token = options.getOrDefault("token", System.getenv("FHIR_TOKEN"));
            Loader loader = new Loader(
                    URI.create(options.getOrDefault("url", "http://localhost:8080/fhir")),
                    token == null ? null : () -> token,
                    Integer.parseInt(options.getOrDefault("clients", "4")),
                    true);
            Loader.Result result = loader.load(generator, from, plans);
            System.out.println(result.summary());
            result.failures().stream()
                    .limit(5)
                    .forEach(failure -> System.out.println(
                            "plan " + failure.index() + ": " + failure.status() + " " + failure.body()));
            System.exit(result.failures().isEmpty() ? 0 : 1);
        }
    }

    private static void generate(PlanGenerator generator, int from, int plans, String out) throws IOException {
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        Writer writer = out == null
                ? new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
        long resources = 0;
        try (writer) {
            for (int i = from; i < from + plans; i++) {
                PlanGenerator.GeneratedPlan plan = generator.plan(i);
                resources += plan.bundle().getEntry().size();
                writer.write(parser.encodeResourceToString(plan.bundle()));
                writer.write('\n');
            }
        }
        System.err.printf("%d plans, %d entries%n", plans, resources);
    }
}
