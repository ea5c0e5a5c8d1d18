package se.tuna.placement.web.problem;

import java.net.URI;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a problem detail as the response of an exchange that never reached a controller (a
 * request refused by the security filters), with the same codec and shape as the controllers'.
 */
@Component
public class ProblemResponses {

    private static final ResolvableType PROBLEM = ResolvableType.forClass(ProblemDetail.class);

    private final EncoderHttpMessageWriter<ProblemDetail> writer;

    @SuppressWarnings("unchecked")
    public ProblemResponses(ServerCodecConfigurer codecs) {
        this.writer = (EncoderHttpMessageWriter<ProblemDetail>) codecs.getWriters().stream()
                .filter(candidate -> candidate instanceof EncoderHttpMessageWriter<?>)
                .filter(candidate -> candidate.canWrite(PROBLEM, MediaType.APPLICATION_PROBLEM_JSON))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No JSON writer for problem details"));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        return writer.write(Mono.just(problem), PROBLEM, MediaType.APPLICATION_PROBLEM_JSON, exchange.getResponse(), Map.of());
    }

    /** The problem detail's JSON, for a layer below Spring that writes its answer itself (Reactor Netty's decoder). */
    public byte[] encode(ProblemDetail problem) {
        DataBuffer json = writer.getEncoder().encodeValue(problem, DefaultDataBufferFactory.sharedInstance, PROBLEM,
                MediaType.APPLICATION_PROBLEM_JSON, Map.of());
        byte[] bytes = new byte[json.readableByteCount()];
        json.read(bytes);
        return bytes;
    }
}
