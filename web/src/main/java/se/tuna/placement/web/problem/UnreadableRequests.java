package se.tuna.placement.web.problem;

import java.net.URI;
import java.net.URISyntaxException;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Answers with a problem detail the requests the server cannot read as HTTP: a request line past
 * {@code server.netty.max-initial-line-length} (414), headers past
 * {@code server.max-http-request-header-size} (431), a malformed header, an address that is not a
 * URI (400). Reactor Netty's decoder and Spring's adapter refuse these before any of Spring's
 * handlers sees the request, with an empty body of their own.
 *
 * <p>Why a handler right after the HTTP codec, rather than raising Netty's limits and enforcing
 * lower ones in a WebFilter: whatever limits are set, some request is past them, and then Netty
 * answers it bare; a handler that reads the decoder's verdict answers every failure, past any
 * limit, in one place. It answers and closes the connection (what follows an unreadable request
 * cannot be trusted to start a new one), so it never interleaves with a response in progress.
 */
@Component
class UnreadableRequests implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);
    private static final String NAME = "tuna.unreadableRequests";

    /** Looked up at the first unreadable request: the server is built before the codecs are. */
    private final ObjectProvider<ProblemResponses> problems;

    UnreadableRequests(ObjectProvider<ProblemResponses> problems) {
        this.problems = problems;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            // HTTP/1.1 only: HTTP/2's frame codec reports failures per stream, not as a decoded request.
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, NAME, new Answerer());
            }
        });
    }

    /** One per connection: after answering it drops the rest of what the client sends. */
    private final class Answerer extends ChannelInboundHandlerAdapter {

        private boolean answered;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (answered && message instanceof HttpContent) {
                ReferenceCountUtil.release(message);
                return;
            }
            ProblemDetail problem = message instanceof HttpRequest request ? unreadable(request) : null;
            if (problem == null) {
                context.fireChannelRead(message);
                return;
            }
            ReferenceCountUtil.release(message);
            answered = true;
            context.writeAndFlush(response(problem)).addListener(ChannelFutureListener.CLOSE);
        }

        private FullHttpResponse response(ProblemDetail problem) {
            byte[] json = problems.getObject().encode(problem);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(problem.getStatus()), Unpooled.wrappedBuffer(json));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, json.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }
    }

    /** Why the request cannot be read, or {@code null} when it can. */
    private static ProblemDetail unreadable(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            // The kind only: the decoder's message quotes what it could not read.
            log.debug("Unreadable request: {}", cause.getClass().getSimpleName());
            if (cause instanceof TooLongHttpLineException) {
                return HttpLayerProblems.of(HttpStatus.URI_TOO_LONG);
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return HttpLayerProblems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
            }
            return HttpLayerProblems.of(HttpStatus.BAD_REQUEST, "The request is not well-formed HTTP; nothing was stored.");
        }
        if (!isUri(request.uri())) {
            return HttpLayerProblems.of(HttpStatus.BAD_REQUEST, "The address is not a well-formed URI; percent-encode what it holds.");
        }
        return null;
    }

    /** What Spring's adapter requires of the request target before it makes an exchange of it. */
    private static boolean isUri(String target) {
        try {
            new URI(target.startsWith("/") ? "http://localhost" + target : target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
