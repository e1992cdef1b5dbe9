package no.ipfhir.server.rest;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * OperationOutcomes the way this server words a refusal: which element (a FHIRPath expression),
 * which rule, and what the sender can do about it.
 */
public final class Outcomes {

    private Outcomes() {}

    public static OperationOutcome error(IssueType type, String expression, String rule, String whatToDo) {
        OperationOutcome outcome = new OperationOutcome();
        addError(outcome, type, expression, rule, whatToDo);
        return outcome;
    }

    public static void addError(
            OperationOutcome outcome, IssueType type, String expression, String rule, String whatToDo) {
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(whatToDo == null ? rule : rule + " " + whatToDo);
        issue.getDetails().setText(rule);
        if (expression != null && !expression.isBlank()) {
            issue.addExpression(expression);
        }
    }

    /** The first diagnostics text, for exception messages and logs. */
    public static String summary(OperationOutcome outcome) {
        return outcome.getIssue().isEmpty() ? "" : outcome.getIssueFirstRep().getDiagnostics();
    }
}
