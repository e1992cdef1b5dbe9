package no.ipfhir.server.validation;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.List;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WriteRule} on each create, update, patch and transaction entry, pre-commit and
 * after profile validation. {@code fhir.validation.rules=false} switches them all off (benchmarks
 * and vetted bulk loads only).
 */
@Interceptor
@Component
@ConditionalOnProperty(name = "fhir.validation.rules", havingValue = "true", matchIfMissing = true)
public class WriteRulesInterceptor implements ServerInterceptor {

	private final List<WriteRule> rules;

	public WriteRulesInterceptor(List<WriteRule> rules) {
		this.rules = rules;
	}

	@Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED, order = RULE_ORDER)
	public void created(IBaseResource resource) {
		rules.forEach(rule -> rule.check(resource, null));
	}

	@Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED, order = RULE_ORDER)
	public void updated(IBaseResource previous, IBaseResource resource) {
		rules.forEach(rule -> rule.check(resource, previous));
	}
}
