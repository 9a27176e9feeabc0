package com.massageadvisor.system;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits questionnaire submissions and check-ins per client address with a token bucket
 * (Bucket4j), so that a script cannot flood the database: past the limit a submission
 * gets {@code 429 Too Many Requests} and a {@code Retry-After} header, and goes on to its
 * controller marked as refused ({@link FormSubmissions#rateLimited}), which stores
 * nothing and shows the form again filled in with the client's answers and when to try
 * again (a refusal that reached no such controller would lose them). Buckets live in a
 * bounded Caffeine cache and are forgotten after a quiet period. Behind a proxy, set
 * {@code server.forward-headers-strategy} so that the client's address, not the proxy's,
 * is used. On PostgreSQL the buckets are rows of the database, shared by every instance
 * of the application, so that the limit is counted once however many instances serve the
 * submissions ({@link SharedRateLimitConfiguration}); on H2 they live in this instance's
 * memory.
 */
public class SubmissionRateLimitFilter extends OncePerRequestFilter {

	private final Limits limits;

	private final Cache<String, Bucket> buckets;

	private final @Nullable ProxyManager<String> shared;

	public SubmissionRateLimitFilter(Limits limits) {
		this(limits, null);
	}

	/**
	 * A filter whose buckets are kept by {@code shared} (a database) when given, in
	 * memory otherwise.
	 * @param limits the limit
	 * @param shared where the buckets of every instance are kept, or null
	 */
	public SubmissionRateLimitFilter(Limits limits, @Nullable ProxyManager<String> shared) {
		this.limits = limits;
		this.shared = shared;
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
		if (!this.limits.enabled() || !"POST".equals(request.getMethod())) {
			return true;
		}
		// the questionnaire and the check-ins share one allowance per address
		return FormSubmissions.formPage(FormSubmissions.path(request)) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(request.getRemoteAddr(), this::newBucket);
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		// the controller shows the form again with the answers, and stores nothing
		request.setAttribute(FormSubmissions.RATE_LIMITED, Duration.ofSeconds(seconds));
		chain.doFilter(request, response);
	}

	/**
	 * The bucket of one address: in memory, or a handle on its row in the shared store
	 * (cached here only as a handle: every consumption reads and writes the row).
	 */
	private Bucket newBucket(String address) {
		if (this.shared != null) {
			return this.shared.getProxy(address, this::configuration);
		}
		return Bucket.builder().addLimit(bandwidth()).build();
	}

	private BucketConfiguration configuration() {
		return BucketConfiguration.builder().addLimit(bandwidth()).build();
	}

	private Bandwidth bandwidth() {
		return Bandwidth.builder()
			.capacity(this.limits.submissions())
			.refillGreedy(this.limits.submissions(), this.limits.per())
			.build();
	}

}
