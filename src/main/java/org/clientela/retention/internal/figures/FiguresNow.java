package org.clientela.retention.internal.figures;

import org.clientela.platform.InvalidInputException;
import org.clientela.retention.RetentionFigures;
import org.clientela.retention.internal.fits.ModelFitting;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.retention.internal.segments.CustomerSegmentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The model, the segments and a radar run, one after the other, in the caller's thread. */
@Component
class FiguresNow implements RetentionFigures {

    private static final Logger log = LoggerFactory.getLogger(FiguresNow.class);

    private final ModelFitting model;
    private final CustomerSegmentation segments;
    private final RetentionRadar radar;

    FiguresNow(ModelFitting model, CustomerSegmentation segments, RetentionRadar radar) {
        this.model = model;
        this.segments = segments;
        this.radar = radar;
    }

    @Override
    public Computed computeNow() {
        boolean fitted;
        try {
            model.fit(null);
            fitted = true;
        } catch (InvalidInputException refused) {
            // Too few repeat buyers: the radar still runs on the other signals, the model page says why.
            log.info("The customer-base model was not fitted: {}", refused.errors());
            fitted = false;
        }
        long segmented = segments.runNow();
        boolean ran = radar.runNow("FIRST_LOAD", "system").isPresent();
        return new Computed(fitted, segmented, ran);
    }
}
