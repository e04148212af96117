package org.clientela.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the start-up log with the one line a newcomer needs: the address to open in the browser,
 * printed once everything (the demo included) is ready.
 */
@Component
class ReadyAddress {

    private static final Logger log = LoggerFactory.getLogger(ReadyAddress.class);

    private final String contextPath;

    ReadyAddress(@Value("${server.servlet.context-path:}") String contextPath) {
        this.contextPath = contextPath;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info(
                    "Clientela is ready: open {} in your browser",
                    address(web.getWebServer().getPort()));
        }
    }

    String address(int port) {
        return "http://localhost:" + port + contextPath + "/";
    }
}
