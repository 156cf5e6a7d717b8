package nl.methodetoets.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.methodetoets.testing.Await;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium driven by Selenium, with nothing downloaded at run time. Public for browser tests that
 * set up their data with the app tests' fixture (nl.methodetoets.app.Scenario). */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private final WebDriver driver;
    private final String base;

    public Browser(int port) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1400", "--lang=nl-NL",
                "--accept-lang=nl-NL,nl", "--user-data-dir=" + Files.createTempDirectory("chromium-profile-"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        // the console (Content-Security-Policy reports among it) for ContentSecurityPolicyBrowserTest
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://localhost:" + port;
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void login(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("username", user);
        type("password", password);
        driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
        // wait for the sign-in to land, so the next page opens signed in (and not as the sign-in's "?continue")
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !path().equals("/login") || d.getCurrentUrl().contains("error"));
        if (driver.getCurrentUrl().contains("error")) {
            throw new AssertionError("sign-in failed for " + user);
        }
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public java.util.List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!fromAReplacedPage(e) || attempt == 20) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the error says that the element asked about belongs to a page that has been replaced meanwhile (a
     * navigation). Chromium sometimes says so with "Node with given id does not belong to the document" instead of
     * a stale element reference; both mean the same to a test.
     */
    public static boolean fromAReplacedPage(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Waits (up to 10 s) until the page shows the text, riding out navigations; returns the page text. */
    public String waitForText(String expected) {
        return waitForText(expected, Duration.ofSeconds(10));
    }

    /** As {@link #waitForText(String)}, for pages that take longer (the Camunda webapps load a lot of script). */
    public String waitForText(String expected, Duration patience) {
        String[] text = {""};
        try {
            Await.until(patience, "'" + expected + "'", () -> {
                text[0] = text();
                return text[0].contains(expected);
            });
        } catch (AssertionError e) {
            throw new AssertionError("Page never showed '" + expected + "'; it shows:\n" + text[0], e);
        }
        return text[0];
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The current page's path, without the query (after a sign-in Spring Security adds {@code ?continue}). */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The driver itself, for what the helpers above do not cover (axe, focus, keyboard-only work, confirmation dialogs). */
    public WebDriver driver() {
        return driver;
    }

    /** Waits (up to 5 s) for a confirmation dialog (forms.js data-confirm), accepts it and returns its text. */
    public String acceptConfirm() {
        org.openqa.selenium.Alert alert = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        alert.accept();
        return text;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
