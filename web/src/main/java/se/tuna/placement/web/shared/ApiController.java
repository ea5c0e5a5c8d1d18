package se.tuna.placement.web.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the JSON API. It declares that it answers JSON, so a request that accepts no
 * JSON is refused (406) while its handler is chosen, before anything runs: negotiated only when
 * the answer is written, the refusal came after the handler had stored what it was sent. A
 * handler that answers otherwise (a plan's progress as server-sent events) says so itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public @interface ApiController {

    /** The path all the controller's addresses start with, if they share one. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
