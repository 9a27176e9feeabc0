package com.massageadvisor.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a client was told is saved gets lost: the packaged application runs as its own
 * process on its file H2 database, several clients submit the questionnaire, the process
 * is killed (SIGKILL) or stopped (SIGTERM) in the middle, and after a restart every
 * submission that was acknowledged with the redirect to its result page is there and
 * opens.
 */
@Tag("packaged")
class NothingLostIT {

	private static final int CLIENTS = 4;

	private static final Path REPORT = Path.of("target", "reliability-report.txt");

	@TempDir
	Path data;

	record Acknowledged(String name, String path) {
	}

	record Load(List<Acknowledged> acknowledged, int refused, int failed) {
	}

	interface Interruption {

		void interrupt(PackagedApp app) throws Exception;

	}

	/**
	 * Clients submit until the interruption, which comes once some submissions are
	 * acknowledged.
	 */
	private Load loadAndInterrupt(PackagedApp app, String label, Interruption interruption) throws Exception {
		Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				PackagedApp.Client browser;
				try {
					browser = app.client();
				}
				catch (RuntimeException ex) {
					failed.incrementAndGet();
					return;
				}
				for (int i = 0; running.get() && i < 100_000; i++) {
					String name = label + " " + client + "-" + i;
					try {
						Optional<String> path = browser.submit(name);
						if (path.isPresent()) {
							acknowledged.add(new Acknowledged(name, path.get()));
						}
						else {
							refused.incrementAndGet();
						}
					}
					catch (IOException ex) {
						// the process is gone: this submission was never acknowledged
						failed.incrementAndGet();
						return;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}, "client-" + c);
			thread.start();
			clients.add(thread);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		interruption.interrupt(app);
		running.set(false);
		for (Thread client : clients) {
			client.join(Duration.ofSeconds(30).toMillis());
		}
		return new Load(List.copyOf(acknowledged), refused.get(), failed.get());
	}

	private int checkAllThere(Load load) throws Exception {
		try (PackagedApp restarted = PackagedApp.start(this.data, this.data.resolve("restart.log"))) {
			PackagedApp.Client browser = restarted.client();
			int found = 0;
			List<String> missing = new ArrayList<>();
			for (Acknowledged ack : load.acknowledged()) {
				var page = browser.get(ack.path());
				if (page.statusCode() == 200 && page.body().contains(ack.name())) {
					found++;
				}
				else {
					missing.add(ack.name() + " " + ack.path() + " -> " + page.statusCode());
				}
			}
			assertThat(missing).as("acknowledged but missing after the restart, of %d", load.acknowledged().size())
				.isEmpty();
			return found;
		}
	}

	private static void report(String line) throws IOException {
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	@Test
	void everyAcknowledgedSubmissionSurvivesAKill() throws Exception {
		Load load;
		try (PackagedApp app = PackagedApp.start(this.data, this.data.resolve("first.log"))) {
			load = loadAndInterrupt(app, "Killed", PackagedApp::kill);
		}
		assertThat(Files.readString(this.data.resolve("first.log"))).contains(PackagedApp.AOT_STARTED);
		assertThat(load.acknowledged()).hasSizeGreaterThanOrEqualTo(150);
		int found = checkAllThere(load);
		assertThat(found).isEqualTo(load.acknowledged().size());
		report("SIGKILL under load: " + CLIENTS + " clients, " + load.acknowledged().size() + " acknowledged, "
				+ load.failed() + " cut off unacknowledged, " + load.refused() + " refused; after restart " + found
				+ " of " + load.acknowledged().size() + " found");
	}

	@Test
	void everyAcknowledgedSubmissionSurvivesAGracefulStop() throws Exception {
		Load load;
		int exit;
		try (PackagedApp app = PackagedApp.start(this.data, this.data.resolve("first.log"))) {
			int[] code = new int[1];
			load = loadAndInterrupt(app, "Stopped", (a) -> code[0] = a.stop());
			exit = code[0];
		}
		assertThat(load.acknowledged()).hasSizeGreaterThanOrEqualTo(150);
		int found = checkAllThere(load);
		assertThat(found).isEqualTo(load.acknowledged().size());
		report("SIGTERM under load: " + CLIENTS + " clients, " + load.acknowledged().size() + " acknowledged, "
				+ load.failed() + " cut off unacknowledged, " + load.refused() + " refused, exit code " + exit
				+ "; after restart " + found + " of " + load.acknowledged().size() + " found");
	}

}
