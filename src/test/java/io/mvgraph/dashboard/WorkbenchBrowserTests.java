package io.mvgraph.dashboard;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.mvgraph.guard.SignInThrottle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's workbench in real browsers (headless Chromium through Selenium), against the reference data:
 * sign-in, a review, an edit, an undo, sign-out; a conflict between two sessions (two browsers); an analyst sees
 * no edit controls. Skips itself where Chromium or its driver is not installed, as {@link DashboardBrowserTests}.
 */
@SuppressWarnings("unchecked")
class WorkbenchBrowserTests extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of(System.getProperty("mvgraph.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("mvgraph.chromedriver", "/usr/bin/chromedriver"));

	private static final String ITEM = "itu-t-h-430-1";

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	private final List<WebDriver> browsers = new ArrayList<>();

	@BeforeAll
	void data() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
						+ " (install Debian's chromium and chromium-driver; .ci/run does)");
		loadReferenceData();
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(WebDriver::quit);
		this.browsers.clear();
		this.throttle.clear();
	}

	@AfterAll
	void reset() {
		closeBrowsers();
	}

	private WebDriver browser(String... arguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=1280,900");
		options.addArguments(arguments);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		this.browsers.add(browser);
		return browser;
	}

	private void open(WebDriver browser) {
		browser.get("http://localhost:" + this.port + "/");
		waitForPage(browser, "");
	}

	/** The page (re)loaded for this user ("": anonymous): across the reload that sign-in and sign-out make. */
	private static void waitForPage(WebDriver browser, String user) {
		try {
			wait(browser, (driver) -> {
				try {
					return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
							const data = document.body.dataset;
							return data.workbench === 'ready' && data.loaded === 'true' && data.user === arguments[0];""",
							user));
				}
				catch (WebDriverException ex) {
					return false;
				}
			});
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The page did not load for '" + user + "': " + browser.findElement(By.tagName("body"))
				.getText()
				.lines()
				.limit(8)
				.toList() + "; console: " + browser.manage().logs().get(LogType.BROWSER).getAll(), ex);
		}
	}

	private void signIn(WebDriver browser, String user) {
		open(browser);
		browser.findElement(By.cssSelector("#sign-in input[name=username]")).sendKeys(user);
		browser.findElement(By.cssSelector("#sign-in input[name=password]")).sendKeys(user + "-password");
		browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
		waitForPage(browser, user);
	}

	private static void wait(WebDriver browser, ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
	}

	/**
	 * Clicks what the selector finds, finding it again if a list re-rendered meanwhile (the lists refresh whenever
	 * roadmapChanged reports a change).
	 */
	private static void click(WebDriver browser, String selector) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> {
				driver.findElement(By.cssSelector(selector)).click();
				return true;
			});
	}

	private static void waitForMessage(WebDriver browser, String text) {
		wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("wb-message"), text));
	}

	private Map<String, Object> workItem() {
		return (Map<String, Object>) anonymous().document("query($id: ID!) { workItem(id: $id) { status targetDate version } }")
			.variable("id", ITEM)
			.execute()
			.path("workItem")
			.entity(Map.class)
			.get();
	}

	private void openItem(WebDriver browser) {
		WebElement id = browser.findElement(By.id("wb-item-id"));
		id.clear();
		id.sendKeys(ITEM);
		browser.findElement(By.cssSelector("#wb-item-pick button[type=submit]")).click();
		wait(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wb-item-form select[name=status]")));
	}

	@Test
	void anEditorSignsInReviewsAFindingEditsAWorkItemUndoesItAndSignsOut() throws IOException {
		WebDriver browser = browser();
		signIn(browser, "editor");
		assertThat(browser.findElement(By.id("account")).getText()).contains("Signed in as editor");
		assertThat(browser.findElement(By.id("workbench")).isDisplayed()).isTrue();

		// a review: confirm the first open finding
		WebElement finding = browser.findElement(By.cssSelector("#wb-finding-list li[data-finding]"));
		String findingId = finding.getAttribute("data-finding");
		finding.findElement(By.tagName("input")).sendKeys("checked at the meeting");
		click(browser, "#wb-finding-list li[data-finding='" + findingId + "'] button[data-action=confirm]");
		waitForMessage(browser, "done");
		assertThat(anonymous().document("query($id: ID!) { finding(id: $id) { status note } }")
			.variable("id", findingId)
			.execute()
			.path("finding")
			.entity(Map.class)
			.get()).containsEntry("status", "CONFIRMED").containsEntry("note", "checked at the meeting");
		// the page's subscription (its handshake signed in by the session cookie) reports it: the counts follow
		wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "last change"));
		int confirmed = anonymous().document("{ findings(status: [CONFIRMED], scope: [ITU], first: 1) { totalCount } }")
			.execute()
			.path("findings.totalCount")
			.entity(Integer.class)
			.get();
		wait(browser, ExpectedConditions.textToBe(By.id("count-CONFIRMED"), String.valueOf(confirmed)));

		// an edit: the status and the target date of a work item
		Map<String, Object> before = workItem();
		String status = "PUBLISHED".equals(before.get("status")) ? "APPROVED" : "PUBLISHED";
		openItem(browser);
		new Select(browser.findElement(By.cssSelector("#wb-item-form select[name=status]"))).selectByValue(status);
		WebElement target = browser.findElement(By.cssSelector("#wb-item-form input[name=targetDate]"));
		target.clear();
		target.sendKeys("2027-Q1");
		browser.findElement(By.cssSelector("#wb-item-form button[type=submit]")).click();
		waitForMessage(browser, "Saved " + ITEM);
		assertThat(workItem()).containsEntry("status", status).containsEntry("targetDate", "2027-Q1");
		screenshot(browser, "workbench.png", 1280, 1900);

		// the undo: the latest change is the edit
		wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wb-change-list li"), ITEM));
		click(browser, "#wb-change-list li:first-child button[data-action=undo]");
		waitForMessage(browser, "Undo the change of " + ITEM + ": done");
		assertThat(workItem()).containsEntry("status", before.get("status"))
			.containsEntry("targetDate", before.get("targetDate"));
		assertThat(anonymous().document("query($id: ID!) { history(id: $id, first: 1) { by } }")
			.variable("id", ITEM)
			.execute()
			.path("history[0].by")
			.entity(String.class)
			.get()).isEqualTo("editor");

		// sign-out: back to the anonymous, read-only page
		browser.findElement(By.cssSelector("button[data-action=sign-out]")).click();
		waitForPage(browser, "");
		assertThat(browser.findElement(By.id("workbench")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.id("sign-in"))).hasSize(1);
		assertNoConsoleErrors(browser);
	}

	@Test
	void anEditorRecordsAnIncomingLiaisonMovesItOnAndRejectsAndRestoresAPair() {
		WebDriver browser = browser();
		signIn(browser, "editor");
		WebElement form = browser.findElement(By.id("wb-liaison-form"));
		form.findElement(By.name("id")).sendKeys("iso-ls-workbench-test");
		form.findElement(By.name("title")).sendKeys("LS on avatar interoperability");
		form.findElement(By.name("from")).sendKeys("iso");
		form.findElement(By.name("to")).sendKeys("itu-t-sg21");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-20'", form.findElement(By.name("sentOn")));
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitForMessage(browser, "Record liaison iso-ls-workbench-test: done");
		click(browser, "#wb-liaison-list li[data-liaison='iso-ls-workbench-test'] button[data-action=state-CLOSED]");
		waitForMessage(browser, "iso-ls-workbench-test → closed: done");
		assertThat(anonymous().document("{ liaison(id: \"iso-ls-workbench-test\") { state from { id } } }")
			.execute()
			.path("liaison.state")
			.entity(String.class)
			.get()).isEqualTo("CLOSED");

		// the lists re-render when roadmapChanged reports the liaison's change: read the pair's id from the list as it is
		String pairId = new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.cssSelector("#wb-pair-list li[data-pair]")).getAttribute("data-pair"));
		String[] ids = pairId.split("\\|");
		click(browser, "#wb-pair-list li[data-pair='" + pairId + "'] button[data-action=reject-pair]");
		waitForMessage(browser, "Reject the pair: done");
		assertThat(anonymous().document("{ overlapReviews { verdict a { id } b { id } } }")
			.execute()
			.path("overlapReviews[0].verdict")
			.entity(String.class)
			.get()).isEqualTo("REJECTED");
		click(browser, "#wb-review-list button[data-action=restore-pair]");
		waitForMessage(browser, "Restore the pair: done");
		assertThat(anonymous().document("{ overlapReviews { id } }").execute().path("overlapReviews").entityList(Object.class).get())
			.isEmpty();
		assertThat(ids).hasSize(2);
		assertNoConsoleErrors(browser);
	}

	@Test
	void twoSessionsEditingOneWorkItemGetAConflictThatShowsWhatChangedAndMayApplyAgain() {
		WebDriver first = browser();
		WebDriver second = browser();
		signIn(first, "editor");
		signIn(second, "editor");
		openItem(first);
		openItem(second);
		String status = "WITHDRAWN".equals(workItem().get("status")) ? "APPROVED" : "WITHDRAWN";
		new Select(first.findElement(By.cssSelector("#wb-item-form select[name=status]"))).selectByValue(status);
		first.findElement(By.cssSelector("#wb-item-form button[type=submit]")).click();
		waitForMessage(first, "Saved " + ITEM);

		WebElement target = second.findElement(By.cssSelector("#wb-item-form input[name=targetDate]"));
		target.clear();
		target.sendKeys("2028");
		second.findElement(By.cssSelector("#wb-item-form button[type=submit]")).click();
		waitForMessage(second, "changed meanwhile");
		WebElement conflict = second.findElement(By.id("wb-item-conflict"));
		assertThat(conflict.isDisplayed()).isTrue();
		// what changed meanwhile: the status, read and now
		WebElement row = conflict.findElement(By.cssSelector("tr[data-field=status]"));
		assertThat(row.getText()).contains(status);
		assertThat(workItem().get("targetDate")).isNotEqualTo("2028");

		conflict.findElement(By.cssSelector("button[data-action=apply-again]")).click();
		waitForMessage(second, "Saved " + ITEM);
		// both edits stand: the first session's status, the second's date
		assertThat(workItem()).containsEntry("status", status).containsEntry("targetDate", "2028");
		assertNoConsoleErrors(first);
		assertNoConsoleErrors(second);
	}

	@Test
	void theWorkbenchFitsANarrowScreenAndItsControlsAreLabelled() {
		WebDriver browser = browser();
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn(browser, "editor");
		openItem(browser);
		Object wider = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) wider).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
		// every control of the workbench is a labelled field or a button with text, reachable by Tab
		for (WebElement input : browser.findElements(By.cssSelector("#workbench input, #workbench select"))) {
			boolean labelled = !input.findElements(By.xpath("ancestor::label")).isEmpty()
					|| input.getAttribute("aria-label") != null;
			assertThat(labelled).as("control %s has a label", input.getAttribute("name")).isTrue();
		}
		for (WebElement button : browser.findElements(By.cssSelector("#workbench button"))) {
			assertThat(button.getAttribute("textContent")).isNotBlank();
			assertThat(button.getAttribute("tabindex")).isNull();
		}
		assertNoConsoleErrors(browser);
	}

	@Test
	void anAnalystSeesNoEditControls() {
		WebDriver browser = browser();
		signIn(browser, "analyst");
		assertThat(browser.findElement(By.id("account")).getText()).contains("Signed in as analyst");
		assertThat(browser.findElement(By.id("workbench")).isDisplayed()).isFalse();
		for (String action : List.of("confirm", "dismiss", "reopen", "undo", "save-item", "confirm-pair", "restore-pair")) {
			assertThat(browser.findElements(By.cssSelector("button[data-action=" + action + "]"))
				.stream()
				.filter(WebElement::isDisplayed)
				.toList()).as(action).isEmpty();
		}
		assertNoConsoleErrors(browser);
	}

	@Test
	void aWrongPasswordIsSaidAndSignsNobodyIn() {
		WebDriver browser = browser();
		open(browser);
		browser.findElement(By.cssSelector("#sign-in input[name=username]")).sendKeys("editor");
		browser.findElement(By.cssSelector("#sign-in input[name=password]")).sendKeys("wrong");
		browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
		wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sign-in .error"),
				"Wrong user name or password"));
		assertThat(browser.findElement(By.tagName("body")).getAttribute("data-user")).isEmpty();
	}

	@Test
	void graphiQlComesFromTheServiceAndRunsAQueryAsTheSignedInUserAndASubscription() {
		// no network: no host name but localhost resolves, so a script, style or font from anywhere else would fail
		WebDriver browser = browser("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		signIn(browser, "analyst");
		// e-mail addresses only for ANALYST and above: seeing one shows that the query ran in the session, and so
		// that it carried the CSRF token (a POST with the session cookie and without it is refused)
		String query = "{ person(id: \"simao-ferraz-de-campos\") { name email } }";
		browser.get("http://localhost:" + this.port + "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		click(browser, ".graphiql-execute-button");
		try {
			wait(browser, (driver) -> graphiQlResult(driver).contains("tsbsg16@itu.int"));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("GraphiQL showed no result: '" + graphiQlResult(browser) + "'; console: "
					+ browser.manage().logs().get(LogType.BROWSER).getAll(), ex);
		}
		assertThat(graphiQlResult(browser)).contains("\"name\"").doesNotContain("errors");
		List<String> loaded = (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map((entry) => entry.name)");
		assertThat(loaded).isNotEmpty().allMatch((url) -> url.startsWith("http://localhost:" + this.port + "/"));
		assertThat(loaded).anyMatch((url) -> url.endsWith("/graphiql/graphiql.min.js"));

		// a subscription, over the WebSocket: a change made meanwhile shows up in the result pane
		String subscription = "subscription { roadmapChanged { by origin changes { action entityType entityId } } }";
		browser.get("http://localhost:" + this.port + "/graphiql?query="
				+ URLEncoder.encode(subscription, StandardCharsets.UTF_8));
		click(browser, ".graphiql-execute-button");
		// the socket opens a moment after the click: a change made before would not be sent, so change until one is
		boolean seen = false;
		for (int attempt = 1; attempt <= 10 && !seen; attempt++) {
			String id = "graphiql-watcher-" + System.nanoTime();
			as("editor").document("mutation($id: ID!) { createPerson(input: { id: $id, name: \"GraphiQL watcher\" }) { id } }")
				.variable("id", id)
				.execute()
				.path("createPerson.id")
				.entity(String.class)
				.isEqualTo(id);
			try {
				new WebDriverWait(browser, Duration.ofSeconds(3)).until((driver) -> graphiQlResult(driver).contains(id));
				seen = true;
			}
			catch (TimeoutException ex) {
				// not subscribed yet: once more
			}
		}
		assertThat(seen).as("a change reported in GraphiQL; it shows '" + graphiQlResult(browser) + "'").isTrue();
		assertThat(graphiQlResult(browser)).contains("\"by\": \"editor\"");
		assertNoConsoleErrors(browser);
	}

	/** What GraphiQL's result pane holds (its CodeMirror's text: the DOM shows only the visible lines). */
	private static String graphiQlResult(WebDriver browser) {
		Object text = ((JavascriptExecutor) browser).executeScript("""
				const editor = document.querySelector('.result-window .CodeMirror');
				return editor && editor.CodeMirror ? editor.CodeMirror.getValue() : '';""");
		return text == null ? "" : text.toString();
	}

	private static void screenshot(WebDriver browser, String name, int width, int height) throws IOException {
		Dimension before = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(width, height));
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		browser.manage().window().setSize(before);
	}

	private static void assertNoConsoleErrors(WebDriver browser) {
		List<LogEntry> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(errors).as("browser console errors").isEmpty();
	}

}
