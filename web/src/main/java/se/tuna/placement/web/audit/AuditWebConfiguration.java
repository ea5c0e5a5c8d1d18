package se.tuna.placement.web.audit;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import se.tuna.placement.audit.AuditLog;

/** Lets controller methods take an {@link AuditTrail}, which the API's document does not show. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebFluxConfigurer {

    static {
        // A controller's access log is given by the service, never sent by the caller.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuditTrail.class);
    }

    private final AuditLog log;

    AuditWebConfiguration(AuditLog log) {
        this.log = log;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new AuditTrailResolver(log));
    }
}
