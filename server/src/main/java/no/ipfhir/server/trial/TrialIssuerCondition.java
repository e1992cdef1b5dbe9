package no.ipfhir.server.trial;

import no.ipfhir.server.authentication.SecurityMode;
import no.ipfhir.server.authentication.SecurityProperties;
import no.ipfhir.server.config.DatabaseProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The trial issuer's beans exist exactly when {@link SecurityMode} decides for it. */
class TrialIssuerCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Binder binder = Binder.get(context.getEnvironment());
        try {
            return SecurityMode.decide(
                            binder.bindOrCreate("fhir.security", SecurityProperties.class),
                            binder.bindOrCreate("fhir.db", DatabaseProperties.class))
                    .trialIssuer();
        } catch (IllegalStateException refused) {
            // The SecurityMode bean refuses the start with this message; no trial beans meanwhile.
            return false;
        }
    }
}
