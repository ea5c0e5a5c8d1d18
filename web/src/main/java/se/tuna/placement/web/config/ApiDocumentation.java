package se.tuna.placement.web.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's description of the API as a whole: what it is, and how a program signs
 * in (a personal API token as a bearer token). The browser UI signs in with its session cookie.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String API_TOKEN = "apiToken";

    @Bean
    OpenAPI tunaApi() {
        return new OpenAPI()
                .info(new Info().title("TUNA placement matching").version("1")
                        .description("Work-training placements for the TUNA programme: the placement bank, participants, "
                                + "suggestions and plans. Every operation needs a signed-in person; a program sends a "
                                + "personal API token, issued by an admin, as Authorization: Bearer. What each role may "
                                + "reach: docs/security.md."))
                .components(new Components().addSecuritySchemes(API_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tuna_<id>_<secret>")
                        .description("A personal API token, issued and revoked by an admin")))
                .addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
    }
}
