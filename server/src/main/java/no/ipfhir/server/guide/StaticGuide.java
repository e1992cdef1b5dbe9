package no.ipfhir.server.guide;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the guide as static HTML files to a folder (default {@code target/guide}), for publishing
 * without the server: the same pages it serves at {@code /ig/}.
 */
public final class StaticGuide {

    private StaticGuide() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/guide");
        Files.createDirectories(folder);
        Map<String, String> pages = Guide.build(FhirContext.forR4Cached()).pages();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(folder.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("Wrote " + pages.size() + " pages of the guide to " + folder.toAbsolutePath());
    }
}
