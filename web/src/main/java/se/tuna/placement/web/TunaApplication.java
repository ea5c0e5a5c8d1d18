package se.tuna.placement.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The TUNA placement matching service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TunaApplication {

    public static void main(String[] args) {
        SpringApplication.run(TunaApplication.class, args);
    }
}
