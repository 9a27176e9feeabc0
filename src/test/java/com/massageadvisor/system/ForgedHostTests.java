package com.massageadvisor.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose {@code Host} header names another site, sent over a real socket (a
 * browser never sends one, an attacker's probe does): no redirect of the application
 * names that host, so a poisoned cache or a crafted link cannot send anyone there.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForgedHostTests {

	private static final String FORGED = "attacker.example";

	@LocalServerPort
	private int port;

	@Test
	void theWayToTheLogInIsAPath() throws IOException {
		String answer = send("GET /staff/assessments HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(header(answer, "Location")).isEqualTo("/login");
		assertThat(answer).doesNotContain(FORGED);
	}

	@Test
	void aStoredQuestionnaireLeadsToItsResultByAPath() throws IOException {
		String form = send("GET /assessments/new HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		Matcher cookie = Pattern.compile("Set-Cookie: XSRF-TOKEN=([^;]+)").matcher(form);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(cookie.find()).as("the form's CSRF cookie").isTrue();
		assertThat(token.find()).as("the form's CSRF token").isTrue();
		String body = "clientName=Forged+Host&goal=CHRONIC_PAIN&lifestyle=DESK_WORKER&massageType=NOT_SURE"
				+ "&painLevel=6&painDuration=CHRONIC&sessionPrice=80&consent=true&_csrf=" + token.group(1);
		String answer = send("POST /assessments HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nCookie: XSRF-TOKEN=" + cookie.group(1) + "\r\n"
				+ "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(header(answer, "Location")).matches("/assessments/[0-9a-f-]{36}");
		assertThat(answer).doesNotContain(FORGED);
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String answer, String name) {
		String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
		return head.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
			.map((line) -> line.substring(name.length() + 1).trim())
			.findFirst()
			.orElseThrow();
	}

}
