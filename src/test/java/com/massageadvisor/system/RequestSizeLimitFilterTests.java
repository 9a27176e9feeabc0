package com.massageadvisor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RequestSizeLimitFilterTests {

	private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(
			new RequestSizeLimitFilter.Limits(DataSize.ofBytes(100)));

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutCallingTheApplication() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/recommendations");
		request.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void letsABodyWithinTheLimitThrough() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		request.setContent("x".repeat(100).getBytes(StandardCharsets.UTF_8));
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(100);
	}

	@Test
	void cutsOffABodyOfUnknownLengthOnceItPassesTheLimit() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContent(new byte[1000]);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThatExceptionOfType(RequestSizeLimitFilter.BodyTooLargeException.class)
			.isThrownBy(() -> chain.getRequest().getInputStream().readAllBytes());
	}

}
