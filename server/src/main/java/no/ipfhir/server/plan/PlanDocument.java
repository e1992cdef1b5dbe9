package no.ipfhir.server.plan;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The plan as a FHIR document: a {@code document} Bundle whose Composition (document type "Individuell plan",
 * Volven 9602 A02-2) has a section per part with its narrative and entries, followed by every resource the
 * sections refer to.
 */
final class PlanDocument {

    static final String DOCUMENT_TYPES = "urn:oid:2.16.578.1.12.4.1.1.9602";
    static final String INDIVIDUELL_PLAN = "A02-2";

    private PlanDocument() {}

    static Bundle of(PlanParts parts, Optional<Date> asOf, String serverBase) {
        PlanNarrative narrative = new PlanNarrative(parts);
        Date at = asOf.orElseGet(Date::new);

        Composition composition = new Composition();
        composition.setId(UUID.randomUUID().toString());
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setType(new CodeableConcept(new Coding(DOCUMENT_TYPES, INDIVIDUELL_PLAN, "Individuell plan")));
        composition.setSubject(parts.plan().getSubject());
        composition.setDate(new Date());
        composition.addAuthor(
                parts.plan().hasAuthor()
                        ? parts.plan().getAuthor()
                        : new Reference().setDisplay("Individuell plan FHIR server"));
        composition.setTitle(narrative.title());
        asOf.ifPresent(time -> composition.addEvent().getPeriod().setEnd(time));

        section(composition, "Om planen", narrative.about(asOf), List.of(parts.plan()));
        section(composition, "Mål", narrative.goals(), parts.goals());
        section(composition, "Tiltak", narrative.tiltak(), parts.tiltak());
        section(composition, "Ansvarsgruppe og koordinator", narrative.team(at), parts.teams());
        section(composition, "Samtykke", narrative.consent(), parts.consents());
        section(composition, "Evalueringer", narrative.evaluations(), parts.evaluations());
        composition
                .getText()
                .setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString(PlanNarrative.div("<h1>" + escape(narrative.title()) + "</h1>"
                        + composition.getSection().stream()
                                .map(s -> "<h2>" + escape(s.getTitle()) + "</h2>"
                                        + inner(s.getText().getDivAsString()))
                                .reduce("", String::concat)));

        Bundle document = new Bundle().setType(Bundle.BundleType.DOCUMENT);
        document.setIdentifier(
                new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID()));
        document.setTimestamp(new Date());
        document.addEntry()
                .setFullUrl(serverBase + "/Composition/"
                        + composition.getIdElement().getIdPart())
                .setResource(composition);
        Map<String, Resource> entries = new LinkedHashMap<>();
        parts.all()
                .forEach(resource -> entries.putIfAbsent(
                        resource.getIdElement().toUnqualifiedVersionless().getValue(), resource));
        entries.forEach((id, resource) ->
                document.addEntry().setFullUrl(serverBase + "/" + id).setResource(resource));
        return document;
    }

    private static void section(Composition composition, String title, String xhtml, List<? extends Resource> entries) {
        Composition.SectionComponent section = composition.addSection().setTitle(title);
        section.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(xhtml);
        entries.forEach(resource -> section.addEntry(
                new Reference(resource.getIdElement().toUnqualifiedVersionless().getValue())));
    }

    /** The content of a generated {@code <div>}, to nest it in the document's narrative. */
    private static String inner(String div) {
        return div.substring(div.indexOf('>') + 1, div.lastIndexOf("</div>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
