package no.ipfhir.server.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.SmartScope.Context;
import no.ipfhir.server.authentication.SmartScope.Permission;
import org.junit.jupiter.api.Test;

/** SMART App Launch scopes, v2 and v1. */
class SmartScopeTest {

    @Test
    void v2ScopeGrantsExactlyItsLetters() {
        SmartScope scope = SmartScope.parse("patient/CarePlan.rs").orElseThrow();

        assertThat(scope.context()).isEqualTo(Context.PATIENT);
        assertThat(scope.resourceType()).isEqualTo("CarePlan");
        assertThat(scope.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.SEARCH);
    }

    @Test
    void v1ReadAndWriteAreMappedToV2Permissions() {
        assertThat(SmartScope.parse("user/*.read").orElseThrow().permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.SEARCH);
        assertThat(SmartScope.parse("system/Goal.write").orElseThrow().permissions())
                .containsExactlyInAnyOrder(Permission.CREATE, Permission.UPDATE, Permission.DELETE);
        assertThat(SmartScope.parse("patient/*.*").orElseThrow().permissions())
                .containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void lettersOutOfOrderOrUnknownAreNoScope() {
        assertThat(SmartScope.parse("patient/CarePlan.sr")).isEmpty();
        assertThat(SmartScope.parse("patient/CarePlan.rx")).isEmpty();
        assertThat(SmartScope.parse("patient/CarePlan.rr")).isEmpty();
        assertThat(SmartScope.parse("launch/patient")).isEmpty();
        assertThat(SmartScope.parse("openid")).isEmpty();
    }

    @Test
    void aScopeWithAQueryFilterGrantsItsLettersOnlyWhereTheFilterMatches() {
        SmartScopes scopes = SmartScopes.parse(List.of("patient/Observation.rs?category=survey", "patient/Goal.r"));

        assertThat(scopes.permissions(Set.of(Context.PATIENT), "Observation"))
                .containsExactlyInAnyOrder(Permission.READ, Permission.SEARCH);
        assertThat(scopes.filters(Set.of(Context.PATIENT), "Observation", Permission.READ))
                .containsExactly("category=survey");
        assertThat(scopes.permissions(Set.of(Context.PATIENT), "Goal")).isEqualTo(EnumSet.of(Permission.READ));
        assertThat(scopes.filters(Set.of(Context.PATIENT), "Goal", Permission.READ))
                .isEmpty();
    }

    @Test
    void aScopeWithoutAFilterLiftsTheFilterOfAnotherForItsLettersOnly() {
        SmartScopes scopes =
                SmartScopes.parse(List.of("patient/Observation.rs?category=survey", "patient/Observation.r"));

        assertThat(scopes.filters(Set.of(Context.PATIENT), "Observation", Permission.READ))
                .isEmpty();
        assertThat(scopes.filters(Set.of(Context.PATIENT), "Observation", Permission.SEARCH))
                .containsExactly("category=survey");
    }

    @Test
    void wildcardAppliesToEveryTypeButOnlyInItsContext() {
        SmartScopes scopes = SmartScopes.parse(List.of("user/*.cruds"));

        assertThat(scopes.permissions(Set.of(Context.USER), "Consent")).containsExactlyInAnyOrder(Permission.values());
        assertThat(scopes.permissions(Set.of(Context.PATIENT), "Consent")).isEmpty();
    }
}
