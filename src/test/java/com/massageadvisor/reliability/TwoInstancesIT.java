package com.massageadvisor.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the packaged application on one PostgreSQL database, and one browser
 * whose requests a load balancer without sticky sessions spreads over both: a log-in on
 * one is a log-in on both, a log-out on one is a log-out on both, submissions on either
 * are all stored, and the rate limit counts them once. Runs in CI's PostgreSQL pass
 * ({@code .ci/run}); without {@code -Dspring.datasource.url=jdbc:postgresql:...} it is
 * skipped with a message.
 */
@Tag("packaged")
class TwoInstancesIT {

	private static final String SCHEMA = "two_instances";

	private static final int LIMIT = 6;

	@TempDir
	Path work;

	private final List<PackagedApp> apps = new ArrayList<>();

	private String url = "";

	@BeforeEach
	void freshSchema() throws Exception {
		this.url = System.getProperty("spring.datasource.url", "");
		String skipped = "TwoInstancesIT skipped: no PostgreSQL configured; run it with "
				+ "-Dspring.datasource.url=jdbc:postgresql://... (and -Dspring.datasource.username, "
				+ "-Dspring.datasource.password) as .ci/run does";
		if (!this.url.startsWith("jdbc:postgresql:")) {
			System.out.println(skipped);
		}
		assumeTrue(this.url.startsWith("jdbc:postgresql:"), skipped);
		try (Connection connection = DriverManager.getConnection(this.url, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			statement.execute("CREATE SCHEMA " + SCHEMA);
		}
	}

	@AfterEach
	void stop() throws InterruptedException {
		for (PackagedApp app : this.apps) {
			app.close();
		}
	}

	private static String user() {
		return System.getProperty("spring.datasource.username", "postgres");
	}

	private static String password() {
		return System.getProperty("spring.datasource.password", "");
	}

	private PackagedApp instance(String name) throws Exception {
		String schemaUrl = this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
		Path log = this.work.resolve(name + ".log");
		PackagedApp app = PackagedApp.start(this.work.resolve(name), log,
				List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl,
						"--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
						"--app.rate-limit.enabled=true", "--app.rate-limit.submissions=" + LIMIT,
						"--app.rate-limit.per=1h"));
		this.apps.add(app);
		return app;
	}

	@Test
	void oneBrowserAcrossTwoInstancesWithoutStickySessions() throws Exception {
		// one after the other: the second finds the schema migrated by the first
		PackagedApp first = instance("first");
		PackagedApp second = instance("second");
		PackagedApp.Client browser = first.client();

		// log in on the first instance
		browser.refreshToken("/login");
		HttpResponse<String> login = browser.post("/login", "username=admin&password=reliability-clinic-pw");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/staff/assessments"));

		// submissions spread over both instances, all acknowledged up to the limit
		List<String> results = new ArrayList<>();
		for (int i = 0; i < LIMIT; i++) {
			PackagedApp app = (i % 2 == 0) ? first : second;
			browser.at(app).refreshToken("/assessments/new");
			Optional<String> result = browser.submit("Two Instances " + i);
			assertThat(result).as("submission %d on %s", i, (app == first) ? "the first" : "the second").isPresent();
			results.add(result.get());
		}
		// the limit is counted once for both: one more is refused on either
		for (PackagedApp app : List.of(first, second)) {
			browser.at(app).refreshToken("/assessments/new");
			HttpResponse<String> refused = browser.post("/assessments",
					"clientName=Over&goal=RELAXATION&lifestyle=OTHER&massageType=SWEDISH&painLevel=0"
							+ "&painDuration=NONE&consent=true");
			assertThat(refused.statusCode()).isEqualTo(429);
		}
		// every result is stored: each instance shows every one of them
		for (String path : results) {
			assertThat(browser.at(first).get(path).statusCode()).as(path).isEqualTo(200);
			assertThat(browser.at(second).get(path).statusCode()).as(path).isEqualTo(200);
		}

		// review on the second instance, logged in there by the first's session
		HttpResponse<String> list = browser.at(second).get("/staff/assessments");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Two Instances 0", "Two Instances " + (LIMIT - 1));
		String publicId = results.get(0).substring(results.get(0).lastIndexOf('/') + 1);
		HttpResponse<String> detail = browser.get("/staff/assessments/" + publicId);
		assertThat(detail.statusCode()).isEqualTo(200);
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(detail.body());
		assertThat(version.find()).as("the review form's version").isTrue();
		browser.refreshToken("/staff/assessments/" + publicId);
		HttpResponse<String> review = browser.post("/staff/assessments/" + publicId + "/review",
				"status=REVIEWED&note=Seen+on+the+second+instance&version=" + version.group(1));
		assertThat(review.statusCode()).as(review.body()).isEqualTo(302);
		assertThat(browser.at(first).get("/staff/assessments/" + publicId).body())
			.contains("Seen on the second instance");

		// log out on the second: logged out on the first too
		browser.at(second).refreshToken("/staff/assessments");
		assertThat(browser.post("/logout", "").statusCode()).isEqualTo(302);
		HttpResponse<String> after = browser.at(first).get("/staff/assessments");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(Files.readString(this.work.resolve("first.log"))).doesNotContain("ERROR");
		// both ran the bean definitions computed at build time, which hold on PostgreSQL
		// too
		// (the shared rate limit above was counted once)
		assertThat(Files.readString(this.work.resolve("first.log"))).contains(PackagedApp.AOT_STARTED);
		assertThat(Files.readString(this.work.resolve("second.log"))).contains(PackagedApp.AOT_STARTED);
	}

}
