package com.massageadvisor.system;

import java.beans.PropertyEditorSupport;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Public ids in links ({@code /assessments/{publicId}}): a controller takes them as
 * {@code @PathVariable UUID}, read by {@link #publicIds} as they are written, and a link
 * whose id is not a UUID or names nothing is answered the same way, as a page that does
 * not exist. A link that was withdrawn (by the client or by staff) answers
 * {@code 410 Gone} on every page it leads to, from {@link #open} and the one handler
 * here.
 */
@ControllerAdvice
public class PublicIds {

	/** Thrown when no record has the public id of a link. */
	public static final class UnknownPublicIdException extends RuntimeException {

		UnknownPublicIdException() {
			super("No record has this public id");
		}

	}

	/** Thrown when the link of a record was withdrawn: its pages are gone for good. */
	public static final class WithdrawnLinkException extends RuntimeException {

		WithdrawnLinkException() {
			super("This link was withdrawn", null, false, false);
		}

	}

	/**
	 * Reads a public id exactly as it is written: unlike Spring's own conversion, no
	 * space around it is trimmed away, so that a link with a stray character names
	 * nothing.
	 */
	@InitBinder
	void publicIds(WebDataBinder binder) {
		binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(UUID.fromString(text));
			}

		});
	}

	/**
	 * What a link names, or a page that does not exist.
	 * @param <T> the record
	 * @param found what the public id found
	 * @return the record
	 * @throws UnknownPublicIdException when it found nothing
	 */
	public static <T> T found(Optional<T> found) {
		return found.orElseThrow(UnknownPublicIdException::new);
	}

	/**
	 * What a link names while the link works: a page that does not exist when it names
	 * nothing, a page that is gone when it was withdrawn.
	 * @param <T> the record
	 * @param found what the public id found
	 * @param withdrawn whether the record's link was withdrawn
	 * @return the record
	 * @throws UnknownPublicIdException when it found nothing
	 * @throws WithdrawnLinkException when the link was withdrawn
	 */
	public static <T> T open(Optional<T> found, Predicate<? super T> withdrawn) {
		T record = found(found);
		if (withdrawn.test(record)) {
			throw new WithdrawnLinkException();
		}
		return record;
	}

	/**
	 * A withdrawn link answers 410 Gone, with the error page's texts for that status
	 * (error.410.*): the link was withdrawn.
	 */
	@ExceptionHandler(WithdrawnLinkException.class)
	void gone(HttpServletResponse response) throws Exception {
		response.sendError(HttpStatus.GONE.value());
	}

	/**
	 * A malformed or unknown public id is a page that does not exist; any other
	 * conversion failure goes on to Spring's own handling.
	 */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, UnknownPublicIdException.class })
	void notFound(Exception ex, HttpServletResponse response) throws Exception {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch && mismatch.getRequiredType() != UUID.class) {
			throw ex;
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
