package com.massageadvisor.questionnaire;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * The blank questionnaire as an anonymous visitor first sees it, rendered once per
 * language and then served from memory with only the visitor's own CSRF token filled in.
 * <p>
 * The page is long (39 choices and 7 other fields, each with its label, hint and error
 * state): rendering it took 85 % of a request's time, so the page answered at 17 % of the
 * health check's rate (docs/performance.md). What the blank page shows depends only on
 * its language: the form is empty, the visitor is not logged in (the header shows no
 * staff links), and the links do not depend on the query. Every other case (a staff
 * member, answers coming back with errors, a request too large to read) is rendered as
 * usual. The first render of each language goes through the same Thymeleaf view with a
 * placeholder token that is then replaced, so the cached page is byte for byte the page
 * Thymeleaf would write (BlankFormPageTests compares them).
 */
@Component
class BlankFormPage {

	/** Stands for the CSRF token in the cached page: no text of the page contains it. */
	static final String TOKEN_PLACEHOLDER = "csrf-token-placeholder-7d1e0c5a9b";

	private final ThymeleafViewResolver views;

	private volatile boolean enabled;

	/** A page per language: a handful of entries, bounded whatever the requests say. */
	private final Cache<String, String> pages = Caffeine.newBuilder().maximumSize(16).build();

	BlankFormPage(ThymeleafViewResolver views, @Value("${app.form-page-cache.enabled:true}") boolean enabled) {
		this.views = views;
		this.enabled = enabled;
	}

	/**
	 * Turns the cache on or off (tests compare the two), emptying it.
	 */
	void enabled(boolean enabled) {
		this.enabled = enabled;
		this.pages.invalidateAll();
	}

	/**
	 * @return how many languages' pages are kept
	 */
	long cached() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/**
	 * @return the view that serves the blank form from memory, or {@code null} when this
	 * request must be rendered as usual
	 */
	@Nullable View view(HttpServletRequest request, Locale locale) {
		boolean cacheable = this.enabled && "GET".equals(request.getMethod())
				&& request.getDispatcherType() == DispatcherType.REQUEST && request.getUserPrincipal() == null
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken;
		return cacheable ? new CachedView(locale) : null;
	}

	private String render(Locale locale, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View thymeleaf = this.views.resolveViewName(QuestionnaireController.FORM, locale);
			if (thymeleaf == null) {
				throw new IllegalStateException("No view " + QuestionnaireController.FORM);
			}
			StringWriter html = new StringWriter(64 * 1024);
			CapturedResponse captured = new CapturedResponse(response, html);
			thymeleaf.render(model, new PlaceholderTokenRequest(request), captured);
			captured.flushBuffer();
			String page = html.toString();
			if (!page.contains(TOKEN_PLACEHOLDER)) {
				throw new IllegalStateException("The questionnaire has no CSRF token to fill in");
			}
			return page;
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render the questionnaire", ex);
		}
	}

	private final class CachedView implements View {

		private final Locale locale;

		CachedView(Locale locale) {
			this.locale = locale;
		}

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			String page = BlankFormPage.this.pages.get(this.locale.toLanguageTag(), (language) -> BlankFormPage.this
				.render(this.locale, (model != null) ? model : Map.of(), request, response));
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			response.setContentType(getContentType());
			response.getWriter().write(page.replace(TOKEN_PLACEHOLDER, token.getToken()));
		}

	}

	/** The request as the page sees it, with the placeholder as its CSRF token. */
	private static final class PlaceholderTokenRequest extends HttpServletRequestWrapper {

		private final CsrfToken placeholder;

		PlaceholderTokenRequest(HttpServletRequest request) {
			super(request);
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			this.placeholder = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_PLACEHOLDER);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			Object value = super.getAttribute(name);
			return (value instanceof CsrfToken) ? this.placeholder : value;
		}

	}

	/**
	 * The response the first render writes to: its text kept, its links as written (no
	 * session id added to them, whatever this visitor's session).
	 */
	private static final class CapturedResponse extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		CapturedResponse(HttpServletResponse response, StringWriter html) {
			super(response);
			this.writer = new PrintWriter(html);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public String encodeURL(String url) {
			return url;
		}

		@Override
		public String encodeRedirectURL(String url) {
			return url;
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

	}

}
