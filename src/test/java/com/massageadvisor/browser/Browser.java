package com.massageadvisor.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium, in a profile of its own, against the application under test:
 * what a test needs to act as a person would (open a page, click, type, press keys) and
 * to keep what it saw (full-page screenshots, the browser's own print to PDF, downloads).
 */
public final class Browser implements AutoCloseable {

	/** Desktop window: the size the journeys start at. */
	static final Dimension DESKTOP = new Dimension(1280, 900);

	/** A common phone's viewport in CSS pixels. */
	static final Dimension PHONE = new Dimension(390, 844);

	static final Path TARGET = Path.of("target");

	static final Path SCREENSHOTS = TARGET.resolve("screenshots");

	private static final Duration WAIT = Duration.ofSeconds(10);

	/** A colour and the width after it: an outline, or a box shadow's spread. */
	private static final Pattern RING = Pattern.compile("(rgba?\\([^)]*\\))(?: -?[\\d.]+px){0,3} ([\\d.]+)px");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private final Path downloads;

	/** Whether pages run scripts ({@link #scripts(boolean)}). */
	private boolean scriptsEnabled = true;

	private Browser(ChromeDriver driver, String baseUrl, Path profile, Path downloads) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.downloads = downloads;
	}

	/**
	 * Starts Chromium with a fresh profile, in English, that downloads without asking
	 * into a folder of its own under {@code target/}.
	 * @param baseUrl where the application listens
	 * @param name a name for the download folder
	 * @return the browser
	 */
	static Browser start(String baseUrl, String name) {
		// the system's driver: Selenium Manager never looks for, or downloads, another
		System.setProperty("webdriver.chrome.driver", BrowserExtension.CHROMEDRIVER);
		try {
			Path profile = Files.createTempDirectory("massage-advisor-chromium-");
			Path downloads = Files.createDirectories(TARGET.resolve("browser-downloads").resolve(name))
				.toAbsolutePath();
			try (Stream<Path> old = Files.list(downloads)) {
				old.forEach(Browser::delete);
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BrowserExtension.CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--user-data-dir=" + profile, "--lang=en-GB", "--force-device-scale-factor=1",
					"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
			Map<String, Object> prefs = new HashMap<>();
			prefs.put("download.default_directory", downloads.toString());
			prefs.put("download.prompt_for_download", false);
			prefs.put("intl.accept_languages", "en-GB,en");
			prefs.put("credentials_enable_service", false);
			prefs.put("profile.password_manager_enabled", false);
			prefs.put("profile.password_manager_leak_detection", false);
			options.setExperimentalOption("prefs", prefs);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(BrowserExtension.CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, baseUrl, profile, downloads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a page of the application, as if its address were typed.
	 * @param path the path, such as {@code /assessments/new}
	 */
	void open(String path) {
		this.driver.get(this.baseUrl + path);
		settle();
	}

	/**
	 * Waits until the page has laid itself out as a person would see it: its fonts loaded
	 * and two frames drawn. Right after the load event Chromium may still report the
	 * width of a layout that is about to change (the sheet measured 396 px at a 375 px
	 * phone width, then fitted).
	 */
	void settle() {
		if (!this.scriptsEnabled) {
			// no script runs on the page, not even this one: the load event is all there
			// is
			return;
		}
		this.driver.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				document.fonts.ready.then(function () {
				  requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });
				});""");
	}

	/**
	 * @return the path of the page shown
	 */
	String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	/**
	 * @return the page's title
	 */
	String title() {
		return this.driver.getTitle();
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/**
	 * The text a person sees in the first element that matches.
	 * @param css the element
	 * @return its visible text
	 */
	String text(String css) {
		return find(css).getText();
	}

	/**
	 * Clicks the link or button whose visible text is the given one.
	 * @param text the text
	 */
	void clickText(String text) {
		this.driver.findElement(By.xpath("//a[normalize-space(.)=" + xpathLiteral(text)
				+ "] | //button[normalize-space(.)=" + xpathLiteral(text) + "]"))
			.click();
	}

	/**
	 * Clicks the label of a form field, as a person does to choose a radio button or tick
	 * a box.
	 * @param inputCss the input
	 */
	void clickLabelOf(String inputCss) {
		String id = find(inputCss).getDomAttribute("id");
		find("label[for='" + id + "']").click();
	}

	/**
	 * Replaces what a text field holds.
	 * @param css the field
	 * @param text what to type
	 */
	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Waits for an element to appear, after a click that sends a form to the same page.
	 * @param css the element
	 * @return the element
	 */
	WebElement waitFor(String css) {
		return waitUntil((driver) -> findAll(css).stream().findFirst().orElse(null));
	}

	<T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Waits for the page at a path, after a click that navigates.
	 * @param regex the path, as a regular expression
	 */
	void waitForPath(String regex) {
		waitUntil((driver) -> path().matches(regex));
		waitUntil((driver) -> "complete".equals(script("return document.readyState")));
	}

	Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	/**
	 * Sets the size of the viewport in CSS pixels.
	 * @param size width and height
	 */
	void resize(Dimension size) {
		this.driver.manage().window().setSize(size);
		// the window is the viewport in headless mode, but make sure: on a busy machine
		// the
		// page may report its new size a moment later, or the window may need correcting
		Dimension viewport = settledViewport(size);
		for (int attempt = 0; attempt < 5 && !viewport.equals(size); attempt++) {
			Dimension window = this.driver.manage().window().getSize();
			this.driver.manage()
				.window()
				.setSize(new Dimension(window.getWidth() + size.getWidth() - viewport.getWidth(),
						window.getHeight() + size.getHeight() - viewport.getHeight()));
			viewport = settledViewport(size);
		}
		assertThat(viewport).as("viewport (window %s)", this.driver.manage().window().getSize()).isEqualTo(size);
	}

	private Dimension settledViewport(Dimension expected) {
		for (int i = 0; i < 20; i++) {
			Dimension viewport = viewport();
			if (viewport.equals(expected)) {
				return viewport;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return viewport();
	}

	/**
	 * @return the viewport's size in CSS pixels
	 */
	Dimension viewport() {
		@SuppressWarnings("unchecked")
		List<Number> size = (List<Number>) script("return [window.innerWidth, window.innerHeight]");
		return new Dimension(size.get(0).intValue(), size.get(1).intValue());
	}

	/**
	 * How much wider the page is than the viewport: more than zero means a person must
	 * scroll sideways to read it.
	 * @return the overflow in CSS pixels
	 */
	long horizontalOverflow() {
		return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
	}

	/**
	 * Presses keys on whatever has the focus, as a keyboard does.
	 * @param keys the keys, or text to type
	 */
	void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	/**
	 * @return the element that has the focus
	 */
	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * @return the id of the element that has the focus, or an empty string
	 */
	String focusedId() {
		String id = focused().getDomAttribute("id");
		return (id != null) ? id : "";
	}

	/**
	 * Fails unless the element that has the focus shows it: an outline or a ring of at
	 * least 2 pixels whose colour contrasts 3:1 or more with what is behind the element
	 * (WCAG 2.4.7 and 1.4.11), which axe cannot check.
	 */
	void assertFocusVisible() {
		@SuppressWarnings("unchecked")
		List<String> style = (List<String>) script("""
				var element = document.activeElement, style = getComputedStyle(element), behind = null;
				for (var parent = element.parentElement; parent && !behind; parent = parent.parentElement) {
				  var colour = getComputedStyle(parent).backgroundColor;
				  if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { behind = colour; }
				}
				return [style.outlineStyle === 'none' ? '' : style.outlineColor + ' ' + style.outlineWidth,
				  style.boxShadow, behind || 'rgb(255, 255, 255)'];
				""");
		Colour behind = Colour.parse(style.get(2));
		double best = 0;
		Matcher rings = RING.matcher(style.get(0) + ", " + style.get(1));
		while (rings.find()) {
			if (Double.parseDouble(rings.group(2)) >= 2) {
				best = Math.max(best, Colour.parse(rings.group(1)).contrast(behind));
			}
		}
		assertThat(best)
			.as("contrast of the focus indicator of %s#%s (%s; %s) against %s", focused().getTagName(), focusedId(),
					style.get(0), style.get(1), style.get(2))
			.isGreaterThanOrEqualTo(3);
	}

	/**
	 * Presses Tab until the element with the id has the focus, checking that every
	 * element on the way shows its focus.
	 * @param id the element's id
	 * @param most the most presses it may take
	 */
	void tabTo(String id, int most) {
		for (int i = 0; i < most; i++) {
			press(Keys.TAB);
			assertFocusVisible();
			if (id.equals(focusedId())) {
				return;
			}
		}
		throw new AssertionError("Tab did not reach #" + id + " in " + most + " presses; the focus is on "
				+ focused().getTagName() + "#" + focusedId());
	}

	/**
	 * Presses Tab until the button or link with the text has the focus.
	 * @param text its visible text
	 * @param most the most presses it may take
	 */
	void tabToText(String text, int most) {
		for (int i = 0; i < most; i++) {
			press(Keys.TAB);
			assertFocusVisible();
			if (text.equals(focused().getText())) {
				return;
			}
		}
		throw new AssertionError("Tab did not reach " + text + " in " + most + " presses; the focus is on "
				+ focused().getTagName() + "#" + focusedId());
	}

	/**
	 * Turns the page's scripts off or on, as a browser with JavaScript disabled: from the
	 * next page loaded on.
	 * @param enabled whether scripts run
	 */
	void scripts(boolean enabled) {
		this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
		this.scriptsEnabled = enabled;
	}

	/**
	 * Saves a PNG of the whole page, not just the viewport, under
	 * {@code target/screenshots/}.
	 * @param name the file's name without extension
	 * @return the file
	 */
	@SuppressWarnings("unchecked")
	Path screenshot(String name) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"), "height",
				content.get("height"), "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Prints the page with Chromium's own print, on its default paper and margins.
	 * @return the PDF
	 */
	byte[] print() {
		return Base64.getDecoder().decode(this.driver.print(new PrintOptions()).getContent());
	}

	/**
	 * Prints the page as Chromium's print does with the page's own paper size: the
	 * DevTools {@code Page.printToPDF} with {@code preferCSSPageSize}, so that the size
	 * and margins of the page's {@code @page} rule decide.
	 * @return the PDF
	 */
	byte[] printOnThePagesPaper() {
		Map<String, Object> options = Map.of("preferCSSPageSize", true, "printBackground", false);
		Map<String, Object> result;
		try {
			result = this.driver.executeCdpCommand("Page.printToPDF", options);
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// Chromium now and then answers "Printing failed" on a busy machine: once
			// more
			this.driver.navigate().refresh();
			waitUntil((driver) -> "complete".equals(script("return document.readyState")));
			result = this.driver.executeCdpCommand("Page.printToPDF", options);
		}
		return Base64.getDecoder().decode((String) result.get("data"));
	}

	/**
	 * @return the folder downloads go to
	 */
	Path downloads() {
		return this.downloads;
	}

	/**
	 * Waits for a download to finish.
	 * @param suffix how the file's name ends, such as {@code .csv}
	 * @return the file
	 */
	Path waitForDownload(String suffix) {
		return waitUntil((driver) -> {
			try (Stream<Path> files = Files.list(this.downloads)) {
				return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Forgets the session: a fresh start as an anonymous visitor, without the answers the
	 * tab kept.
	 */
	void forgetSession() {
		if (this.driver.getCurrentUrl().startsWith(this.baseUrl)) {
			script("sessionStorage.clear()");
		}
		this.driver.manage().deleteAllCookies();
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
		}
	}

	private static void delete(Path path) {
		try (Stream<Path> tree = Files.walk(path)) {
			tree.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a temporary folder left behind is no failure
		}
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	/**
	 * An sRGB colour.
	 *
	 * @param red red, 0 to 255
	 * @param green green, 0 to 255
	 * @param blue blue, 0 to 255
	 */
	record Colour(int red, int green, int blue) {

		private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

		static Colour parse(String css) {
			Matcher matcher = RGB.matcher(css);
			assertThat(matcher.find()).as("a colour: %s", css).isTrue();
			return new Colour(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}

		/**
		 * The WCAG contrast ratio.
		 * @param other the other colour
		 * @return from 1 to 21
		 */
		double contrast(Colour other) {
			double a = luminance();
			double b = other.luminance();
			return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
		}

		private double luminance() {
			return 0.2126 * channel(this.red) + 0.7152 * channel(this.green) + 0.0722 * channel(this.blue);
		}

		private static double channel(int value) {
			double c = value / 255.0;
			return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}

	}

}
