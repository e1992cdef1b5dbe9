package no.ipfhir.server.guide;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The implementation guide as HTML pages, generated from what the server itself loads: the FHIR
 * package (profiles, extensions, CodeSystems, ValueSets), the example Bundles and the guide's own
 * pages (markdown), all from the classpath. Each page is a file name and its content; the server
 * serves them at {@code /ig/} and {@link StaticGuide} writes them to a folder.
 */
public final class Guide {

    static final String EXAMPLES = "classpath*:fhir-package/examples/*.json";
    static final String PAGES = "classpath*:fhir-package/pagecontent/*.md";

    private final Map<String, String> pages;

    private Guide(Map<String, String> pages) {
        this.pages = pages;
    }

    /** File name (e.g. {@code StructureDefinition-no-ip-Patient.html}) to its content. */
    public Map<String, String> pages() {
        return pages;
    }

    public Optional<String> page(String name) {
        return Optional.ofNullable(pages.get(name));
    }

    public static Guide build(FhirContext fhirContext) {
        NpmPackage npm = IpPackage.load();
        List<StructureDefinition> definitions = new ArrayList<>();
        List<CodeSystem> codeSystems = new ArrayList<>();
        List<ValueSet> valueSets = new ArrayList<>();
        for (String file : list(npm)) {
            if (!file.endsWith(".json") || file.equals("package.json")) {
                continue;
            }
            MetadataResource resource = parse(fhirContext, npm, file);
            if (resource instanceof StructureDefinition definition) {
                definitions.add(definition);
            } else if (resource instanceof CodeSystem codeSystem) {
                codeSystems.add(codeSystem);
            } else if (resource instanceof ValueSet valueSet) {
                valueSets.add(valueSet);
            }
        }
        definitions.sort(Comparator.comparing(StructureDefinition::getId));
        codeSystems.sort(Comparator.comparing(CodeSystem::getId));
        valueSets.sort(Comparator.comparing(ValueSet::getId));
        List<Bundle> examples = examples(fhirContext);
        List<GuideModel.MarkdownPage> markdown = GuideModel.markdownPages(resources(PAGES));

        GuideModel model = new GuideModel(fhirContext, npm, definitions, codeSystems, valueSets, examples, markdown);
        TemplateEngine engine = templateEngine();
        Map<String, String> pages = new LinkedHashMap<>();
        for (GuideModel.MarkdownPage page : markdown) {
            pages.put(page.file(), render(engine, "page", model, Map.of("page", page)));
        }
        if (!pages.containsKey("index.html")) {
            throw new IllegalStateException("The guide has no index.md in " + PAGES);
        }
        pages.put("artifacts.html", render(engine, "artifacts", model, Map.of()));
        for (StructureDefinition definition : definitions) {
            pages.put(
                    GuideModel.fileOf(definition),
                    render(engine, "structure", model, Map.of("sd", model.structure(definition))));
        }
        for (CodeSystem codeSystem : codeSystems) {
            pages.put(
                    GuideModel.fileOf(codeSystem),
                    render(engine, "codesystem", model, Map.of("cs", model.codeSystem(codeSystem))));
        }
        for (ValueSet valueSet : valueSets) {
            pages.put(
                    GuideModel.fileOf(valueSet),
                    render(engine, "valueset", model, Map.of("vs", model.valueSet(valueSet))));
        }
        for (Bundle example : examples) {
            pages.put(
                    GuideModel.fileOf(example), render(engine, "example", model, Map.of("ex", model.example(example))));
        }
        pages.put("guide.css", read("guide/guide.css"));
        return new Guide(Map.copyOf(pages));
    }

    private static String render(
            TemplateEngine engine, String template, GuideModel model, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariable("guide", model);
        variables.forEach(context::setVariable);
        return engine.process(template, context);
    }

    private static TemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Guide.class.getClassLoader());
        resolver.setPrefix("guide/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static List<Bundle> examples(FhirContext fhirContext) {
        List<Bundle> examples = new ArrayList<>();
        for (Resource resource : resources(EXAMPLES)) {
            try (InputStream in = resource.getInputStream()) {
                examples.add(fhirContext.newJsonParser().parseResource(Bundle.class, in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the example " + resource, e);
            }
        }
        examples.sort(Comparator.comparing(b -> b.getIdElement().getIdPart()));
        return examples;
    }

    static List<Resource> resources(String pattern) {
        try {
            return List.of(new PathMatchingResourcePatternResolver(Guide.class.getClassLoader()).getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    private static List<String> list(NpmPackage npm) {
        try {
            return npm.list("package");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the FHIR package", e);
        }
    }

    private static MetadataResource parse(FhirContext fhirContext, NpmPackage npm, String file) {
        try (InputStream in = npm.load("package", file)) {
            return (MetadataResource) fhirContext.newJsonParser().parseResource(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " from the FHIR package", e);
        }
    }

    private static String read(String classpathLocation) {
        try (InputStream in = Guide.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException(classpathLocation + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
