package org.clientela.retention;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.clientela.retention.internal.fits.CustomerBaseModel;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets a test answer for the customer-base model with a fit of its own, whose answers are easy to
 * work out, instead of fitting one on the shared database. Until a test {@link #use uses} a
 * stand-in (and after it {@link #reset resets} it, when it ends) every question goes to the
 * application's own model, the latest stored fit. A component on the test class path, so the
 * application's own scan finds it: every application test has it, and none needs a configuration
 * of its own (which would give the class an application of its own).
 */
@Component
public class ModelStandIn implements BeanPostProcessor {

    private final AtomicReference<CustomerBaseModel.Fit> standIn = new AtomicReference<>();

    /** From now on the model answers with {@code fit}. */
    public void use(CustomerBaseModel.Fit fit) {
        standIn.set(fit);
    }

    /** Back to the application's own model. */
    public void reset() {
        standIn.set(null);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CustomerBaseModel model) {
            return (CustomerBaseModel) () -> {
                CustomerBaseModel.Fit fit = standIn.get();
                return fit != null ? Optional.of(fit) : model.latest();
            };
        }
        return bean;
    }
}
