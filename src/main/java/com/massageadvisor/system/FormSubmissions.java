package com.massageadvisor.system;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The two forms a client sends (the questionnaire and a check-in), and what the request
 * filters tell their controllers when they refuse a submission: the form then comes back
 * filled in (too many submissions) or as fresh as the browser can make it (too large a
 * body) with a sentence that says what happened, rather than an error page that loses the
 * answers.
 */
public final class FormSubmissions {

	/** Where a check-in is sent; the assessment's id as the first group. */
	private static final Pattern CHECK_IN = Pattern.compile("/assessments/([0-9a-fA-F-]{1,36})/check-ins");

	static final String RATE_LIMITED = FormSubmissions.class.getName() + ".rateLimited";

	static final String TOO_LARGE = FormSubmissions.class.getName() + ".tooLarge";

	private FormSubmissions() {
	}

	/**
	 * The page of the form that posts to a path.
	 * @param path a request's path, without the context path
	 * @return the form's page, or null when the path is not where a client's form posts
	 */
	static @Nullable String formPage(String path) {
		if ("/assessments".equals(path)) {
			return "/assessments/new";
		}
		Matcher checkIn = CHECK_IN.matcher(path);
		return checkIn.matches() ? "/assessments/" + checkIn.group(1) + "/check-in" : null;
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * How long the client must wait, when the submission limit refused this submission.
	 * The controller must then store nothing and show the form again with status
	 * {@code 429} and {@link #rateLimitMessage}.
	 * @param request the submission
	 * @return the time until the next submission is accepted, or null when it was not
	 * refused
	 */
	public static @Nullable Duration rateLimited(HttpServletRequest request) {
		return (request.getAttribute(RATE_LIMITED) instanceof Duration wait) ? wait : null;
	}

	/**
	 * Whether this request shows a form because what the client sent to it was too large
	 * to be read: the controller then shows it with status {@code 413} and the message
	 * {@code form.error.tooLarge}, and lets the page's script fill in what the browser
	 * kept.
	 * @param request the request for the form's page
	 * @return whether the submission was too large
	 */
	public static boolean tooLarge(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(TOO_LARGE));
	}

	/**
	 * The sentence of a refused submission: the answers are kept, try again in so many
	 * minutes.
	 * @param wait the time to wait
	 * @param messages the messages
	 * @param locale the reader's language
	 * @return the sentence
	 */
	public static String rateLimitMessage(Duration wait, MessageSource messages, Locale locale) {
		return messages.getMessage("form.error.rateLimited", new Object[] { minutes(wait) }, locale);
	}

	/**
	 * @param wait a time to wait
	 * @return the whole minutes it takes, at least one
	 */
	public static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
