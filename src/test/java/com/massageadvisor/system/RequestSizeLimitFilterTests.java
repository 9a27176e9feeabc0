package com.massageadvisor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	@Test
	void aQuestionnaireOverTheLimitGetsItsFormAgainAsAGetThatReadsNothing() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/assessments");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent(("clientName=" + "x".repeat(200)).getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getForwardedUrl()).as("the form's page").isEqualTo("/assessments/new");
		assertThat(FormSubmissions.tooLarge(request)).as("the form page is told why").isTrue();
		assertThat(chain.getRequest()).as("the application never sees the post").isNull();
	}

	@Test
	void aCheckInOverTheLimitGetsItsFormAgain() throws ServletException, IOException {
		String id = "0b9c2a4e-8f1d-4a5b-9c3e-2d7f6a1b0c9e";
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/assessments/" + id + "/check-ins");
		request.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getForwardedUrl()).isEqualTo("/assessments/" + id + "/check-in");
	}

	@Test
	void anyOtherPageOverTheLimitGetsTheErrorPage() throws ServletException, IOException {
		for (String path : List.of("/staff/assessments/1/review", "/assessments/../check-ins", "/assessments/new")) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
			request.setContent(new byte[101]);
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.filter.doFilter(request, response, new MockFilterChain());
			assertThat(response.getStatus()).as(path).isEqualTo(413);
			assertThat(response.getForwardedUrl()).as(path).isNull();
			assertThat(response.getErrorMessage()).as("sendError on " + path).isNull();
			assertThat(response.isCommitted()).as(path).isTrue();
		}
	}

}
