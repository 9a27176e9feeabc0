package com.massageadvisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules (its feature packages, as Spring Modulith sees them): they
 * form no cycle and use each other only through their public types, and their diagram and
 * table in {@code docs/} are the ones the code draws. A test that finds the documents out
 * of date rewrites them and fails, so that the change is reviewed and committed.
 */
class ModulesTests {

	static final ApplicationModules modules = ApplicationModules.of(MassageAdvisorApplication.class);

	private static final Path DOCS = Path.of("docs", "modules");

	private static final Path ARCHITECTURE = Path.of("docs", "architecture.md");

	private static final String TABLE_START = "<!-- modules table: written by ModulesTests -->";

	private static final String TABLE_END = "<!-- end of modules table -->";

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
		modules.verify();
	}

	@Test
	void documentedModulesAreTheCodesModules() throws IOException {
		Path generated = Path.of("target", "modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		List<String> stale = new ArrayList<>();
		TreeMap<String, String> expected = read(generated);
		TreeMap<String, String> committed = read(DOCS);
		if (!normalized(expected).equals(normalized(committed))) {
			rewrite(DOCS, expected);
			stale.add(DOCS.toString());
		}
		String architecture = Files.readString(ARCHITECTURE);
		String updated = withTable(architecture, table());
		if (!updated.equals(architecture)) {
			Files.writeString(ARCHITECTURE, updated);
			stale.add(ARCHITECTURE.toString());
		}
		assertThat(stale).as("documents that did not match the code and have now been rewritten: review, commit")
			.isEmpty();
	}

	/** The modules as a Markdown table: name, package and the modules it uses. */
	static String table() {
		StringBuilder table = new StringBuilder("| module | package | uses |\n|---|---|---|\n");
		modules.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach((module) -> {
			String uses = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.sorted()
				.map((name) -> "`" + name + "`")
				.collect(Collectors.joining(", "));
			table.append("| `")
				.append(module.getName())
				.append("` | `")
				.append(module.getBasePackage().getName())
				.append("` | ")
				.append(uses.isEmpty() ? "nothing" : uses)
				.append(" |\n");
		});
		return table.toString();
	}

	private static String withTable(String document, String table) {
		int start = document.indexOf(TABLE_START);
		int end = document.indexOf(TABLE_END);
		assertThat(start).as("%s marks where the modules table goes in %s", TABLE_START, ARCHITECTURE).isNotNegative();
		assertThat(end).as("%s ends the modules table in %s", TABLE_END, ARCHITECTURE).isGreaterThan(start);
		return document.substring(0, start) + TABLE_START + "\n\n" + table + "\n" + document.substring(end);
	}

	/**
	 * The files with their lines sorted: the Documenter lists a diagram's relations in an
	 * order that changes from run to run, which is no change to the diagram.
	 */
	private static TreeMap<String, List<String>> normalized(TreeMap<String, String> files) {
		TreeMap<String, List<String>> normalized = new TreeMap<>();
		files.forEach((name, text) -> normalized.put(name, text.lines().sorted().toList()));
		return normalized;
	}

	private static TreeMap<String, String> read(Path folder) throws IOException {
		TreeMap<String, String> files = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> paths = Files.list(folder)) {
				paths.filter(Files::isRegularFile)
					.forEach((path) -> files.put(path.getFileName().toString(), content(path)));
			}
		}
		return files;
	}

	private static String content(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void rewrite(Path folder, TreeMap<String, String> files) throws IOException {
		Files.createDirectories(folder);
		for (String name : read(folder).keySet()) {
			if (!files.containsKey(name)) {
				Files.delete(folder.resolve(name));
			}
		}
		for (var file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

}
