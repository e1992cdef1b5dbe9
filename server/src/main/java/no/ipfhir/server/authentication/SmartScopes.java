package no.ipfhir.server.authentication;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.SmartScope.Context;
import no.ipfhir.server.authentication.SmartScope.Permission;

/**
 * The clinical scopes a token was granted. A scope with a SMART v2 query filter
 * ({@code patient/Observation.rs?category=…}) grants its permissions only on the resources that match
 * its filter: {@link #permissions} says which interactions are allowed at all, {@link #filters} on which
 * resources.
 */
public record SmartScopes(List<SmartScope> scopes) {

    public static SmartScopes parse(Collection<String> granted) {
        return new SmartScopes(granted.stream()
                .map(SmartScope::parse)
                .flatMap(java.util.Optional::stream)
                .toList());
    }

    public boolean has(Context context) {
        return scopes.stream().anyMatch(scope -> scope.context() == context);
    }

    /** The permissions some scope grants on the type, with or without a filter. */
    public Set<Permission> permissions(Set<Context> contexts, String type) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        scopes.stream()
                .filter(scope -> contexts.contains(scope.context()) && scope.appliesTo(type))
                .forEach(scope -> permissions.addAll(scope.permissions()));
        return permissions;
    }

    /**
     * The query filters that limit a permission on a type: empty when a scope without a filter grants it
     * (or none grants it at all, which {@link #permissions} says); otherwise the resource must match one
     * of them, e.g. {@code category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs}.
     */
    public List<String> filters(Set<Context> contexts, String type, Permission permission) {
        List<SmartScope> granting = scopes.stream()
                .filter(scope -> contexts.contains(scope.context())
                        && scope.appliesTo(type)
                        && scope.permissions().contains(permission))
                .toList();
        if (granting.stream().anyMatch(scope -> scope.filter().isEmpty())) {
            return List.of();
        }
        return granting.stream().map(SmartScope::filter).distinct().toList();
    }
}
