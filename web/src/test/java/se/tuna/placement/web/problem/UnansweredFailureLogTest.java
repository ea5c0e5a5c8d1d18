package se.tuna.placement.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

/**
 * A failure no controller answered is logged with the request's method and path and the
 * failure's kind and stack, never the query or the message, and passed on for Spring Boot to
 * answer. (Requests that fail in a controller are logged the same way by the advice; the log test
 * sends them.)
 */
@ExtendWith(OutputCaptureExtension.class)
class UnansweredFailureLogTest {

    private final UnansweredFailureLog failures = new UnansweredFailureLog();

    @Test
    void aServerFailureIsLoggedWithoutTheQueryOrTheMessageAndPassedOn(CapturedOutput log) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/konto/losenord?lank=konto.hemlighet"));
        IllegalStateException failure = new IllegalStateException("Could not send to anna.andersson@example.se");

        assertThatThrownBy(() -> failures.handle(exchange, failure).block()).isSameAs(failure);

        assertThat(log.getAll()).contains("GET /konto/losenord failed", "java.lang.IllegalStateException")
                .doesNotContain("hemlighet", "anna.andersson");
    }

    @Test
    void aRefusedRequestIsNoFailureOfTheService(CapturedOutput log) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/ingenstans"));

        assertThatThrownBy(() -> failures.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND)).block())
                .isInstanceOf(ResponseStatusException.class);

        assertThat(log.getAll()).doesNotContain("/ingenstans failed");
    }
}
