package se.tuna.placement.web.config;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads JSON, beyond {@code spring.jackson} in application.yml: a null inside a list
 * or map ({@code "sites": [null]}) is malformed, like a value of the wrong type, and answered 400
 * naming it ({@code sites[0]}). No list of the platform holds a null; the domain's sets and lists
 * refuse one, and taken in it ended as a 500.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {

    @Bean
    JsonMapperBuilderCustomizer noNullInsideAList() {
        return builder -> builder.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
    }
}
