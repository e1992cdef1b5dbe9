package no.ipfhir.server.trial;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The trial issuer's login form, which lists the synthetic test users and their one password. */
@Controller
@Conditional(TrialIssuerCondition.class)
public class TrialLoginPage {

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("users", TrialUsers.ALL);
        model.addAttribute("password", TrialUsers.PASSWORD);
        return "login";
    }
}
