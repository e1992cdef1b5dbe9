package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;

/**
 * The organisation a subscription is restricted to: it is notified only of changes to plans that this
 * organisation takes part in. Stated on {@code Subscription.channel} as an extension whose {@code valueString}
 * is the organisation's identifier in search-token form, e.g.
 * {@code urn:oid:2.16.578.1.12.4.1.4.101|991000046} (organisasjonsnummer). Without it, the subscription is
 * notified of every change its criteria match.
 */
public record SubscriberOrganisation(String system, String value) {

    public static final String EXTENSION_URL =
            "https://ip-fhir.org/fhir/StructureDefinition/no-ip-subscriberOrganization";

    /** The restriction of a subscription being delivered, if it has one. */
    public static Optional<SubscriberOrganisation> of(CanonicalSubscription subscription) {
        List<String> values = subscription.getChannelExtensions(EXTENSION_URL);
        return values.isEmpty() ? Optional.empty() : parse(values.get(0));
    }

    /** The restriction of a stored subscription, if it has one that is well formed. */
    public static Optional<SubscriberOrganisation> of(Subscription subscription) {
        List<Extension> extensions = subscription.getChannel().getExtensionsByUrl(EXTENSION_URL);
        return extensions.size() == 1 && extensions.get(0).getValue() instanceof StringType value
                ? parse(value.getValue())
                : Optional.empty();
    }

    /** As a search token, {@code system|value}. */
    public String token() {
        return system + "|" + value;
    }

    /** What is wrong with the restriction of a subscription being stored, if anything. */
    static Optional<String> problem(Subscription subscription) {
        List<Extension> extensions = subscription.getChannel().getExtensionsByUrl(EXTENSION_URL);
        if (extensions.isEmpty()) {
            return Optional.empty();
        }
        if (extensions.size() > 1) {
            return Optional.of("A subscription can be restricted to one organisation only (" + EXTENSION_URL + ").");
        }
        if (!(extensions.get(0).getValue() instanceof StringType value)
                || parse(value.getValue()).isEmpty()) {
            return Optional.of("The extension " + EXTENSION_URL + " must have a valueString with the organisation's "
                    + "identifier as system|value, e.g. urn:oid:2.16.578.1.12.4.1.4.101|991000046.");
        }
        return Optional.empty();
    }

    private static Optional<SubscriberOrganisation> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new SubscriberOrganisation(
                token.substring(0, bar).trim(), token.substring(bar + 1).trim()));
    }
}
