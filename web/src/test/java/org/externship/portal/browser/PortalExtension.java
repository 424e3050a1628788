package org.externship.portal.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Gives browser tests the running portal ({@link RunningPortal}) and a fresh headless Debian Chromium per test
 * ({@link WebDriver}). When a test fails, the page's screenshot and source are kept under target/browser-it.
 */
public class PortalExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace BROWSER = ExtensionContext.Namespace.create(PortalExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPortal.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == RunningPortal.class) {
            return RunningPortal.of(context);
        }
        RunningPortal.of(context);
        return context.getStore(BROWSER).getOrComputeIfAbsent(WebDriver.class, key -> chromium(), WebDriver.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        WebDriver driver = context.getStore(BROWSER).remove(WebDriver.class, WebDriver.class);
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                keepEvidence(context, driver);
            }
        } finally {
            driver.quit();
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void keepEvidence(ExtensionContext context, WebDriver driver) throws IOException {
        Path dir = Path.of(System.getProperty("test.workDir", "target/browser-it"), "failures");
        Files.createDirectories(dir);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9]+", "_");
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                StandardCharsets.UTF_8);
    }
}
