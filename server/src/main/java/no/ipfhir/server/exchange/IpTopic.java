package no.ipfhir.server.exchange;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import no.ipfhir.server.kernel.IpPackage;

/**
 * The subscription topics of the individual plan (Subscriptions R5 Backport, R4): what a topic-based
 * {@code Subscription} names in {@code criteria}. A topic is about one part of the plan, told by the type of the
 * resource that changed; which patients' plans it covers is the subscriber organisation's participation.
 */
public enum IpTopic {
    PLAN_ENDRET("plan-endret", "The individual plan or a sub-plan changed", "CarePlan"),
    ANSVARSGRUPPE_ENDRET("ansvarsgruppe-endret", "The ansvarsgruppe changed, including who is koordinator", "CareTeam"),
    MAL_ENDRET("mal-endret", "A goal of the plan changed", "Goal"),
    TILTAK_ENDRET("tiltak-endret", "A tiltak of the plan changed", "ServiceRequest"),
    SAMTYKKE_ENDRET("samtykke-endret", "The patient's consent changed", "Consent");

    private final String url;
    private final String description;
    private final Set<String> resourceTypes;

    IpTopic(String code, String description, String... resourceTypes) {
        this.url = IpPackage.CANONICAL_BASE + "/SubscriptionTopic/" + code;
        this.description = description;
        this.resourceTypes = Set.of(resourceTypes);
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<String> resourceTypes() {
        return resourceTypes;
    }

    public boolean covers(String resourceType) {
        return resourceTypes.contains(resourceType);
    }

    public static Optional<IpTopic> byUrl(String url) {
        return Arrays.stream(values()).filter(topic -> topic.url.equals(url)).findFirst();
    }
}
