package org.clientela.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the API at {@code /api/openapi}: what it is and how to sign in. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI clientelaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Clientela API")
                        .version("v1")
                        .description("Customers, orders and imports of Clientela. Errors are RFC 9457 problem details "
                                + "whose `errors` array names each wrong field (or line and column of a CSV file)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token from POST /api/v1/me/tokens (clt_…)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
