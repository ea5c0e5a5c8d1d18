package se.tuna.placement.web.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives headless Chromium through the demo service, as a newcomer runs it;
 * it takes a {@link Browser} (one per class, signed out before each test) and, where it needs
 * the service itself, the {@link DemoService}. See {@link BrowserExtension}: skipped with a loud
 * message where Debian's chromium is missing, unless {@code TUNA_BROWSER_TESTS=required}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
