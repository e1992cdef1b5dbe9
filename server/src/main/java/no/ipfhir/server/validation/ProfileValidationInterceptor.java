package no.ipfhir.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import no.ipfhir.identifier.IdentifierProblem;
import no.ipfhir.identifier.NorwegianIdentifiers;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Every resource that is stored — by create, update, patch or as a transaction entry — is valid
 * against the IP profile of its type (whatever profile it claims, and also against the profiles it
 * claims), and its Norwegian identifiers have correct check digits. Otherwise 422 with one issue
 * per problem. Runs just before commit, when references inside a transaction are resolved; a
 * refusal rolls back the whole transaction.
 */
@Component
public class ProfileValidationInterceptor {

    private final ProfileValidator validator;
    private final NorwegianIdentifiers identifiers = new NorwegianIdentifiers();
    private final MissingElements missingElements;

    public ProfileValidationInterceptor(ProfileValidator validator, FhirContext fhirContext) {
        this.validator = validator;
        this.missingElements = new MissingElements(fhirContext);
    }

    private static final java.util.Set<String> CHECKED_IN_CODE =
            java.util.Set.of("http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription");

    /** The write pipeline's profile step. */
    public void check(IBaseResource claimed) {
        IBaseResource resource = withoutProfilesCheckedInCode(claimed);
        String type = resource.fhirType();
        var ipProfile = IpPackage.profileFor(type);
        boolean claimsProfiles = !resource.getMeta().getProfile().isEmpty();
        if (ipProfile.isEmpty() && !claimsProfiles) {
            return;
        }
        OperationOutcome outcome = new OperationOutcome();
        for (IdentifierProblem problem : identifiers.invalidIdentifiers((Resource) resource)) {
            Outcomes.addError(
                    outcome,
                    IssueType.VALUE,
                    problem.expression(),
                    problem.message(),
                    "Check the number with its owner and send it again; a number with a wrong check digit is never stored.");
        }
        // The validator checks the profiles the resource claims by itself; the IP profile is added
        // only when it is not among them, so that no resource is validated twice against it.
        List<String> profiles = new ArrayList<>();
        ipProfile
                .filter(profile ->
                        resource.getMeta().getProfile().stream().noneMatch(p -> profile.equals(p.getValue())))
                .ifPresent(profiles::add);
        List<String> checkedProfiles = new ArrayList<>(profiles);
        resource.getMeta().getProfile().forEach(p -> checkedProfiles.add(p.getValue()));
        for (SingleValidationMessage message : validator.errors(resource, profiles)) {
            String expected = missingElements.expectedIdentifiers(message, checkedProfiles);
            String whatToDo = whatToDo(type, ipProfile.orElse(null));
            Outcomes.addError(
                    outcome,
                    expected == null ? IssueType.PROCESSING : IssueType.REQUIRED,
                    missingElements.expression(message),
                    message.getMessage(),
                    expected == null ? whatToDo : expected + " " + whatToDo);
        }
        if (!outcome.getIssue().isEmpty()) {
            throw new UnprocessableEntityException(
                    type + " is not a valid individual-plan resource: " + Outcomes.summary(outcome), outcome);
        }
    }

    /**
     * The Subscriptions Backport's profile cannot be loaded offline; its rules for this server's topics are
     * checked in code (exchange/TopicSubscriptionRules), so the validator is not asked about it.
     */
    private static IBaseResource withoutProfilesCheckedInCode(IBaseResource resource) {
        if (resource.getMeta().getProfile().stream().noneMatch(ProfileValidationInterceptor::checkedInCode)) {
            return resource;
        }
        Resource copy = ((Resource) resource).copy();
        copy.getMeta().getProfile().removeIf(ProfileValidationInterceptor::checkedInCode);
        return copy;
    }

    /** A profile without a value (e.g. {@code "profile":[{}]}) is none of them; the validator reports it. */
    private static boolean checkedInCode(IPrimitiveType<String> profile) {
        return profile.getValue() != null && CHECKED_IN_CODE.contains(profile.getValue());
    }

    private static String whatToDo(String type, String ipProfile) {
        return ipProfile == null
                ? "Correct the element and send the " + type + " again."
                : "Correct the element so that the " + type + " conforms to " + ipProfile + " and send it again.";
    }
}
