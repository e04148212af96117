package org.clientela.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The answer to a form that htmx posted from a card of a page, once the change is made: htmx loads
 * the whole page again ({@code HX-Redirect}), and the message for the person (under {@code flash}
 * or {@code flashError}, as the layout shows them) is kept for that next request of the page.
 */
public final class HtmxReload {

    private HtmxReload() {}

    /** Asks htmx to load {@code path} again, which then shows {@code messageKey} as {@code flashAttribute}. */
    public static void withMessage(
            HttpServletRequest request,
            HttpServletResponse response,
            String path,
            String flashAttribute,
            String messageKey) {
        RequestContextUtils.getOutputFlashMap(request).put(flashAttribute, messageKey);
        RequestContextUtils.saveOutputFlashMap(path, request, response);
        response.setHeader("HX-Redirect", path);
    }
}
