package org.clientela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Clientela: a customer-relationship system for small and mid-size businesses.
 * Each direct sub-package is a business module; see {@code ModularityTests}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClientelaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientelaApplication.class, args);
    }
}
