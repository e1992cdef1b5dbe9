package no.ipfhir.server.authentication;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.SmartScope.Context;
import no.ipfhir.server.authentication.SmartScope.Permission;

/**
 * The clinical scopes a token was granted. Scopes with a query filter grant nothing here: a filter
 * can only narrow what another scope grants, and until filters are enforced on every interaction,
 * ignoring them refuses too much rather than too little.
 */
public record SmartScopes(List<SmartScope> scopes) {

    public static SmartScopes parse(Collection<String> granted) {
        return new SmartScopes(granted.stream()
                .map(SmartScope::parse)
                .flatMap(java.util.Optional::stream)
                .filter(scope -> scope.filter().isEmpty())
                .toList());
    }

    public boolean has(Context context) {
        return scopes.stream().anyMatch(scope -> scope.context() == context);
    }

    public Set<Permission> permissions(Set<Context> contexts, String type) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        scopes.stream()
                .filter(scope -> contexts.contains(scope.context()) && scope.appliesTo(type))
                .forEach(scope -> permissions.addAll(scope.permissions()));
        return permissions;
    }
}
