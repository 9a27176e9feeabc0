package com.massageadvisor.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/*.jar}) as a separate process on a file H2
 * database, and a client that talks to it over HTTP as a browser does.
 */
final class PackagedApp implements AutoCloseable {

	/**
	 * Generous: a start takes 15 to 20 s alone, and over 50 s on a busy 2-core machine.
	 */
	private static final int START_TIMEOUT_SECONDS = 240;

	/**
	 * What the log says when the jar starts from the bean definitions computed at build
	 * time (Spring AOT), as it does by default.
	 */
	static final String AOT_STARTED = "Starting AOT-processed MassageAdvisorApplication";

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Path data;

	private final Path log;

	private final int port;

	private final List<String> arguments;

	private Process process;

	private PackagedApp(Path data, Path log, int port, List<String> arguments) {
		this.data = data;
		this.log = log;
		this.port = port;
		this.arguments = arguments;
	}

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((f) -> f.getFileName().toString().matches("massage-advisor-.*\\.jar"))
				.filter((f) -> !f.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Package the application first (mvn verify)"));
		}
	}

	static PackagedApp start(Path data, Path log) throws Exception {
		return start(data, log, List.of("--app.data-dir=" + data, "--app.rate-limit.enabled=false"));
	}

	/**
	 * Starts the packaged application with arguments of one's own (the database, the rate
	 * limit) besides its port and administrator.
	 */
	static PackagedApp start(Path data, Path log, List<String> arguments) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PackagedApp app = new PackagedApp(data, log, port, arguments);
		app.launch();
		return app;
	}

	private void launch() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx256m", "-jar", jar().toAbsolutePath().toString(), "--server.port=" + this.port,
						"--clinic.admin.username=admin", "--clinic.admin.password=reliability-clinic-pw"));
		command.addAll(this.arguments);
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(START_TIMEOUT_SECONDS));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped at start; see " + this.log);
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(
				"The application did not start in " + START_TIMEOUT_SECONDS + " s; see " + this.log);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** Ends the process at once, as a power cut or {@code kill -9} would: SIGKILL. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	/**
	 * Asks the process to stop, as a service manager would: SIGTERM, then a graceful
	 * shutdown.
	 */
	int stop() throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	/**
	 * A browser: its own cookies, the form's CSRF token, and no following of redirects.
	 */
	final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.build();

		private String token = "";

		/** The instance the next request goes to, as a load balancer would choose it. */
		private PackagedApp target = PackagedApp.this;

		Client() throws IOException, InterruptedException {
			refreshToken("/assessments/new");
		}

		/**
		 * Sends the following requests to another instance (cookies are the browser's:
		 * they go to every instance).
		 * @param app the instance
		 * @return this client
		 */
		Client at(PackagedApp app) {
			this.target = app;
			return this;
		}

		/** Reads the CSRF token of a page's form (it changes when one logs in). */
		void refreshToken(String path) throws IOException, InterruptedException {
			Matcher matcher = TOKEN.matcher(get(path).body());
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on " + path);
			}
			this.token = matcher.group(1);
		}

		/**
		 * Posts a form with the CSRF token.
		 * @return the response (redirects are not followed)
		 */
		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			String body = form + "&_csrf=" + URLEncoder.encode(this.token, StandardCharsets.UTF_8);
			return this.http.send(HttpRequest.newBuilder(this.target.uri(path))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Submits the questionnaire.
		 * @return the result page's path when the application acknowledged it with its
		 * redirect
		 */
		Optional<String> submit(String name) throws IOException, InterruptedException {
			HttpResponse<String> response = post("/assessments",
					"clientName=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
							+ "&goal=CHRONIC_PAIN&lifestyle=DESK_WORKER&massageType=NOT_SURE&painLevel=6"
							+ "&painDuration=CHRONIC&signs=POOR_SLEEP&sessionPrice=80&consent=true");
			if (response.statusCode() == 302) {
				return response.headers().firstValue("Location").map((location) -> URI.create(location).getPath());
			}
			return Optional.empty();
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(this.target.uri(path)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

	}

	Client client() {
		try {
			return new Client();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static List<String> lines(Path file) throws IOException {
		return Files.exists(file) ? Files.readAllLines(file) : new ArrayList<>();
	}

}
