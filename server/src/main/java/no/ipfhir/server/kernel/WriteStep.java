package no.ipfhir.server.kernel;

/**
 * Everything the server checks or records on each resource a request writes (create, update, patch,
 * delete, every transaction entry), in the order it happens. This list is the contract: the write
 * pipeline runs exactly these steps in this order, and the README's "What the server guarantees on
 * every write" is this list (a test holds the two together).
 */
public enum WriteStep {
    ACCESS(
            Phase.BEFORE_STORAGE,
            Switch.SECURITY,
            "403, or 404 for data the caller may not know of",
            "The caller may write this resource: its SMART scopes allow the interaction, and the resource is about a "
                    + "patient whose plan the caller reaches, or whose plan the caller starts in this request: its first "
                    + "ansvarsgruppe names the caller's organisation as manager or koordinator's organisation (no restriction "
                    + "with access control off)."),
    REFERENCES_REACHABLE(
            Phase.BEFORE_STORAGE,
            Switch.SECURITY,
            "400, exactly as for a reference to a missing resource",
            "Every reference the resource makes points at something the caller may reach, or at a registry resource: a "
                    + "reference into the data of a patient the caller may not reach answers like a reference to nothing."),
    NOTHING_IS_DELETED(
            Phase.BEFORE_STORAGE,
            Switch.ALWAYS,
            "405",
            "CarePlan, Goal, ServiceRequest (tiltak) and CareTeam are never deleted, also not inside a transaction: "
                    + "their status changes instead, so the plan keeps its history."),
    STAYS_WITH_ITS_PATIENT(
            Phase.BEFORE_STORAGE,
            Switch.ALWAYS,
            "403",
            "An update never moves a resource to another patient (its patient compartment stays the same)."),
    TEAM_CHANGED_BY_RESPONSIBLE(
            Phase.BEFORE_STORAGE,
            Switch.SECURITY,
            "403",
            "Only the koordinator's organisation or the team's managing organisation creates or changes an "
                    + "ansvarsgruppe (CareTeam); patient apps and relatives do not."),
    CONSENT_CHANGED_BY_PATIENT_OR_RESPONSIBLE(
            Phase.BEFORE_STORAGE,
            Switch.SECURITY,
            "403",
            "Only the patient (the patient's app) and the organisation that manages the patient's ansvarsgruppe or is "
                    + "the koordinator's organisation create, change or delete the patient's Consent: no other participant "
                    + "changes who may see what, its own access included."),
    SUBSCRIPTION_ENDPOINT_ALLOWED(
            Phase.BEFORE_STORAGE,
            Switch.ALWAYS,
            "422",
            "A rest-hook Subscription's endpoint is on the allow-list (FHIR_SUBSCRIPTION_ALLOWED_ENDPOINTS), and its "
                    + "subscriber-organisation extension is well formed."),
    SUBSCRIPTION_OWNED_BY_CALLER(
            Phase.BEFORE_STORAGE,
            Switch.SECURITY,
            "403, or 422 for another organisation's restriction",
            "An EHR creates, changes and deletes only its own organisation's subscriptions; the organisation restriction is "
                    + "its own (taken from the token when left out)."),
    TOPIC_SUBSCRIPTION_VALID(
            Phase.BEFORE_STORAGE,
            Switch.ALWAYS,
            "422",
            "A topic-based Subscription names one of the server's IP topics, is a rest-hook, asks for id-only or empty "
                    + "content and has no filters beyond the topic's own."),
    PROFILE_VALID(
            Phase.BEFORE_COMMIT,
            Switch.PROFILES,
            "422",
            "The resource conforms to the IP profile of its type and to every profile it claims, and its Norwegian "
                    + "identifiers have correct check digits."),
    ONE_INDIVIDUAL_PLAN(
            Phase.BEFORE_COMMIT,
            Switch.RULES,
            "409",
            "A patient has at most one active individual plan (sub-plans are not counted)."),
    CONSENT_BEFORE_ACTIVE_PLAN(
            Phase.BEFORE_COMMIT,
            Switch.RULES,
            "422",
            "An individual plan is active only when it refers (supportingInfo) to the patient's active IP consent."),
    PLAN_PARTS_OF_ITS_PATIENT(
            Phase.BEFORE_COMMIT,
            Switch.RULES,
            "422",
            "The goals, team, tiltak, needs and consent a plan refers to are about the plan's own patient."),
    ONE_COORDINATOR_AT_A_TIME(
            Phase.BEFORE_COMMIT,
            Switch.RULES,
            "422",
            "An ansvarsgruppe has exactly one koordinator at any time: koordinator periods follow each other without a gap "
                    + "or an overlap, and an update never removes an earlier koordinator."),
    HOSPITAL_COORDINATOR_IS_HEALTH_PERSONNEL(
            Phase.BEFORE_COMMIT,
            Switch.RULES,
            "422",
            "In the specialist health service the koordinator is health personnel: a koordinator who takes part for a "
                    + "spesialisthelsetjeneste organisation is a Practitioner with an HPR-nummer and a Volven 9060 "
                    + "qualification (a municipal koordinator need not be)."),
    PROVENANCE(
            Phase.BEFORE_COMMIT,
            Switch.ALWAYS,
            "—",
            "Once every check has passed, a Provenance (who, on whose behalf, when, create or update) is recorded for the "
                    + "written plan resources, in the same database transaction: one for a single write, and for a transaction "
                    + "one per patient and activity that names every version written.");

    /** When a step runs: before the resource is stored, or just before the transaction commits. */
    public enum Phase {
        /** Before the resource is stored; references inside a transaction may not be resolved yet. */
        BEFORE_STORAGE,
        /** After every entry of the transaction is stored, references resolved, just before commit. */
        BEFORE_COMMIT
    }

    /** Which setting switches a step off. */
    public enum Switch {
        /** On while access control is on ({@code fhir.security.*}). */
        SECURITY("access control"),
        /** {@code fhir.validation.profiles}. */
        PROFILES("FHIR_VALIDATION_PROFILES"),
        /** {@code fhir.validation.rules}. */
        RULES("FHIR_VALIDATION_RULES"),
        /** Never off. */
        ALWAYS("always on");

        private final String label;

        Switch(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Phase phase;
    private final Switch switchedBy;
    private final String refusal;
    private final String guarantee;

    WriteStep(Phase phase, Switch switchedBy, String refusal, String guarantee) {
        this.phase = phase;
        this.switchedBy = switchedBy;
        this.refusal = refusal;
        this.guarantee = guarantee;
    }

    public Phase phase() {
        return phase;
    }

    public Switch switchedBy() {
        return switchedBy;
    }

    /** The status a refusal answers with (always with an OperationOutcome). */
    public String refusal() {
        return refusal;
    }

    public String guarantee() {
        return guarantee;
    }

    /** The README's table of these steps, in Markdown. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder(
                "| # | step | phase | switch | refused with | guarantee |\n|---|---|---|---|---|---|\n");
        for (WriteStep step : values()) {
            table.append("| ")
                    .append(step.ordinal() + 1)
                    .append(" | `")
                    .append(step.name())
                    .append('`')
                    .append(" | ")
                    .append(step.phase == Phase.BEFORE_STORAGE ? "before storage" : "before commit")
                    .append(" | ")
                    .append(step.switchedBy.label())
                    .append(" | ")
                    .append(step.refusal)
                    .append(" | ")
                    .append(step.guarantee)
                    .append(" |\n");
        }
        return table.toString();
    }
}
