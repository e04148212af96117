package org.clientela.demo;

import org.clientela.platform.SharedValues;
import org.clientela.retention.RetentionFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The first visit to a new demo finds every page filled: once per database, after the demo's
 * orders, losses and cases, the customer-base model is fitted, the customers segmented and the
 * radar run — what would otherwise wait for the night or for three buttons on three pages. Like
 * the load, it happens before the application reports itself ready.
 */
@Component
@Order(40)
class DemoFigures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFigures.class);
    static final String COMPUTED = "demo.figures";

    private final DemoState state;
    private final SharedValues settings;
    private final RetentionFigures figures;

    DemoFigures(DemoState state, SharedValues settings, RetentionFigures figures) {
        this.state = state;
        this.settings = settings;
        this.figures = figures;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!state.active() || settings.get(COMPUTED).isPresent()) {
            return;
        }
        try {
            settings.add(COMPUTED, "true");
        } catch (DuplicateKeyException e) {
            log.info("Another instance is computing the demo's retention figures");
            return;
        }
        RetentionFigures.Computed computed = figures.computeNow();
        log.info(
                "Demo business: model fitted {}, {} customers segmented, radar run {}",
                computed.modelFitted(),
                computed.customersSegmented(),
                computed.radarRan());
    }
}
