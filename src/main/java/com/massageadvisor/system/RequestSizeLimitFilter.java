package com.massageadvisor.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit before anything parses them: a declared length over
 * the limit is answered {@code 413} at once, and a body sent without a length (chunked)
 * is cut off with {@link BodyTooLargeException} as soon as it passes the limit. A
 * client's form (the questionnaire, a check-in) sent too large is answered {@code 413}
 * with its form page, unread body and all, marked {@link FormSubmissions#tooLarge}: the
 * page says so and its script fills in the answers the browser kept.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	public RequestSizeLimitFilter(Limits limits) {
		this.maxBytes = limits.maxBody().toBytes();
	}

	/**
	 * The request limits.
	 *
	 * @param maxBody the largest body accepted
	 */
	@ConfigurationProperties("app.requests")
	public record Limits(@DefaultValue("64KB") DataSize maxBody) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				refuse(response);
			}
			else {
				response.setHeader("Connection", "close");
				String form = FormSubmissions.formPage(FormSubmissions.path(request));
				if (form != null && "POST".equals(request.getMethod())) {
					// the form again, as a GET that reads nothing of the body
					response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
					request.setAttribute(FormSubmissions.TOO_LARGE, true);
					request.getRequestDispatcher(form).forward(new Unread(request), response);
				}
				else {
					// a page: the application's own error page, in the reader's language
					response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
				}
			}
			return;
		}
		chain.doFilter((declared < 0) ? new LimitedRequest(request, this.maxBytes) : request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Connection", "close");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
					+ "\"detail\":\"The request body is larger than " + this.maxBytes
					+ " bytes.\",\"errors\":[{\"field\":\"body\",\"message\":\"is too large\"}]}");
	}

	/** Thrown while reading a body that has passed the limit. */
	public static class BodyTooLargeException extends IOException {

		BodyTooLargeException(long maxBytes) {
			super("The request body is larger than " + maxBytes + " bytes");
		}

	}

	/** A request seen as a GET without parameters, whose body is never read. */
	private static final class Unread extends HttpServletRequestWrapper {

		Unread(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw new IOException("The body of a request over the limit is not read");
		}

		@Override
		public BufferedReader getReader() throws IOException {
			throw new IOException("The body of a request over the limit is not read");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private @Nullable ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
