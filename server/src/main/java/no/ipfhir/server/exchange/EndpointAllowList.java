package no.ipfhir.server.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The endpoints notifications may be sent to, as configured in {@code fhir.subscription.allowed-endpoints}.
 * A subscription can make the server send HTTP requests anywhere, so only the hosts an operator has named are
 * reachable (a guard against server-side request forgery into the internal network).
 */
public final class EndpointAllowList {

    private final List<Entry> entries;

    public EndpointAllowList(List<String> patterns) {
        this.entries = patterns.stream()
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .map(Entry::parse)
                .toList();
    }

    /** Why the endpoint may not be used, or empty when it may. */
    public Optional<String> refusal(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.of("A rest-hook subscription needs an endpoint.");
        }
        URI uri;
        try {
            uri = new URI(endpoint.trim());
        } catch (URISyntaxException e) {
            return Optional.of("The endpoint '" + endpoint + "' is not a valid URL.");
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of(
                    "The endpoint '" + endpoint + "' must be an absolute http(s) URL with a host and no user info.");
        }
        if (entries.isEmpty()) {
            return Optional.of("This server allows no notification endpoints yet; its operator lists them in "
                    + "FHIR_SUBSCRIPTION_ALLOWED_ENDPOINTS.");
        }
        if (entries.stream().noneMatch(entry -> entry.allows(uri))) {
            return Optional.of("The endpoint '" + endpoint + "' is not on this server's list of allowed notification "
                    + "endpoints. Use an endpoint on an allowed host, or ask the operator to add '"
                    + uri.getScheme() + "://" + uri.getHost() + "' to FHIR_SUBSCRIPTION_ALLOWED_ENDPOINTS.");
        }
        return Optional.empty();
    }

    private record Entry(String scheme, String host, boolean subdomains, int port) {

        private static final int ANY_PORT = -1;

        static Entry parse(String pattern) {
            boolean anyPort = pattern.endsWith(":*");
            URI uri = URI.create(pattern.replace("://*.", "://wildcard.").replaceAll(":\\*$", ""));
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("fhir.subscription.allowed-endpoints entry '" + pattern
                        + "' must look like https://host, https://host:port, https://host:* or https://*.domain");
            }
            boolean subdomains = pattern.contains("://*.");
            String host = subdomains ? uri.getHost().substring("wildcard.".length()) : uri.getHost();
            return new Entry(
                    uri.getScheme().toLowerCase(Locale.ROOT),
                    host.toLowerCase(Locale.ROOT),
                    subdomains,
                    anyPort ? ANY_PORT : effectivePort(uri));
        }

        boolean allows(URI uri) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean hostMatches = subdomains ? host.endsWith("." + this.host) : host.equals(this.host);
            return scheme.equals(uri.getScheme().toLowerCase(Locale.ROOT))
                    && hostMatches
                    && (port == ANY_PORT || port == effectivePort(uri));
        }

        private static int effectivePort(URI uri) {
            if (uri.getPort() != -1) {
                return uri.getPort();
            }
            return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
    }
}
