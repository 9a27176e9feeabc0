package com.massageadvisor.maintenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import com.massageadvisor.MassageAdvisorApplication;
import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online backup of the H2 database, a wiped data folder, a restore: every assessment
 * is back.
 */
class BackupRestoreTests {

	@TempDir
	Path data;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MassageAdvisorApplication.class).run("--server.port=0",
				"--app.data-dir=" + this.data,
				"--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("massage-advisor") + ";WRITE_DELAY=0",
				"--app.backup-dir=" + this.data.resolve("backups"));
	}

	private static Answers answers(int i) {
		return Answers.builder(Goal.values()[i % 4], Lifestyle.values()[i % 6], MassageType.values()[i % 8])
			.pain(i % 11, com.massageadvisor.rules.PainDuration.values()[i % 4])
			.build();
	}

	@Test
	void aBackupWipeAndRestoreBringsBackEveryAssessment() throws Exception {
		List<UUID> backedUp = new ArrayList<>();
		UUID afterBackup;
		Path backup;
		try (ConfigurableApplicationContext app = start()) {
			Assessments assessments = app.getBean(Assessments.class);
			for (int i = 0; i < 40; i++) {
				backedUp.add(assessments.create("Backup " + i, null, Locale.ENGLISH, answers(i)).getPublicId());
			}
			backup = app.getBean(DatabaseBackup.class).backup("test");
			afterBackup = assessments.create("After the backup", null, Locale.ENGLISH, answers(1)).getPublicId();
		}
		assertThat(backup).exists().hasFileName(backup.getFileName().toString());
		assertThat(backup.getFileName().toString()).endsWith(".zip");

		// the disaster: the database file is gone
		try (Stream<Path> files = Files.list(this.data)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("massage-advisor.")).toList()) {
				Files.delete(file);
			}
		}
		try (ConfigurableApplicationContext empty = start()) {
			assertThat(empty.getBean(Assessments.class).findByPublicId(backedUp.get(0))).isEmpty();
		}
		try (Stream<Path> files = Files.list(this.data)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("massage-advisor.")).toList()) {
				Files.delete(file);
			}
		}

		Restore.execute(backup.toString(), this.data.toString(), "massage-advisor");
		try (ConfigurableApplicationContext restored = start()) {
			Assessments assessments = restored.getBean(Assessments.class);
			for (int i = 0; i < backedUp.size(); i++) {
				Assessment found = assessments.findByPublicId(backedUp.get(i)).orElseThrow();
				assertThat(found.getClientName()).isEqualTo("Backup " + i);
				assertThat(found.getAnswers()).isEqualTo(answers(i));
			}
			assertThat(assessments.findByPublicId(afterBackup)).isEmpty();
		}
	}

}
