package se.tuna.placement.web.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import se.tuna.placement.audit.AuditLog;

/** Lets controller methods take an {@link AuditTrail}. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebFluxConfigurer {

    private final AuditLog log;

    AuditWebConfiguration(AuditLog log) {
        this.log = log;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new AuditTrailResolver(log));
    }
}
