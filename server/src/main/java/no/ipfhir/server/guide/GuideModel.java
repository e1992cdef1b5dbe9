package no.ipfhir.server.guide;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.core.io.Resource;

/** What the guide's templates show, taken from the package's resources with HAPI's R4 model. */
public final class GuideModel {

    public record Link(String href, String text) {}

    public record MarkdownPage(String file, String title, String html) {}

    public record ElementRow(
            String path,
            String cardinality,
            String types,
            boolean mustSupport,
            String value,
            String binding,
            String bindingHref,
            String description) {}

    public record ConstraintRow(String key, String severity, String path, String human, String expression) {}

    public record Structure(
            String id,
            String title,
            String url,
            String kind,
            String type,
            Link base,
            String description,
            List<String> contexts,
            List<String> words,
            List<ElementRow> elements,
            List<ConstraintRow> constraints) {}

    public record Concept(String code, String display, String definition, String designations, int depth) {}

    public record CodeSystemPage(
            String id,
            String title,
            String url,
            String description,
            String content,
            List<Concept> concepts,
            List<Link> valueSets) {}

    public record Include(String system, String systemHref, String rule, List<Concept> concepts) {}

    public record ValueSetPage(String id, String title, String url, String description, List<Include> includes) {}

    public record Entry(String type, String fullUrl, String request, List<Link> profiles) {}

    public record Example(String id, String title, List<Entry> entries, String json) {}

    private final FhirContext fhirContext;
    private final NpmPackage npm;
    private final List<StructureDefinition> definitions;
    private final List<CodeSystem> codeSystems;
    private final List<ValueSet> valueSets;
    private final List<Bundle> examples;
    private final List<MarkdownPage> pages;
    private final Map<String, String> pageByCanonical = new HashMap<>();
    private final Map<String, CodeSystem> codeSystemByUrl = new HashMap<>();

    GuideModel(
            FhirContext fhirContext,
            NpmPackage npm,
            List<StructureDefinition> definitions,
            List<CodeSystem> codeSystems,
            List<ValueSet> valueSets,
            List<Bundle> examples,
            List<MarkdownPage> pages) {
        this.fhirContext = fhirContext;
        this.npm = npm;
        this.definitions = definitions;
        this.codeSystems = codeSystems;
        this.valueSets = valueSets;
        this.examples = examples;
        this.pages = pages;
        definitions.forEach(d -> pageByCanonical.put(d.getUrl(), fileOf(d)));
        codeSystems.forEach(c -> pageByCanonical.put(c.getUrl(), fileOf(c)));
        valueSets.forEach(v -> pageByCanonical.put(v.getUrl(), fileOf(v)));
        codeSystems.forEach(c -> codeSystemByUrl.put(c.getUrl(), c));
    }

    // --- what every page shows

    public String packageName() {
        return npm.name() + "#" + npm.version();
    }

    public List<Link> pageLinks() {
        return pages.stream().map(p -> new Link(p.file(), p.title())).toList();
    }

    public List<Link> profiles() {
        return definitions.stream()
                .filter(d -> !isExtension(d))
                .map(d -> new Link(fileOf(d), titleOf(d) + " (" + d.getType() + ")"))
                .toList();
    }

    public List<Link> extensions() {
        return definitions.stream()
                .filter(GuideModel::isExtension)
                .map(d -> new Link(fileOf(d), titleOf(d)))
                .toList();
    }

    public List<Link> codeSystems() {
        return codeSystems.stream().map(c -> new Link(fileOf(c), titleOf(c))).toList();
    }

    public List<Link> valueSets() {
        return valueSets.stream().map(v -> new Link(fileOf(v), titleOf(v))).toList();
    }

    public List<Link> examples() {
        return examples.stream().map(b -> new Link(fileOf(b), exampleTitle(b))).toList();
    }

    // --- file names, the IG Publisher's convention

    public static String fileOf(MetadataResource resource) {
        return resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".html";
    }

    public static String fileOf(Bundle example) {
        return "Bundle-" + example.getIdElement().getIdPart() + ".html";
    }

    /** The guide's page for a canonical URL (with or without {@code |version}), if the package has it. */
    public String pageOf(String canonical) {
        if (canonical == null) {
            return null;
        }
        return pageByCanonical.get(canonical.split("\\|")[0]);
    }

    // --- profiles and extensions

    Structure structure(StructureDefinition definition) {
        List<ElementRow> rows = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<ConstraintRow> constraints = new ArrayList<>();
        for (ElementDefinition element : definition.getDifferential().getElement()) {
            rows.add(row(element));
            String sentence = inWords(element);
            if (sentence != null) {
                words.add(sentence);
            }
            for (ElementDefinition.ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
                constraints.add(new ConstraintRow(
                        constraint.getKey(),
                        constraint.hasSeverity() ? constraint.getSeverity().toCode() : "",
                        element.getId(),
                        constraint.getHuman(),
                        constraint.getExpression()));
            }
        }
        String base = definition.getBaseDefinition();
        Link baseLink = new Link(pageOf(base) != null ? pageOf(base) : base, base);
        List<String> contexts = definition.getContext().stream()
                .map(c -> c.getType().toCode() + ": " + c.getExpression())
                .toList();
        return new Structure(
                definition.getIdElement().getIdPart(),
                titleOf(definition),
                definition.getUrl(),
                isExtension(definition) ? "Extension" : "Profile",
                definition.getType(),
                baseLink,
                definition.getDescription(),
                contexts,
                words,
                rows,
                constraints);
    }

    private ElementRow row(ElementDefinition element) {
        String cardinality = element.hasMin() || element.hasMax()
                ? (element.hasMin() ? String.valueOf(element.getMin()) : "") + ".."
                        + (element.hasMax() ? element.getMax() : "")
                : "";
        String types = element.getType().stream().map(this::typeText).collect(Collectors.joining(", "));
        String value = valueText(element);
        String binding = "";
        String bindingHref = null;
        if (element.hasBinding() && element.getBinding().hasValueSet()) {
            binding = element.getBinding().getValueSet() + " ("
                    + element.getBinding().getStrength().toCode() + ")";
            bindingHref = pageOf(element.getBinding().getValueSet());
        }
        String description = element.hasShort() ? element.getShort() : element.getDefinition();
        return new ElementRow(
                element.getId(),
                cardinality,
                types,
                element.getMustSupport(),
                value,
                binding,
                bindingHref,
                description == null ? "" : description);
    }

    private String typeText(ElementDefinition.TypeRefComponent type) {
        List<CanonicalType> targets = new ArrayList<>(type.getTargetProfile());
        targets.addAll(type.getProfile());
        if (targets.isEmpty()) {
            return type.getCode();
        }
        return type.getCode() + "("
                + targets.stream().map(t -> shortName(t.getValue())).collect(Collectors.joining(" | ")) + ")";
    }

    private String valueText(ElementDefinition element) {
        if (element.hasFixed()) {
            return "= " + text(element.getFixed());
        }
        if (element.hasPattern()) {
            return "pattern " + text(element.getPattern());
        }
        return "";
    }

    /** One sentence of what the profile requires of this element, or null when it only describes it. */
    private String inWords(ElementDefinition element) {
        List<String> parts = new ArrayList<>();
        if (element.hasMin()
                && element.getMin() > 0
                && element.hasMax()
                && element.getMax().equals(String.valueOf(element.getMin()))) {
            parts.add("must occur exactly " + element.getMin() + " time" + (element.getMin() == 1 ? "" : "s"));
        } else {
            if (element.hasMin() && element.getMin() > 0) {
                parts.add("must occur at least " + element.getMin() + " time" + (element.getMin() == 1 ? "" : "s"));
            }
            if (element.hasMax() && element.getMax().equals("0")) {
                parts.add("must not occur");
            } else if (element.hasMax() && !element.getMax().equals("*")) {
                parts.add("may occur at most " + element.getMax() + " time"
                        + (element.getMax().equals("1") ? "" : "s"));
            }
        }
        if (element.hasFixed()) {
            parts.add("is fixed to " + text(element.getFixed()));
        }
        if (element.hasPattern()) {
            parts.add("must contain " + text(element.getPattern()));
        }
        if (element.hasBinding() && element.getBinding().hasValueSet()) {
            parts.add("takes its codes from " + shortName(element.getBinding().getValueSet()) + " ("
                    + element.getBinding().getStrength().toCode() + ")");
        }
        if (element.hasSlicing()) {
            String by = element.getSlicing().getDiscriminator().stream()
                    .map(d -> d.getType().toCode() + " of " + d.getPath())
                    .collect(Collectors.joining(", "));
            parts.add("is sliced by " + (by.isEmpty() ? "its content" : by)
                    + (element.getSlicing().hasRules()
                            ? " (" + element.getSlicing().getRules().toCode() + ")"
                            : ""));
        }
        boolean restrictsType = element.getType().stream().anyMatch(t -> t.hasProfile() || t.hasTargetProfile());
        if (restrictsType) {
            parts.add(
                    "must be " + element.getType().stream().map(this::typeText).collect(Collectors.joining(" or ")));
        }
        if (element.getMustSupport()) {
            parts.add("must be supported (a receiver stores and shows it)");
        }
        if (parts.isEmpty()) {
            return null;
        }
        return element.getId()
                + (element.hasSliceName() ? " (the slice \u201c" + element.getSliceName() + "\u201d)" : "") + " "
                + String.join(", ", parts) + ".";
    }

    private String text(Type value) {
        if (value instanceof PrimitiveType<?> primitive) {
            return primitive.getValueAsString();
        }
        if (value instanceof Coding coding) {
            return coding.getSystem() + "|" + coding.getCode()
                    + (coding.hasDisplay() ? " \u201c" + coding.getDisplay() + "\u201d" : "");
        }
        if (value instanceof CodeableConcept concept) {
            return concept.getCoding().stream().map(this::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Identifier identifier) {
            return "identifier " + identifier.getSystem() + (identifier.hasValue() ? "|" + identifier.getValue() : "");
        }
        return value.fhirType();
    }

    private String shortName(String canonical) {
        String url = canonical.split("\\|")[0];
        return url.substring(url.lastIndexOf('/') + 1);
    }

    // --- terminology

    CodeSystemPage codeSystem(CodeSystem codeSystem) {
        List<Concept> concepts = new ArrayList<>();
        addConcepts(concepts, codeSystem.getConcept(), 0);
        List<Link> usedBy = valueSets.stream()
                .filter(v -> v.getCompose().getInclude().stream()
                        .anyMatch(i -> codeSystem.getUrl().equals(i.getSystem())))
                .map(v -> new Link(fileOf(v), titleOf(v)))
                .toList();
        return new CodeSystemPage(
                codeSystem.getIdElement().getIdPart(),
                titleOf(codeSystem),
                codeSystem.getUrl(),
                codeSystem.getDescription(),
                codeSystem.hasContent() ? codeSystem.getContent().toCode() : "",
                concepts,
                usedBy);
    }

    private static void addConcepts(
            List<Concept> into, List<CodeSystem.ConceptDefinitionComponent> concepts, int depth) {
        for (CodeSystem.ConceptDefinitionComponent concept : concepts) {
            String designations = concept.getDesignation().stream()
                    .map(d -> (d.hasLanguage() ? d.getLanguage() + ": " : "") + d.getValue())
                    .collect(Collectors.joining("; "));
            into.add(
                    new Concept(concept.getCode(), concept.getDisplay(), concept.getDefinition(), designations, depth));
            addConcepts(into, concept.getConcept(), depth + 1);
        }
    }

    ValueSetPage valueSet(ValueSet valueSet) {
        List<Include> includes = new ArrayList<>();
        for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
            CodeSystem local = codeSystemByUrl.get(include.getSystem());
            List<Concept> concepts = new ArrayList<>();
            String rule;
            if (include.hasConcept()) {
                rule = "these codes from " + include.getSystem() + ":";
                for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
                    String display = concept.hasDisplay() ? concept.getDisplay() : displayIn(local, concept.getCode());
                    concepts.add(new Concept(concept.getCode(), display, "", "", 0));
                }
            } else if (include.hasFilter()) {
                rule = "the codes of " + include.getSystem() + " where "
                        + include.getFilter().stream()
                                .map(f -> f.getProperty() + " " + f.getOp().toCode() + " " + f.getValue())
                                .collect(Collectors.joining(" and "));
            } else if (include.hasValueSet()) {
                rule = "the codes of "
                        + include.getValueSet().stream()
                                .map(CanonicalType::getValue)
                                .collect(Collectors.joining(", "));
            } else if (local != null && !local.getConcept().isEmpty()) {
                rule = "all codes of " + include.getSystem() + ":";
                addConcepts(concepts, local.getConcept(), 0);
            } else {
                rule = "all codes of " + include.getSystem()
                        + (local != null && local.getContent() == CodeSystem.CodeSystemContentMode.NOTPRESENT
                                ? " (the code list is not distributed with this package; codes are checked for their form only)"
                                : "");
            }
            includes.add(new Include(include.getSystem(), pageOf(include.getSystem()), rule, concepts));
        }
        return new ValueSetPage(
                valueSet.getIdElement().getIdPart(),
                titleOf(valueSet),
                valueSet.getUrl(),
                valueSet.getDescription(),
                includes);
    }

    private static String displayIn(CodeSystem codeSystem, String code) {
        if (codeSystem == null) {
            return "";
        }
        List<Concept> all = new ArrayList<>();
        addConcepts(all, codeSystem.getConcept(), 0);
        return all.stream()
                .filter(c -> c.code().equals(code))
                .map(Concept::display)
                .findFirst()
                .orElse("");
    }

    // --- examples

    Example example(Bundle bundle) {
        List<Entry> entries = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            List<Link> profiles = entry.getResource().getMeta().getProfile().stream()
                    .map(p -> new Link(pageOf(p.getValue()), shortName(p.getValue())))
                    .toList();
            String request = entry.hasRequest()
                    ? entry.getRequest().getMethod().toCode() + " "
                            + entry.getRequest().getUrl()
                            + (entry.getRequest().hasIfNoneExist()
                                    ? " (if none exist: " + entry.getRequest().getIfNoneExist() + ")"
                                    : "")
                    : "";
            entries.add(new Entry(entry.getResource().fhirType(), entry.getFullUrl(), request, profiles));
        }
        String json = fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
        return new Example(bundle.getIdElement().getIdPart(), exampleTitle(bundle), entries, json);
    }

    private static String exampleTitle(Bundle bundle) {
        return bundle.getIdElement().getIdPart() + " (" + bundle.getType().toCode() + ", "
                + bundle.getEntry().size() + " resources)";
    }

    // --- the guide's own pages

    static List<MarkdownPage> markdownPages(List<Resource> files) {
        Parser parser =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .build();
        List<MarkdownPage> pages = new ArrayList<>();
        for (Resource file : files) {
            String name = file.getFilename();
            Node document = parser.parse(read(file));
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Link link) {
                    // Pages link to each other as .md files (as they read on GitHub); here they are .html.
                    String destination = link.getDestination();
                    if (!destination.contains(":") && destination.matches("[^#]*\\.md(#.*)?")) {
                        link.setDestination(destination.replaceFirst("\\.md(#|$)", ".html$1"));
                    }
                    visitChildren(link);
                }
            });
            pages.add(new MarkdownPage(
                    name.replaceFirst("\\.md$", ".html"), title(document, name), renderer.render(document)));
        }
        pages.sort(Comparator.comparing((MarkdownPage p) -> !p.file().equals("index.html"))
                .thenComparing(MarkdownPage::file));
        return pages;
    }

    private static String title(Node document, String fallback) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                StringBuilder text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        text.append(t.getLiteral());
                    }
                }
                return text.toString().trim();
            }
        }
        return fallback;
    }

    private static String read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    // --- helpers

    private static boolean isExtension(StructureDefinition definition) {
        return "Extension".equals(definition.getType());
    }

    private static String titleOf(MetadataResource resource) {
        return Optional.ofNullable(resource.getTitle())
                .orElse(Optional.ofNullable(resource.getName())
                        .orElse(resource.getIdElement().getIdPart()));
    }
}
