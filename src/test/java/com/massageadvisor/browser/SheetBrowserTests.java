package com.massageadvisor.browser;

import java.util.List;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.AnswerSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The printable sheet in a real browser: Chromium's own print of the longest plan the
 * engine makes is one page of A4 and one of US Letter, in English and in French, the page
 * choosing the paper by its {@code @page} rule; and on a phone the sheet fits the screen
 * and the axe-core scan is clean.
 */
@BrowserTest
class SheetBrowserTests {

	@Autowired
	private Assessments assessments;

	private Browser browser;

	@BeforeEach
	void anonymous(Browser browser) {
		this.browser = browser;
		browser.forgetSession();
	}

	/**
	 * The longest plan: price over budget, conditions awaiting a go-ahead, every sign.
	 */
	private Assessment longest(Locale locale) {
		return this.assessments.create("Chloé-Alexandrine Dupré-Müller de la Fontaine", null, locale,
				AnswerSamples.longest());
	}

	@Test
	void chromiumPrintsTheLongestPlanOnOnePageOfA4AndOfLetterInBothLanguages() throws Exception {
		this.browser.resize(Browser.DESKTOP);
		for (String language : List.of("en", "fr")) {
			Assessment assessment = longest(Locale.forLanguageTag(language));
			for (String paper : List.of("a4", "letter")) {
				String what = paper + " " + language;
				this.browser
					.open("/assessments/" + assessment.getPublicId() + "/sheet?paper=" + paper + "&lang=" + language);
				try (PDDocument pdf = Loader.loadPDF(this.browser.printOnThePagesPaper())) {
					assertThat(pdf.getNumberOfPages()).as("pages of " + what).isEqualTo(1);
					PDRectangle expected = paper.equals("a4") ? PDRectangle.A4 : PDRectangle.LETTER;
					assertThat(pdf.getPage(0).getMediaBox().getHeight()).as("height of " + what)
						.isCloseTo(expected.getHeight(), within(1.5f));
					assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("width of " + what)
						.isCloseTo(expected.getWidth(), within(1.5f));
					String text = new PDFTextStripper().getText(pdf);
					assertThat(text).as("the text of " + what)
						.contains("Chloé-Alexandrine", language.equals("en") ? "Initial series" : "Série initiale")
						.as("the tools are not printed")
						.doesNotContain("PDF, A4");
				}
			}
		}
	}

	@Test
	void onAPhoneTheSheetFitsTheScreenWithItsToolsAndIsAccessible() {
		for (String language : List.of("en", "fr")) {
			// the accessibility scan of the language before ends at desktop width
			this.browser.resize(Browser.PHONE);
			Assessment assessment = longest(Locale.forLanguageTag(language));
			this.browser.open("/assessments/" + assessment.getPublicId() + "/sheet?lang=" + language);
			assertThat(number("return document.documentElement.scrollWidth"))
				.as("width of the sheet in %s; wider than the screen: %s", language,
						this.browser
							.script("""
										var width = document.documentElement.clientWidth, wide = [];
										document.querySelectorAll('body *').forEach(function (e) {
										  var r = e.getBoundingClientRect();
										  if (r.right > width + 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible') {
									  wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '-' + Math.round(r.right) + ' scroll ' + e.scrollWidth + '/' + e.clientWidth);
									}
										});
										return width + ' ' + window.innerWidth + ' ' + wide.slice(0, 8).join(', ');"""))
				.isEqualTo(number("return document.documentElement.clientWidth"));
			assertThat(number("""
					var width = document.documentElement.clientWidth, outside = 0;
					document.querySelectorAll('main *').forEach(function (e) {
					  var r = e.getBoundingClientRect();
					  if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)) { outside++; }
					});
					return outside;""")).as("elements beyond the screen's edge in " + language).isZero();
			// margins around the page on a phone
			assertThat(number("return document.querySelector('main.page').getBoundingClientRect().left"))
				.as("the page's margin")
				.isGreaterThanOrEqualTo(8);
			assertThat(number("""
					var s = getComputedStyle(document.querySelector('main.page'));
					return parseFloat(s.paddingLeft);""")).as("the page's padding").isGreaterThanOrEqualTo(12);
			// the print button, styled, shown by the script
			assertThat(this.browser.find("button[data-print]").isDisplayed()).isTrue();
			assertThat(this.browser
				.script("return getComputedStyle(document.querySelector('button[data-print]')).backgroundColor"))
				.isEqualTo("rgb(11, 79, 138)");
			assertThat(this.browser.findAll("nav.sheet-tools a[href*='sheet.pdf?paper=']")).hasSize(2);
			this.browser.screenshot("sheet-phone-" + language);
			Accessibility.assertNoViolations(this.browser, "the sheet on a phone in " + language);
		}
	}

	private double number(String script, Object... args) {
		return ((Number) this.browser.script(script, args)).doubleValue();
	}

}
