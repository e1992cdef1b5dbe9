package no.ipfhir.server.landing;

import jakarta.servlet.http.HttpServletRequest;
import no.ipfhir.server.authentication.SecurityMode;
import no.ipfhir.server.kernel.IpPackage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What a person who opens the server's address in a browser sees: what this is and where to go next. */
@Controller
public class LandingPage {

    private final SecurityMode securityMode;
    private final String packageName;

    public LandingPage(SecurityMode securityMode) {
        this.securityMode = securityMode;
        var npm = IpPackage.load();
        this.packageName = npm.name() + "#" + npm.version();
    }

    @GetMapping("/")
    public String landing(HttpServletRequest request, Model model) {
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        model.addAttribute("fhirBase", base + "/fhir");
        model.addAttribute("securityOn", securityMode.enabled());
        model.addAttribute("trialIssuer", securityMode.trialIssuer());
        model.addAttribute("packageName", packageName);
        return "landing";
    }
}
