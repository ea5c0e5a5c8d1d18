package se.tuna.placement.catalog.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

class LoggedFailureTest {

    @Test
    void keepsTheKindAndStackOfEachFailureInTheChainButNoMessage() {
        IllegalArgumentException parse = new IllegalArgumentException("Missing '<' in string ``anna>@example.se''");
        IllegalStateException send = new IllegalStateException("Could not send to anna>@example.se", parse);
        UnsupportedOperationException observed = new UnsupportedOperationException("Observed at HTTP GET \"/api/slots?text=Anna\"");
        send.addSuppressed(observed);

        LoggedFailure logged = LoggedFailure.of(send);

        assertThat(printed(logged)).contains("java.lang.IllegalStateException", "java.lang.IllegalArgumentException",
                "java.lang.UnsupportedOperationException", "keepsTheKindAndStackOfEachFailureInTheChainButNoMessage")
                .doesNotContain("anna", "Anna");
        assertThat(logged.getStackTrace()).isEqualTo(send.getStackTrace());
        assertThat(logged.getCause().getStackTrace()).isEqualTo(parse.getStackTrace());
        assertThat(logged.getSuppressed()[0].getStackTrace()).isEqualTo(observed.getStackTrace());
    }

    @Test
    void anElasticsearchRefusalKeepsItsStatusAndErrorTypeButNotItsReason() {
        ElasticsearchException refusal = new ElasticsearchException("es/create", ErrorResponse.of(response -> response.status(400)
                .error(cause -> cause.type("document_parsing_exception").reason("Preview of field's value: 'Anna Andersson'"))));

        assertThat(printed(LoggedFailure.of(refusal))).contains(ElasticsearchException.class.getName() + " (400 document_parsing_exception)")
                .doesNotContain("Anna");
    }

    @Test
    void aCauseThatLeadsBackEndsTheChain() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(LoggedFailure.of(first).getCause().getCause()).isNull();
    }

    private static String printed(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
