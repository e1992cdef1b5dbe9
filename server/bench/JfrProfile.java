import jdk.jfr.consumer.*;
import java.nio.file.*;
import java.util.*;

/**
 * Where a server's CPU went, from a flight recording (JFR) of it: each execution sample is put in a class by
 * what its stack is doing (a transaction, a search, the $ip-plan view, a background task), and within each class
 * the share of samples whose stack passes through each of a list of components is printed (inclusive, so the
 * shares overlap), with the top leaf methods and the innermost frames of this project.
 *
 * <pre>
 *   JAVA_OPTS="... -XX:StartFlightRecording=filename=/tmp/jfr/,settings=profile" server/bench/population.sh ...
 *   java server/bench/JfrProfile.java /tmp/jfr/hotspot-pid-NNNN-....jfr
 * </pre>
 */
public class JfrProfile {
    public static void main(String[] a) throws Exception {
        String[][] buckets = {
            {"validator", "org.hl7.fhir.validation."},
            {"our ProfileValidator", "no.ipfhir.server.validation.ProfileValidator"},
            {"write rules (no.ipfhir rules)", "no.ipfhir.server.write.WritePipeline"},
            {"provenance", "no.ipfhir.server.exchange.ProvenanceRecorder"},
            {"change outbox", "no.ipfhir.server.exchange.ChangeRecorder"},
            {"audit", "no.ipfhir.server.audit."},
            {"sp extraction", "ca.uhn.fhir.jpa.searchparam.extractor."},
            {"hibernate search", "org.hibernate.search."},
            {"conditional match", "MatchResourceUrlService"},
            {"hapi parser", "ca.uhn.fhir.parser."},
            {"hibernate flush", "AbstractFlushingEventListener"},
            {"jdbc pg", "org.postgresql."},
            {"auth interceptor", "ca.uhn.fhir.rest.server.interceptor.auth."},
            {"jwt decode", "NimbusJwtDecoder"},
            {"fhirpath", "FHIRPathEngine"},
            {"our access", "no.ipfhir.server.access."},
            {"our plan", "no.ipfhir.server.plan."},
            {"reference reachability", "ReferenceReachabilityRule"},
            {"patientOf", "no.ipfhir.server.kernel.PatientOf"},
            {"search include", "SearchBuilder.loadIncludes"},
            {"search query", "SearchBuilder"},
            {"resource loading", "JpaStorageResourceParser"},
            {"response encoding", "RestfulServerUtils.streamResponseAsResource"},
            {"ip-plan view", "no.ipfhir.server.plan.PlanView"},
            {"GC", "GC"},
        };
        Map<String, Map<String, Integer>> byClass = new TreeMap<>();
        Map<String, Integer> totals = new TreeMap<>();
        Map<String, Map<String, Integer>> leaf = new TreeMap<>();
        Map<String, Map<String, Integer>> ours = new TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) continue;
            StringBuilder all = new StringBuilder();
            List<RecordedFrame> frames = st.getFrames();
            for (RecordedFrame f : frames) all.append(f.getMethod().getType().getName()).append('.').append(f.getMethod().getName()).append('\n');
            String s = all.toString();
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            String cls;
            if (s.contains("BaseTransactionProcessor")) cls = "ingest(transaction)";
            else if (s.contains("PlanViewOperation")) cls = "read($ip-plan)";
            else if (s.contains("BaseHapiFhirResourceDao.search") || s.contains("SearchCoordinatorSvcImpl") || s.contains("SynchronousSearchSvcImpl")) cls = "read(search)";
            else if (s.contains("AuditTrailStore")) cls = "audit store (background)";
            else if (s.contains("Notification")) cls = "notifications (background)";
            else if (thread != null && thread.startsWith("http-nio")) cls = "http other";
            else cls = "other:" + (thread == null ? "?" : thread.replaceAll("[0-9]+", "N"));
            totals.merge(cls, 1, Integer::sum);
            Map<String, Integer> b = byClass.computeIfAbsent(cls, k -> new LinkedHashMap<>());
            for (String[] bk : buckets) if (s.contains(bk[1])) b.merge(bk[0], 1, Integer::sum);
            if (!frames.isEmpty()) {
                RecordedFrame f = frames.get(0);
                leaf.computeIfAbsent(cls, k -> new HashMap<>()).merge(f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
            }
            // first no.ipfhir frame from top
            StringBuilder chain = new StringBuilder(); int found = 0;
            for (RecordedFrame f : frames) {
                String n = f.getMethod().getType().getName();
                if (n.startsWith("no.ipfhir")) { chain.append(n.substring(n.lastIndexOf('.')+1)).append('.').append(f.getMethod().getName()).append(" < "); if (++found == 3) break; }
            }
            if (found > 0) ours.computeIfAbsent(cls, k -> new HashMap<>()).merge(chain.toString(), 1, Integer::sum);
        }
        int grand = totals.values().stream().mapToInt(i -> i).sum();
        System.out.println("samples: " + grand);
        totals.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(t -> {
            if (t.getValue() < grand / 100) return;
            System.out.printf("%n== %s: %d samples (%.0f%%)%n", t.getKey(), t.getValue(), 100.0 * t.getValue() / grand);
            byClass.get(t.getKey()).entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(b -> System.out.printf("   %-32s %5.1f%%%n", b.getKey(), 100.0 * b.getValue() / t.getValue()));
            System.out.println("   -- top leaf methods");
            leaf.get(t.getKey()).entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8)
                .forEach(b -> System.out.printf("   %5.1f%% %s%n", 100.0 * b.getValue() / t.getValue(), b.getKey()));
            System.out.println("   -- innermost project frame");
            Map<String, Integer> o = ours.getOrDefault(t.getKey(), Map.of());
            o.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(14)
                .forEach(b -> System.out.printf("   %5.1f%% %s%n", 100.0 * b.getValue() / t.getValue(), b.getKey()));
        });
    }
}
