package io.mvgraph.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (Debian's headless Chromium driven by Selenium), against the reference data.
 * Skips itself, saying why, where Chromium or its driver is not installed; {@code .ci/run} installs both.
 */
class DashboardBrowserTests extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of(System.getProperty("mvgraph.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("mvgraph.chromedriver", "/usr/bin/chromedriver"));

	@LocalServerPort
	int port;

	private WebDriver browser;

	@BeforeAll
	void startBrowser() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
						+ " (install Debian's chromium and chromium-driver; .ci/run does)");
		loadReferenceData();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=1280,800");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void desktopWindow() {
		this.browser.manage().window().setSize(new Dimension(1280, 800));
	}

	@Test
	void shouldShowTheHeatMapTheNetworkAndTheGapsWithTheirEvidence() throws IOException {
		open();
		// the heat map has one cell per topic and body of the coverage the page asked for (its own filters)
		List<String> kinds = this.browser.findElements(By.cssSelector("input[name=kind]:checked"))
			.stream()
			.map((box) -> box.getAttribute("value"))
			.toList();
		Map<String, Object> coverage = anonymous()
			.document("query($kinds: [BodyKind!]) { coverage(bodyKinds: $kinds) { topics { id } bodies { id } } }")
			.variable("kinds", kinds)
			.execute()
			.path("coverage")
			.entity(Map.class)
			.get();
		int expectedCells = ((List<?>) coverage.get("topics")).size() * ((List<?>) coverage.get("bodies")).size();
		assertThat(expectedCells).isPositive();
		assertThat(this.browser.findElements(By.cssSelector("#heatmap td.cell"))).hasSize(expectedCells);
		assertThat(this.browser.findElements(By.cssSelector("#network canvas"))).isNotEmpty();

		List<WebElement> gaps = this.browser.findElements(By.cssSelector("#gap-list button.gap"));
		assertThat(gaps).isNotEmpty();
		gaps.get(0).click();
		WebElement detail = this.browser.findElement(By.id("detail"));
		wait(ExpectedConditions.textToBePresentInElement(detail, "Shared topics"));
		assertThat(detail.getText()).contains("Score", "Coordinated", "no: no liaison", "Shared terms");

		WebElement cell = this.browser.findElements(By.cssSelector("#heatmap td.cell button"))
			.stream()
			.filter((button) -> !button.getText().isBlank())
			.findFirst()
			.orElseThrow();
		cell.click();
		wait(ExpectedConditions.textToBePresentInElement(detail, "work item(s) of"));
		assertThat(detail.findElements(By.cssSelector("li"))).hasSizeGreaterThanOrEqualTo(Integer.parseInt(cell.getText()));

		screenshot("dashboard.png", 1280, 2200);
		assertNoConsoleErrors();
	}

	/** The headline is the findings: counts by status, the open ITU ones most severe first, each expandable. */
	@Test
	void shouldShowTheFindingsHeadline() {
		open();
		int open = openFindings("[ITU]");
		assertThat(open).isPositive();
		assertThat(this.browser.findElement(By.id("count-OPEN")).getText()).isEqualTo(String.valueOf(open));
		for (String status : List.of("CONFIRMED", "REPORTED", "RESOLVED", "DISMISSED")) {
			assertThat(this.browser.findElement(By.id("count-" + status)).getText()).matches("\\d+");
		}
		List<WebElement> findings = this.browser.findElements(By.cssSelector("#finding-list li.finding"));
		assertThat(findings).hasSize(Math.min(30, open));
		assertThat(this.browser.findElement(By.tagName("body")).getText()).doesNotContain("200+");
		WebElement first = findings.get(0);
		first.findElement(By.tagName("summary")).click();
		wait(ExpectedConditions.textToBePresentInElement(first, "Proposed action"));
		// its pairs come with their evidence, asked for as it opens
		wait(ExpectedConditions.textToBePresentInElement(first, "Shared topics"));
		assertThat(first.getText()).contains("Score", "Coordinated");

		// the switches: external findings join the counts, internal overlaps get their list
		this.browser.findElement(By.id("show-external")).click();
		int all = openFindings("[ITU, EXTERNAL]");
		assertThat(all).isGreaterThanOrEqualTo(open);
		wait(ExpectedConditions.textToBe(By.id("count-OPEN"), String.valueOf(all)));
		this.browser.findElement(By.id("show-internal")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("internal-card")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#internal-list li")));
		this.browser.findElement(By.id("show-internal")).click();
		this.browser.findElement(By.id("show-external")).click();
		wait(ExpectedConditions.textToBe(By.id("count-OPEN"), String.valueOf(open)));
		assertNoConsoleErrors();
	}

	private int openFindings(String scope) {
		return anonymous().document("{ findings(status: [OPEN], scope: " + scope + ", first: 1) { totalCount } }")
			.execute()
			.path("findings.totalCount")
			.entity(Integer.class)
			.get();
	}

	@Test
	void shouldBeUsableFromTheKeyboard() {
		open();
		WebElement gap = this.browser.findElement(By.cssSelector("#gap-list button.gap"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].focus()", gap);
		gap.sendKeys(Keys.ENTER);
		wait(ExpectedConditions.textToBePresentInElement(this.browser.findElement(By.id("detail")), "Shared topics"));
		for (WebElement input : this.browser.findElements(By.cssSelector("select, input"))) {
			String id = input.getAttribute("id");
			boolean labelled = input.findElements(By.xpath("ancestor::label")).size() > 0
					|| (id != null && !this.browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty());
			assertThat(labelled).as("control %s has a label", id).isTrue();
		}
		assertNoConsoleErrors();
	}

	@Test
	void shouldFitANarrowScreen() throws IOException {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		open();
		Object wider = ((JavascriptExecutor) this.browser).executeScript("""
				const limit = document.documentElement.clientWidth + 1;
				return [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > limit && !e.closest('.scroll'))
				  .slice(0, 5).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
				""");
		assertThat((List<?>) wider).as("elements wider than the screen").isEmpty();
		screenshot("dashboard-narrow.png", 390, 2400);
		assertNoConsoleErrors();
	}

	private void open() {
		this.browser.get("http://localhost:" + this.port + "/");
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(condition);
	}

	private void screenshot(String name, int width, int height) throws IOException {
		Dimension before = this.browser.manage().window().getSize();
		this.browser.manage().window().setSize(new Dimension(width, height));
		((JavascriptExecutor) this.browser).executeScript("window.scrollTo(0, 0)");
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		this.browser.manage().window().setSize(before);
	}

	private void assertNoConsoleErrors() {
		List<LogEntry> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(errors).as("browser console errors").isEmpty();
	}

}
