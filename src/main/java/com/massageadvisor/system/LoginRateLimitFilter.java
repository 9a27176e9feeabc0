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
 * Limits staff log-ins ({@code POST /login}) per client address and for everyone
 * together, with token buckets (Bucket4j, as {@link SubmissionRateLimitFilter}), before
 * any password is judged: past either limit a log-in gets {@code 429 Too Many Requests}
 * with a {@code Retry-After} and a page that says to wait. The per-account lock-out
 * ({@code clinic.login.*}) stops guessing one account's password; this stops one address
 * trying many accounts, and a crowd of addresses trying many more. The client address is
 * the connection's, or the one a trusted proxy forwarded (profile
 * {@code behind-tls-proxy}): an {@code X-Forwarded-For} from anyone else never moves it.
 * On PostgreSQL the buckets are rows of the database shared by every instance; on H2 they
 * live in this instance's memory.
 */
public class LoginRateLimitFilter extends OncePerRequestFilter {

	/** The key of the bucket every log-in shares. */
	static final String OVERALL = "login:*";

	private final Limits limits;

	private final Cache<String, Bucket> buckets;

	private final @Nullable ProxyManager<String> shared;

	/**
	 * A filter whose buckets are kept by {@code shared} (a database) when given, in
	 * memory otherwise.
	 * @param limits the limits
	 * @param shared where the buckets of every instance are kept, or null
	 */
	public LoginRateLimitFilter(Limits limits, @Nullable ProxyManager<String> shared) {
		this.limits = limits;
		this.shared = shared;
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(limits.per()).build();
	}

	/**
	 * The rate limit of staff log-ins.
	 *
	 * @param enabled whether to limit at all
	 * @param perAddress how many log-ins one address may try
	 * @param overall how many log-ins every address together may try
	 * @param per in how long
	 */
	@ConfigurationProperties("app.login-rate-limit")
	public record Limits(@DefaultValue("true") boolean enabled, @DefaultValue("20") int perAddress,
			@DefaultValue("200") int overall, @DefaultValue("10m") Duration per) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.limits.enabled() || !"POST".equals(request.getMethod())
				|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the address's own allowance first: one address past its limit does not use up
		// everyone's
		ConsumptionProbe probe = bucket("login:" + request.getRemoteAddr(), this.limits.perAddress())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			probe = bucket(OVERALL, this.limits.overall()).tryConsumeAndReturnRemaining(1);
		}
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private Bucket bucket(String key, int capacity) {
		return this.buckets.get(key, (name) -> {
			Bandwidth bandwidth = Bandwidth.builder()
				.capacity(capacity)
				.refillGreedy(capacity, this.limits.per())
				.build();
			if (this.shared != null) {
				return this.shared.getProxy(name, () -> BucketConfiguration.builder().addLimit(bandwidth).build());
			}
			return Bucket.builder().addLimit(bandwidth).build();
		});
	}

}
