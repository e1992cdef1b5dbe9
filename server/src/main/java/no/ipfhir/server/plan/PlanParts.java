package no.ipfhir.server.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A plan with its parts — goals, tiltak, care team, consent and goal evaluations — and the people and
 * organisations they name, read the way the caller may see them, now or at a time in the past.
 */
record PlanParts(
        CarePlan plan,
        Optional<Patient> patient,
        List<Goal> goals,
        List<ServiceRequest> tiltak,
        List<CareTeam> teams,
        List<Consent> consents,
        List<Observation> evaluations,
        Map<String, Resource> actors) {

    private static final int RECENT_EVALUATIONS = 10;

    static PlanParts read(CarePlan plan, PlanReader reader) {
        List<Goal> goals = plan.getGoal().stream()
                .map(g -> reader.read(g, Goal.class))
                .flatMap(Optional::stream)
                .toList();
        List<ServiceRequest> tiltak = plan.getActivity().stream()
                .map(activity -> reader.read(activity.getReference(), ServiceRequest.class))
                .flatMap(Optional::stream)
                .toList();
        List<CareTeam> teams = plan.getCareTeam().stream()
                .map(t -> reader.read(t, CareTeam.class))
                .flatMap(Optional::stream)
                .toList();
        List<Consent> consents = plan.getSupportingInfo().stream()
                .map(info -> reader.read(info, Consent.class))
                .flatMap(Optional::stream)
                .toList();
        List<IIdType> goalIds = goals.stream()
                .<IIdType>map(goal -> goal.getIdElement().toUnqualifiedVersionless())
                .toList();
        List<Observation> evaluations = reader.evaluationsOf(goalIds).stream()
                .sorted((a, b) -> effective(b).compareTo(effective(a)))
                .limit(RECENT_EVALUATIONS)
                .toList();

        List<Reference> named = new ArrayList<>();
        named.add(plan.getSubject());
        named.add(plan.getAuthor());
        named.addAll(plan.getContributor());
        goals.forEach(goal -> named.add(goal.getExpressedBy()));
        tiltak.forEach(t -> named.addAll(t.getPerformer()));
        evaluations.forEach(evaluation -> named.addAll(evaluation.getPerformer()));
        for (CareTeam team : teams) {
            named.addAll(team.getManagingOrganization());
            team.getParticipant().forEach(p -> {
                named.add(p.getMember());
                named.add(p.getOnBehalfOf());
            });
        }
        Map<String, Resource> actors = new LinkedHashMap<>();
        for (Reference reference : named) {
            addActor(reference, reader, actors);
        }
        Optional<Patient> patient = Optional.ofNullable((Patient) actors.get(key(plan.getSubject())));
        return new PlanParts(plan, patient, goals, tiltak, teams, consents, evaluations, actors);
    }

    /** The person or organisation a reference names, if it is part of the plan's parts. */
    Optional<Resource> actor(Reference reference) {
        return Optional.ofNullable(actors.get(key(reference)));
    }

    List<Resource> all() {
        List<Resource> all = new ArrayList<>();
        all.add(plan);
        all.addAll(goals);
        all.addAll(tiltak);
        all.addAll(teams);
        all.addAll(consents);
        all.addAll(evaluations);
        all.addAll(actors.values());
        return all;
    }

    private static void addActor(Reference reference, PlanReader reader, Map<String, Resource> actors) {
        String key = key(reference);
        if (key == null || actors.containsKey(key)) {
            return;
        }
        Optional<? extends Resource> actor =
                switch (reference.getReferenceElement().getResourceType()) {
                    case "Patient" -> reader.read(reference, Patient.class);
                    case "Practitioner" -> reader.read(reference, Practitioner.class);
                    case "RelatedPerson" -> reader.read(reference, RelatedPerson.class);
                    case "Organization" -> reader.read(reference, Organization.class);
                    case "PractitionerRole" -> reader.read(reference, PractitionerRole.class);
                    default -> Optional.empty();
                };
        actor.ifPresent(resource -> {
            actors.put(key, resource);
            if (resource instanceof PractitionerRole role) {
                addActor(role.getPractitioner(), reader, actors);
                addActor(role.getOrganization(), reader, actors);
            }
        });
    }

    static String key(Reference reference) {
        if (reference == null
                || !reference.hasReference()
                || reference.getReferenceElement().getResourceType() == null) {
            return null;
        }
        return reference.getReferenceElement().toUnqualifiedVersionless().getValue();
    }

    private static java.util.Date effective(Observation observation) {
        return observation.hasEffectiveDateTimeType()
                ? observation.getEffectiveDateTimeType().getValue()
                : new java.util.Date(0);
    }
}
