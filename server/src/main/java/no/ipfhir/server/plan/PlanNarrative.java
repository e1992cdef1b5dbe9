package no.ipfhir.server.plan;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ipfhir.server.kernel.CarePeriod;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.PlanParticipation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Type;

/**
 * The plan in words a patient app can show as is, in Norwegian (bokmål): one XHTML fragment per section
 * (about the plan, goals, tiltak, the team and its koordinator, consent, evaluations).
 */
final class PlanNarrative {

    private static final String NEXT_EVALUATION = IpCodes.NEXT_EVALUATION_EXTENSION;
    private static final ZoneId OSLO = CarePeriod.NORWAY;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb-NO"));

    private static final Map<String, String> PLAN_STATUS = Map.of(
            "draft",
            "utkast",
            "active",
            "aktiv",
            "on-hold",
            "satt på vent",
            "revoked",
            "avsluttet",
            "completed",
            "fullført",
            "entered-in-error",
            "registrert ved en feil",
            "unknown",
            "ukjent");
    private static final Map<String, String> GOAL_STATUS = Map.of(
            "proposed",
            "foreslått",
            "planned",
            "planlagt",
            "accepted",
            "godtatt",
            "active",
            "aktivt",
            "on-hold",
            "satt på vent",
            "completed",
            "fullført",
            "cancelled",
            "avbrutt",
            "entered-in-error",
            "registrert ved en feil",
            "rejected",
            "avvist");
    private static final Map<String, String> ACHIEVEMENT = Map.of(
            "in-progress",
            "underveis",
            "improving",
            "i bedring",
            "worsening",
            "går tilbake",
            "no-change",
            "uendret",
            "achieved",
            "nådd",
            "sustaining",
            "holdes ved like",
            "not-achieved",
            "ikke nådd",
            "no-progress",
            "ingen fremgang",
            "not-attainable",
            "ikke mulig å nå");
    private static final Map<String, String> TILTAK_STATUS = Map.of(
            "draft",
            "utkast",
            "active",
            "pågår",
            "on-hold",
            "satt på vent",
            "revoked",
            "avsluttet",
            "completed",
            "fullført",
            "entered-in-error",
            "registrert ved en feil",
            "unknown",
            "ukjent");

    private final PlanParts parts;

    PlanNarrative(PlanParts parts) {
        this.parts = parts;
    }

    String title() {
        CarePlan plan = parts.plan();
        if (plan.hasTitle()) {
            return plan.getTitle();
        }
        return "Individuell plan" + parts.patient().map(p -> " for " + name(p)).orElse("");
    }

    String about(Optional<Date> asOf) {
        CarePlan plan = parts.plan();
        StringBuilder html = new StringBuilder();
        asOf.ifPresent(time -> html.append(p("Slik planen var " + moment(time) + ".")));
        html.append(p("Status: "
                + PLAN_STATUS.getOrDefault(
                        plan.getStatus().toCode(), plan.getStatus().toCode()) + "."));
        if (plan.hasPeriod()) {
            html.append(p("Planperiode: " + period(plan.getPeriod()) + "."));
        }
        Type nextEvaluation = plan.getExtensionByUrl(NEXT_EVALUATION) == null
                ? null
                : plan.getExtensionByUrl(NEXT_EVALUATION).getValue();
        if (nextEvaluation instanceof DateType date && date.hasValue()) {
            html.append(p("Neste evaluering: " + day(date.getValue()) + "."));
        }
        if (plan.hasAuthor()) {
            html.append(p("Ansvarlig for planen: " + actor(plan.getAuthor()) + "."));
        }
        if (plan.hasDescription()) {
            html.append(p(plan.getDescription()));
        }
        return div(html.toString());
    }

    String goals() {
        if (parts.goals().isEmpty()) {
            return div(p("Planen har ingen mål ennå."));
        }
        List<String> items = new ArrayList<>();
        for (Goal goal : parts.goals()) {
            StringBuilder item = new StringBuilder("<b>")
                    .append(escape(text(goal.getDescription())))
                    .append("</b>");
            List<String> facts = new ArrayList<>();
            facts.add(GOAL_STATUS.getOrDefault(
                    goal.getLifecycleStatus().toCode(),
                    goal.getLifecycleStatus().toCode()));
            if (goal.hasAchievementStatus()) {
                facts.add(coded(goal.getAchievementStatus(), ACHIEVEMENT));
            }
            goal.getTarget().stream()
                    .filter(Goal.GoalTargetComponent::hasDueDateType)
                    .findFirst()
                    .ifPresent(target ->
                            facts.add("frist " + day(target.getDueDateType().getValue())));
            if (goal.hasExpressedBy()) {
                facts.add(
                        "Patient"
                                        .equals(goal.getExpressedBy()
                                                .getReferenceElement()
                                                .getResourceType())
                                ? "pasientens eget mål"
                                : "satt av " + actor(goal.getExpressedBy()));
            }
            item.append(": ").append(escape(String.join(", ", facts))).append('.');
            items.add(item.toString());
        }
        return div(ul(items));
    }

    String tiltak() {
        if (parts.tiltak().isEmpty()) {
            return div(p("Planen har ingen tiltak ennå."));
        }
        List<String> items = new ArrayList<>();
        for (ServiceRequest tiltak : parts.tiltak()) {
            StringBuilder item = new StringBuilder("<b>")
                    .append(escape(text(tiltak.getCode())))
                    .append("</b>: ")
                    .append(escape(TILTAK_STATUS.getOrDefault(
                            tiltak.getStatus().toCode(), tiltak.getStatus().toCode())))
                    .append('.');
            if (tiltak.hasPerformer()) {
                item.append(" Ansvarlig: ")
                        .append(escape(
                                tiltak.getPerformer().stream().map(this::actor).collect(Collectors.joining(", "))))
                        .append('.');
            }
            if (tiltak.hasPatientInstruction()) {
                item.append(' ').append(escape(tiltak.getPatientInstruction()));
            }
            items.add(item.toString());
        }
        return div(ul(items));
    }

    String team(Date at) {
        if (parts.teams().isEmpty()) {
            return div(p("Planen har ingen ansvarsgruppe ennå."));
        }
        StringBuilder html = new StringBuilder();
        for (CareTeam team : parts.teams()) {
            if (team.hasName()) {
                html.append(paragraph("<b>" + escape(team.getName()) + "</b>"));
            }
            Optional<CareTeam.CareTeamParticipantComponent> coordinator =
                    PlanParticipation.coordinatorAt(team, at.toInstant());
            html.append(p(coordinator
                    .map(c -> "Koordinator: " + actor(c.getMember()) + ".")
                    .orElse("Planen har ingen koordinator nå.")));
            List<String> members = new ArrayList<>();
            for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
                if (CarePeriod.of(participant.getPeriod()).isCurrentAt(at)) {
                    String role =
                            participant.getRole().stream().map(IpCodes::words).collect(Collectors.joining(", "));
                    String onBehalfOf = participant.hasOnBehalfOf() ? " for " + actor(participant.getOnBehalfOf()) : "";
                    members.add(
                            escape(actor(participant.getMember()) + onBehalfOf + (role.isEmpty() ? "" : " — " + role)));
                }
            }
            html.append(ul(members));
        }
        return div(html.toString());
    }

    String consent() {
        if (parts.consents().isEmpty()) {
            return div(p("Planen viser ikke til noe samtykke."));
        }
        List<String> items = new ArrayList<>();
        for (Consent consent : parts.consents()) {
            String when = consent.hasDateTime() ? " " + day(consent.getDateTime()) : "";
            items.add(escape(
                    switch (consent.getStatus()) {
                        case ACTIVE -> "Samtykke til individuell plan er gitt" + when + ".";
                        case INACTIVE -> "Samtykket er trukket eller gjelder ikke lenger.";
                        case REJECTED -> "Samtykke er ikke gitt.";
                        case PROPOSED, DRAFT -> "Samtykke er bedt om, men ikke gitt ennå.";
                        default -> "Samtykkets status er ukjent.";
                    }));
        }
        return div(ul(items));
    }

    String evaluations() {
        if (parts.evaluations().isEmpty()) {
            return div(p("Ingen evalueringer er registrert ennå."));
        }
        List<String> items = new ArrayList<>();
        for (Observation evaluation : parts.evaluations()) {
            StringBuilder item = new StringBuilder();
            if (evaluation.hasEffectiveDateTimeType()) {
                item.append(day(evaluation.getEffectiveDateTimeType().getValue()));
            }
            if (evaluation.hasPerformer()) {
                item.append(", ").append(actor(evaluation.getPerformerFirstRep()));
            }
            if (evaluation.hasValueCodeableConcept()) {
                item.append(": ").append(coded(evaluation.getValueCodeableConcept(), ACHIEVEMENT));
            }
            item.append('.');
            evaluation.getNote().forEach(note -> item.append(' ').append(note.getText()));
            items.add(escape(item.toString()));
        }
        return div(ul(items));
    }

    private String actor(Reference reference) {
        Optional<Resource> actor = parts.actor(reference);
        if (actor.isEmpty()) {
            return reference.hasDisplay() ? reference.getDisplay() : "(ukjent)";
        }
        Resource resource = actor.get();
        if (resource instanceof PractitionerRole role) {
            String person =
                    parts.actor(role.getPractitioner()).map(PlanNarrative::name).orElse("");
            String organisation =
                    parts.actor(role.getOrganization()).map(PlanNarrative::name).orElse("");
            if (person.isEmpty()) {
                return organisation;
            }
            return organisation.isEmpty() ? person : person + " (" + organisation + ")";
        }
        return name(resource);
    }

    private static String name(Resource resource) {
        if (resource instanceof Patient patient) {
            return name(patient.getNameFirstRep());
        } else if (resource instanceof Practitioner practitioner) {
            return name(practitioner.getNameFirstRep());
        } else if (resource instanceof RelatedPerson person) {
            return name(person.getNameFirstRep());
        } else if (resource instanceof Organization organisation) {
            return organisation.getName();
        }
        return "";
    }

    private static String name(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        return (name.getGivenAsSingleString() + " " + name.getFamily()).trim();
    }

    private static String coded(CodeableConcept concept, Map<String, String> words) {
        for (Coding coding : concept.getCoding()) {
            if (words.containsKey(coding.getCode())) {
                return words.get(coding.getCode());
            }
        }
        return text(concept);
    }

    private static String text(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode())
                .findFirst()
                .orElse("");
    }

    private static String period(Period period) {
        if (period.hasStart() && period.hasEnd()) {
            return "fra " + day(period.getStart()) + " til " + day(period.getEnd());
        }
        return period.hasStart() ? "fra " + day(period.getStart()) : "til " + day(period.getEnd());
    }

    private static String day(Date date) {
        return DAY.format(date.toInstant().atZone(OSLO));
    }

    private static String moment(Date date) {
        return MOMENT.format(date.toInstant().atZone(OSLO));
    }

    private static String p(String text) {
        return paragraph(escape(text));
    }

    private static String paragraph(String html) {
        return "<p>" + html + "</p>";
    }

    private static String ul(List<String> itemsHtml) {
        return itemsHtml.isEmpty()
                ? ""
                : "<ul>" + itemsHtml.stream().map(i -> "<li>" + i + "</li>").collect(Collectors.joining()) + "</ul>";
    }

    static String div(String html) {
        return "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + html + "</div>";
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
