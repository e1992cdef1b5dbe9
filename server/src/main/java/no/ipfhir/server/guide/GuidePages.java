package no.ipfhir.server.guide;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The guide at {@code /ig/}, generated once from the classpath on its first request. */
@Controller
public class GuidePages {

    private final FhirContext fhirContext;
    private volatile Guide guide;

    public GuidePages(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @GetMapping("/ig")
    public String folder() {
        return "redirect:/ig/";
    }

    @GetMapping("/ig/")
    public ResponseEntity<String> index() {
        return page("index.html");
    }

    @GetMapping("/ig/{name}")
    public ResponseEntity<String> page(@PathVariable String name) {
        String content = guide().page(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The guide has no page " + name));
        MediaType type = name.endsWith(".css")
                ? new MediaType("text", "css", StandardCharsets.UTF_8)
                : new MediaType("text", "html", StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type).body(content);
    }

    private Guide guide() {
        Guide built = guide;
        if (built == null) {
            synchronized (this) {
                if (guide == null) {
                    guide = Guide.build(fhirContext);
                }
                built = guide;
            }
        }
        return built;
    }
}
