package com.massageadvisor.system;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits questionnaire submissions per client address with a token bucket (Bucket4j), so
 * that a script cannot flood the database: past the limit a submission gets
 * {@code 429 Too Many Requests} and a page that says when to try again. Buckets live in a
 * bounded Caffeine cache and are forgotten after a quiet period. Behind a proxy, set
 * {@code server.forward-headers-strategy} so that the client's address, not the proxy's,
 * is used. The limit is per instance of the application.
 */
public class SubmissionRateLimitFilter extends OncePerRequestFilter {

	private final Limits limits;

	private final Cache<String, Bucket> buckets;

	public SubmissionRateLimitFilter(Limits limits) {
		this.limits = limits;
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(limits.per()).build();
	}

	/**
	 * The rate limit of questionnaire submissions.
	 *
	 * @param enabled whether to limit at all
	 * @param submissions how many submissions one address may make
	 * @param per in how long
	 */
	@ConfigurationProperties("app.rate-limit")
	public record Limits(@DefaultValue("true") boolean enabled, @DefaultValue("20") int submissions,
			@DefaultValue("10m") Duration per) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.limits.enabled() || !"POST".equals(request.getMethod())
				|| !"/assessments".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(request.getRemoteAddr(), (address) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limits.submissions())
				.refillGreedy(this.limits.submissions(), this.limits.per())
				.build())
			.build();
	}

}
