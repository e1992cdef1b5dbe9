package no.ipfhir.server.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The guide as a reader meets it: crawled over HTTP from {@code /ig/}, without a token. Every page
 * the package, the examples and the guide's markdown call for is reached, and every link resolves.
 */
class GuideIT extends FhirIntegrationTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    /** The pages reached from /ig/, crawled once for all tests of the class (the guide does not change). */
    private static Map<String, HttpResponse<String>> crawled;

    @BeforeEach
    void crawlOnce() {
        if (crawled == null) {
            crawled = crawl();
        }
    }

    private Map<String, HttpResponse<String>> crawl() {
        Map<String, HttpResponse<String>> crawled = new LinkedHashMap<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(URI.create("http://localhost:" + port + "/ig/")));
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            URI page = queue.pop();
            if (crawled.containsKey(page.getPath())) {
                continue;
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(page).header("Accept", "text/html"));
            crawled.put(page.getPath(), response);
            if (response.statusCode() != 200) {
                broken.add(page + " answers " + response.statusCode());
                continue;
            }
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String href = links.group(1).replace("&amp;", "&");
                if (href.startsWith("http:")
                        || href.startsWith("https:")
                        || href.startsWith("#")
                        || href.startsWith("mailto:")) {
                    continue;
                }
                URI target = page.resolve(href);
                if (target.getPath().startsWith("/ig/")) {
                    queue.add(URI.create("http://localhost:" + port + target.getPath()));
                } else {
                    HttpResponse<String> outside =
                            send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + target.getPath())));
                    if (outside.statusCode() != 200) {
                        broken.add(page + " links to " + href + ", which answers " + outside.statusCode());
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        return crawled;
    }

    @Test
    void everyProfileExtensionCodeSystemAndValueSetOfThePackageHasAPage() throws IOException {
        NpmPackage npm = IpPackage.load();
        List<String> expected = npm.list("package").stream()
                .filter(f -> f.startsWith("StructureDefinition-")
                        || f.startsWith("CodeSystem-")
                        || f.startsWith("ValueSet-"))
                .map(f -> "/ig/" + f.replaceFirst("\\.json$", ".html"))
                .toList();

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(crawled.keySet()).containsAll(expected);
    }

    @Test
    void everyExampleHasAPageWithItsJson() {
        List<Resource> examples = resources("classpath*:fhir-package/examples/*.json");

        assertThat(examples).isNotEmpty();
        for (Resource example : examples) {
            String id = example.getFilename().replaceFirst("\\.json$", "");
            HttpResponse<String> page = crawled.get("/ig/Bundle-" + id + ".html");
            assertThat(page).as("page of example " + id).isNotNull();
            assertThat(page.body())
                    .contains("&quot;resourceType&quot;: &quot;Bundle&quot;", "&quot;id&quot;: &quot;" + id + "&quot;");
        }
    }

    @Test
    void everyMarkdownPageOfTheGuideHasAPage() {
        List<Resource> markdown = resources("classpath*:fhir-package/pagecontent/*.md");

        assertThat(markdown).hasSizeGreaterThan(3);
        for (Resource page : markdown) {
            assertThat(crawled).containsKey("/ig/" + page.getFilename().replaceFirst("\\.md$", ".html"));
        }
    }

    @Test
    void codeSystemPageListsEveryCodeWithItsDisplay() throws IOException {
        NpmPackage npm = IpPackage.load();
        CodeSystem roles;
        try (InputStream in = npm.load("package", "CodeSystem-no-ip-rolle.json")) {
            roles = fhirContext.newJsonParser().parseResource(CodeSystem.class, in);
        }
        String page = crawled.get("/ig/CodeSystem-no-ip-rolle.html").body();

        assertThat(roles.getConcept()).isNotEmpty();
        for (CodeSystem.ConceptDefinitionComponent concept : roles.getConcept()) {
            assertThat(page).contains("<code", ">" + concept.getCode() + "</code>", ">" + concept.getDisplay() + "<");
        }
    }

    @Test
    void patientProfilePageStatesTheIdentifierRulesInWordsAndAsATable() {
        String page = crawled.get("/ig/StructureDefinition-no-ip-Patient.html").body();

        assertThat(page)
                .contains("Patient.identifier must occur at least 1 time")
                .contains("<td>1..</td>");
    }

    @Test
    void guideIsTheOneTheLandingPageLinksTo() {
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ig")));

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(crawled.get("/ig/").body()).contains("Individuell plan");
    }

    @Test
    void unknownGuidePageIsANotFoundOperationOutcome() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ig/no-such-page.html")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("OperationOutcome");
    }

    private static List<Resource> resources(String pattern) {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
