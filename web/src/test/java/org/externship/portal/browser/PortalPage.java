package org.externship.portal.browser;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Any page of the portal: its header (who is signed in, the menu, sign-out) and waiting on PrimeFaces AJAX. */
public class PortalPage {

    protected final WebDriver driver;
    protected final WebDriverWait wait;
    protected final RunningPortal portal;
    private final String baseUrl;

    public PortalPage(WebDriver driver, RunningPortal portal) {
        this(driver, portal, portal.baseUrl());
    }

    /** A page of a portal of the test's own ({@link RunningPortal#startPortal}) at {@code baseUrl}. */
    public PortalPage(WebDriver driver, RunningPortal portal, String baseUrl) {
        this.driver = driver;
        this.portal = portal;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens a page of the portal by its path, e.g. {@code /coordinator/staff.xhtml}. */
    PortalPage open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in from the landing page and waits for the home page of the user's role. */
    public PortalPage signIn(String username, String password) {
        open("/");
        driver.findElement(By.id("landing-signin")).click();
        new KeycloakLoginPage(driver).signIn(username, password);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        return this;
    }

    void signOut() {
        driver.findElement(By.id("signout-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("landing-title")));
    }

    boolean isSignedIn() {
        return !driver.findElements(By.id("user-name")).isEmpty();
    }

    String path() {
        String url = driver.getCurrentUrl();
        String rest = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String userName() {
        return text("user-name");
    }

    String userMeta() {
        return text("user-meta");
    }

    List<String> menuIds() {
        return driver.findElements(By.cssSelector("#menu a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    String globalMessages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Clicks an AJAX button and waits until PrimeFaces has processed the response. */
    void clickAjax(By button) {
        driver.findElement(button).click();
        awaitAjax();
    }

    /**
     * Waits until {@code element} has left the document, the page it was on having been replaced by a new one.
     * While Chromium swaps the documents, asking after the element may fail with an inspector error ("Node with given
     * id does not belong to the document") instead of a stale reference: that is "not yet", not a failure.
     */
    void awaitGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return false;
            }
        });
    }

    void awaitAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    /**
     * Picks {@code label} in the PrimeFaces select menu {@code menuId}: opens its panel, waits until the panel's
     * opening transition is over, clicks the item, and checks the menu shows it (again if a click fell into the
     * transition, where PrimeFaces loses it).
     */
    void chooseInMenu(String menuId, String label) {
        String panel = "jQuery(PrimeFaces.escapeClientId('" + menuId + "_panel'))";
        String settled = "return " + panel + ".is(':visible') && !" + panel + ".is(':animated') && !" + panel
                + ".is('.ui-connected-overlay-enter, .ui-connected-overlay-enter-active');";
        By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label=\"" + label + "\"]");
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(3));
        shortWait.ignoring(StaleElementReferenceException.class); // the choice re-renders the menu (AJAX)
        for (int attempt = 0; attempt < 5; attempt++) {
            if (!(Boolean) ((JavascriptExecutor) driver).executeScript("return " + panel + ".is(':visible');")) {
                driver.findElement(By.id(menuId)).click();
            }
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(settled));
            try {
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (StaleElementReferenceException e) {
                continue; // the menu was rendered again (an AJAX update) between finding the item and clicking it
            }
            try {
                shortWait.until(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText())
                        && !(Boolean) ((JavascriptExecutor) d).executeScript("return " + panel + ".is(':visible');"));
                return;
            } catch (TimeoutException e) {
                // the click came too early or too late for the overlay: try again
            }
        }
        throw new AssertionError(label + " could not be chosen in " + menuId);
    }

    /** The message shown beside the input {@code id} (its p:message), empty if none. */
    String messageBeside(String id) {
        return driver.findElements(By.cssSelector("[id='" + id + "'] ~ .ui-message")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * The file behind the page's download link {@code linkId}, fetched by the page itself (same origin, the
     * user's own session), as bytes.
     */
    byte[] download(String linkId) {
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(linkId))).getAttribute("href");
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.ok ? r.arrayBuffer() : Promise.reject(r.status); })"
                        + ".then(function (b) { var s = ''; new Uint8Array(b).forEach(function (x) {"
                        + " s += String.fromCharCode(x); }); done(btoa(s)); })"
                        + ".catch(function (e) { done('failed ' + e); });", href);
        if (base64.toString().startsWith("failed")) {
            throw new AssertionError(href + ": " + base64);
        }
        return Base64.getDecoder().decode(base64.toString());
    }

    /**
     * What the portal answers the page's own fetch of {@code path} (same origin, the user's own session): the
     * status, the headers (names in lower case) and the body, as a download link would get them.
     */
    Fetched fetch(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {"
                        + " var s = ''; new Uint8Array(b).forEach(function (x) { s += String.fromCharCode(x); });"
                        + " var h = {}; r.headers.forEach(function (v, k) { h[k] = v; });"
                        + " done({status: r.status, headers: h, body: btoa(s)}); }); })"
                        + ".catch(function (e) { done({status: -1, headers: {}, body: ''}); });", baseUrl + path);
        Map<String, String> headers = new TreeMap<>();
        ((Map<?, ?>) answer.get("headers")).forEach((name, value) -> headers.put(name.toString(), value.toString()));
        return new Fetched(((Number) answer.get("status")).intValue(), headers,
                Base64.getDecoder().decode(answer.get("body").toString()));
    }

    /** An answer to {@link #fetch(String)}. */
    record Fetched(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
