package no.ipfhir.server.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.matcher.InMemoryMatchResult;
import ca.uhn.fhir.jpa.searchparam.matcher.SearchParamMatcher;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.authentication.SmartScope.Permission;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * SMART v2 scopes with a query filter ({@code patient/Observation.rs?category=…|vital-signs}) grant their
 * permissions only on the resources that match the filter, judged by HAPI's in-memory search matcher:
 * a search of that type gets the filter added to its query before it runs, every resource of that type
 * that leaves the server (a match, an include, a read) must match, and so must every one written.
 * A read of one that does not match answers like a read of nothing (404); a write, like any write the
 * caller may not make (403). A filter the matcher cannot evaluate matches nothing.
 */
@Interceptor
@Component
public class ScopeFilters implements ServerInterceptor {

    private static final Set<RestOperationTypeEnum> BY_ID =
            EnumSet.of(RestOperationTypeEnum.READ, RestOperationTypeEnum.VREAD, RestOperationTypeEnum.HISTORY_INSTANCE);

    private final CallerResolver callers;
    private final SearchParamMatcher matcher;

    public ScopeFilters(CallerResolver callers, SearchParamMatcher matcher) {
        this.callers = callers;
        this.matcher = matcher;
    }

    /**
     * A search of a type the caller may search only with a filter: the filter joins the query (several
     * filters on the same one parameter as alternatives). Other combinations are left to the check of
     * what comes out.
     */
    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED, order = 100)
    public boolean narrowSearch(RequestDetails request) {
        if (!PlanAuthorizationInterceptor.fromOutside(request)
                || request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE
                || request.getResourceName() == null) {
            return true;
        }
        List<String> filters = callers.caller(request).filters(Permission.SEARCH, request.getResourceName());
        if (filters.isEmpty()) {
            return true;
        }
        asQuery(filters).ifPresent(query -> {
            Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameters());
            // Repeating a parameter ANDs it with what the client asked.
            query.forEach((name, values) -> parameters.put(
                    name,
                    Stream.concat(Arrays.stream(parameters.getOrDefault(name, new String[0])), values.stream())
                            .toArray(String[]::new)));
            request.setParameters(parameters);
        });
        return true;
    }

    /** Whether the caller's scopes let this resource leave the server in this request. */
    boolean mayShow(RequestDetails request, IBaseResource resource) {
        Caller caller = callers.caller(request);
        String type = resource.fhirType();
        Set<Permission> granted = caller.permissions(type);
        List<Permission> letters = BY_ID.contains(request.getRestOperationType())
                ? List.of(Permission.READ)
                : List.of(Permission.READ, Permission.SEARCH);
        List<String> filters = new ArrayList<>();
        for (Permission letter : letters) {
            if (!granted.contains(letter)) {
                continue;
            }
            List<String> limits = caller.filters(letter, type);
            if (limits.isEmpty()) {
                return true;
            }
            filters.addAll(limits);
        }
        return filters.isEmpty() || filters.stream().anyMatch(filter -> matches(type, filter, resource));
    }

    /** Whether the caller's scopes let it write this resource (create, update: both versions; delete). */
    boolean mayWrite(RequestDetails request, Permission permission, IBaseResource resource) {
        Caller caller = callers.caller(request);
        String type = resource.fhirType();
        if (!caller.permissions(type).contains(permission)) {
            return true; // refused by the scope check and the access rules already
        }
        List<String> filters = caller.filters(permission, type);
        return filters.isEmpty() || filters.stream().anyMatch(filter -> matches(type, filter, resource));
    }

    private boolean matches(String type, String filter, IBaseResource resource) {
        InMemoryMatchResult result = matcher.match(type + "?" + filter, resource, new SystemRequestDetails());
        return result.supported() && result.matched();
    }

    /** The filters as one query: one filter, or filters that each name the same single parameter. */
    private static Optional<Map<String, List<String>>> asQuery(List<String> filters) {
        if (filters.size() == 1) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : filters.get(0).split("&")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    return Optional.empty();
                }
                query.computeIfAbsent(decode(pair.substring(0, equals)), name -> new ArrayList<>())
                        .add(decode(pair.substring(equals + 1)));
            }
            return Optional.of(query);
        }
        String name = null;
        List<String> alternatives = new ArrayList<>();
        for (String filter : filters) {
            int equals = filter.indexOf('=');
            if (filter.contains("&") || equals <= 0) {
                return Optional.empty();
            }
            String each = decode(filter.substring(0, equals));
            if (name != null && !name.equals(each)) {
                return Optional.empty();
            }
            name = each;
            alternatives.add(decode(filter.substring(equals + 1)));
        }
        return Optional.of(Map.of(name, List.of(String.join(",", alternatives))));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
