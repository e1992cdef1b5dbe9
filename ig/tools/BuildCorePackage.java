import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the FHIR R4 core package (hl7.fhir.r4.core#4.0.1) into a FHIR package cache folder,
 * from the definitions HAPI ships in hapi-fhir-validation-resources-r4, because the FHIR
 * package registry cannot be reached from where this project is built.
 *
 * Usage: java -cp <hapi classpath> BuildCorePackage.java <target package folder>
 */
public class BuildCorePackage {

    private static final String BASE = "/org/hl7/fhir/r4/model/";
    private static final List<String> XML_BUNDLES = List.of(
            "profile/profiles-types.xml",
            "profile/profiles-resources.xml",
            "profile/profiles-others.xml",
            "extension/extension-definitions.xml",
            "valueset/valuesets.xml",
            "valueset/v2-tables.xml",
            "valueset/v3-codesystems.xml");
    private static final String SEARCH_PARAMETERS = "sp/search-parameters.json";

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target);
        FhirContext ctx = FhirContext.forR4Cached();
        IParser json = ctx.newJsonParser().setPrettyPrint(true);
        int written = 0;
        for (String name : XML_BUNDLES) {
            written += writeEntries(read(ctx.newXmlParser(), name), json, target);
        }
        written += writeEntries(read(ctx.newJsonParser(), SEARCH_PARAMETERS), json, target);
        Files.writeString(target.resolve("package.json"), """
                {
                  "name": "hl7.fhir.r4.core",
                  "version": "4.0.1",
                  "description": "FHIR R4 core definitions, rebuilt offline from hapi-fhir-validation-resources-r4",
                  "fhirVersions": ["4.0.1"],
                  "type": "Core",
                  "dependencies": {}
                }
                """, StandardCharsets.UTF_8);
        System.out.println("Wrote " + written + " resources to " + target);
    }

    private static Bundle read(IParser parser, String name) throws IOException {
        try (InputStream in = BuildCorePackage.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("Not on the classpath: " + BASE + name);
            }
            return parser.parseResource(Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static int writeEntries(Bundle bundle, IParser json, Path target) throws IOException {
        int count = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null || !resource.hasIdElement()) {
                continue;
            }
            String type = resource.fhirType();
            String id = resource.getIdElement().getIdPart();
            Path file = target.resolve(type + "-" + id + ".json");
            if (!Files.exists(file)) {
                Files.writeString(file, json.encodeResourceToString((IBaseResource) resource), StandardCharsets.UTF_8);
                count++;
            }
        }
        return count;
    }
}
