package se.tuna.placement.web.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where to reach the service once it listens, so whoever started it knows where to go. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        log.info("""

                  TUNA placement matching is running:
                    browser UI  http://localhost:{}/
                    API docs    http://localhost:{}/swagger-ui.html
                    OpenAPI     http://localhost:{}/v3/api-docs
                """, port, port, port);
    }
}
