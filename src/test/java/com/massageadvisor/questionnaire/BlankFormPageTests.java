package com.massageadvisor.questionnaire;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.system.SecurityConfiguration;
import com.massageadvisor.system.WebConfiguration;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blank questionnaire served from memory is the page Thymeleaf renders, byte for byte
 * but for each visitor's own CSRF token, and that token works; a staff member, whose
 * header differs, gets a page of their own.
 */
@WebMvcTest(QuestionnaireController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, BlankFormPage.class })
class BlankFormPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private BlankFormPage blankForm;

	@MockitoBean
	private Assessments assessments;

	@AfterEach
	void cacheOn() {
		this.blankForm.enabled(true);
	}

	@Test
	void theCachedPageIsTheRenderedPageWithEachVisitorsOwnToken() {
		for (String language : List.of("en", "fr")) {
			this.blankForm.enabled(false);
			MvcTestResult rendered = get(language);
			assertThat(this.blankForm.cached()).isZero();
			this.blankForm.enabled(true);
			MvcTestResult first = get(language);
			MvcTestResult second = get(language);
			assertThat(this.blankForm.cached()).as("pages kept after %s", language).isEqualTo(1);

			List<String> tokens = new ArrayList<>();
			for (MvcTestResult result : List.of(rendered, first, second)) {
				assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
				assertThat(result.getResponse().getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
				assertThat(result.getResponse().getHeader("Content-Language")).isEqualTo(language);
				String token = token(result);
				assertThat(token).isNotBlank().doesNotContain(BlankFormPage.TOKEN_PLACEHOLDER);
				tokens.add(token);
			}
			assertThat(tokens).as("every visitor has a token of their own").doesNotHaveDuplicates();
			assertThat(withoutToken(first)).as("the cached page in %s", language).isEqualTo(withoutToken(rendered));
			assertThat(withoutToken(second)).isEqualTo(withoutToken(rendered));
			assertThat(page(second).select("html").attr("lang")).isEqualTo(language);
			this.blankForm.enabled(true);
		}
	}

	@Test
	void theTokenOfACachedPageIsAcceptedWithItsCookie() {
		MvcTestResult page = get("en");
		Cookie cookie = page.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).as("the CSRF cookie of a first visit").isNotNull();
		// an empty questionnaire: refused for its missing answers (422), not for its
		// token
		// (403)
		assertThat(this.mvc.post()
			.uri("/assessments")
			.cookie(cookie)
			.param("_csrf", token(page))
			.param("clientName", "Token check")
			.exchange()).hasStatus(422);
		assertThat(this.mvc.post()
			.uri("/assessments")
			.cookie(cookie)
			.param("_csrf", BlankFormPage.TOKEN_PLACEHOLDER)
			.param("clientName", "Token check")
			.exchange()).hasStatus(403);
	}

	@Test
	@WithMockUser(username = "nadia", roles = "STAFF")
	void aStaffMemberGetsTheFormRenderedWithTheirOwnHeader() {
		MvcTestResult page = get("en");
		assertThat(page).hasStatusOk();
		assertThat(page(page).select("header a[href='/staff/account']").text()).contains("nadia");
		assertThat(this.blankForm.cached()).isZero();
	}

	private MvcTestResult get(String language) {
		return this.mvc.get().uri("/assessments/new?lang=" + language).exchange();
	}

	private static String token(MvcTestResult result) {
		return page(result).select("form.questionnaire input[name=_csrf]").attr("value");
	}

	private static String withoutToken(MvcTestResult result) {
		return body(result).replace(token(result), "TOKEN");
	}

	private static Document page(MvcTestResult result) {
		return Jsoup.parse(body(result));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
