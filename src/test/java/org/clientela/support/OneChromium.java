package org.clientela.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium (and one Playwright driver) for every {@link BrowserTest} class of a test
 * run, instead of one per class: starting the driver and the browser cost a few seconds of CPU
 * each time, 27 times a run. Each test still gets a browser context of its own (no cookies, no
 * storage shared), which is all the isolation a fresh browser gave. The browser is kept in the
 * store of the launcher session — the whole run of a test JVM, also when Surefire hands it one class
 * at a time — which closes it on the thread that made it when the run ends; a browser that died in
 * a class is launched again for the next one.
 */
final class OneChromium implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store run = context.getStore(
                ExtensionContext.StoreScope.LAUNCHER_SESSION, ExtensionContext.Namespace.create(OneChromium.class));
        Running running = run.computeIfAbsent(Running.class, key -> new Running(), Running.class);
        if (!running.browser.isConnected()) {
            try {
                run.remove(Running.class, Running.class).close();
            } catch (RuntimeException gone) {
                // What is left of a browser that died needs no closing.
            }
            running = run.computeIfAbsent(Running.class, key -> new Running(), Running.class);
        }
        BrowserTest.browser = running.browser;
    }

    /** The driver and its browser, closed together when the run ends. */
    private static final class Running implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        Running() {
            playwright = Playwright.create();
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(ChromiumAvailable.CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run")));
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}
