package com.massageadvisor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data at rest readable by the application's own user only: folders {@code 700}
 * ({@code rwx------}) and files {@code 600} ({@code rw-------}) on a file system with
 * POSIX permissions (Linux, macOS); elsewhere (Windows) nothing is changed, and the
 * folder's own access rules apply. Used for the embedded database's folder and files
 * ({@link H2Durability}, {@link H2FileModes}) and for the backups.
 *
 * <p>
 * Java cannot set the process's umask, and H2 creates its files itself, with the umask's
 * mode (often {@code 644}); so the folder is made owner-only before the database opens,
 * and the files are set to {@code 600} once it has, at every start. A file H2 makes later
 * (its trace file after an error) is inside that owner-only folder.
 */
public final class OwnerOnlyFiles {

	/** {@code 700}. */
	public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	/** {@code 600}. */
	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Logger logger = LoggerFactory.getLogger(OwnerOnlyFiles.class);

	private OwnerOnlyFiles() {
	}

	/**
	 * Makes a folder owner-only, creating it (and every missing folder above it,
	 * owner-only too) when it does not exist. The user's home folder and the root are
	 * never changed (a database URL such as {@code jdbc:h2:~/clinic} keeps its file
	 * there).
	 * @param folder the folder
	 * @return the folder, absolute
	 * @throws UncheckedIOException when the folder cannot be created
	 */
	public static Path folder(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		try {
			Deque<Path> missing = new ArrayDeque<>();
			for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
				missing.push(p);
			}
			for (Path p : missing) {
				Files.createDirectory(p);
				restrict(p, FOLDER);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!shared(absolute)) {
			try {
				restrict(absolute, FOLDER);
			}
			catch (IOException ex) {
				logger.warn("Could not make the folder {} readable by its owner only: {}", absolute, ex.toString());
			}
		}
		return absolute;
	}

	/**
	 * Makes a file owner-only, if it exists.
	 * @param file the file
	 */
	public static void file(Path file) {
		if (Files.isRegularFile(file)) {
			try {
				restrict(file, FILE);
			}
			catch (IOException ex) {
				logger.warn("Could not make {} readable by its owner only: {}", file, ex.toString());
			}
		}
	}

	/**
	 * Makes the files of a folder whose names start with a prefix owner-only.
	 * @param folder the folder
	 * @param prefix the start of the names, such as {@code massage-advisor.}
	 * @return the files
	 */
	public static List<Path> files(Path folder, String prefix) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> found = files.filter((f) -> f.getFileName().toString().startsWith(prefix))
				.filter(Files::isRegularFile)
				.toList();
			found.forEach(OwnerOnlyFiles::file);
			return found;
		}
		catch (IOException ex) {
			logger.warn("Could not list {} to make its files owner-only: {}", folder, ex.toString());
			return List.of();
		}
	}

	/**
	 * Whether the file system of a path has POSIX permissions.
	 * @param path an existing path
	 * @return true on Linux and macOS file systems
	 */
	public static boolean posix(Path path) {
		return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (posix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static boolean shared(Path folder) {
		Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
		return folder.equals(home) || folder.getParent() == null;
	}

}
