package com.massageadvisor.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a name as the staff search compares them: folded (lower case, accents and
 * other marks taken off, "ß" as "ss", "œ" as "oe"), split on everything that is not a
 * letter or a digit. "Hélène Dupont-Lefèvre" has the words {@code helene}, {@code dupont}
 * and {@code lefevre}; a search finds a name when each of its words is the start of one
 * of the name's words. Each word of a stored name is a row of
 * {@code assessment_name_word} (the Flyway migration V12 fills it for older assessments
 * with this same code).
 */
public final class NameWords {

	/** The longest word kept, in characters (the column's length). */
	public static final int MAX_WORD_LENGTH = 100;

	/**
	 * The length, in characters of the alphabet (code points), of a word's start, which
	 * the index leads with: a search for a start at least this long reads the index in
	 * the list's order, newest first.
	 */
	public static final int START_LENGTH = 3;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Anything but letters, digits and the apostrophes inside names (O'Brien). */
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'\u2019\u02BC]+");

	private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC]+");

	private NameWords() {
	}

	/**
	 * The words stored for a name, each once, in the order of the name. A word with an
	 * apostrophe is also stored joined: "O'Brien" has {@code o}, {@code brien} and
	 * {@code obrien}, so that a search for "obrien" finds it too.
	 * @param name a client's name or reference
	 * @return its folded words, none longer than {@link #MAX_WORD_LENGTH}
	 */
	public static List<String> of(String name) {
		Set<String> words = new LinkedHashSet<>();
		for (String chunk : SEPARATORS.split(fold(name))) {
			List<String> parts = parts(chunk);
			words.addAll(parts);
			if (parts.size() > 1) {
				words.add(cut(String.join("", parts)));
			}
		}
		return List.copyOf(words);
	}

	/**
	 * The words of a search, each once: every one must be the start of a word of a name
	 * for the name to match.
	 * @param search what staff typed
	 * @return its folded words; none when it has no letter or digit
	 */
	public static List<String> ofSearch(String search) {
		Set<String> words = new LinkedHashSet<>();
		for (String chunk : SEPARATORS.split(fold(search))) {
			words.addAll(parts(chunk));
		}
		return List.copyOf(words);
	}

	/**
	 * A text folded for comparison: lower case in a fixed locale, decomposed with the
	 * compatibility forms (NFKD, so "ﬁ" is "fi" and full-width letters are plain ones),
	 * without marks, and the letters that do not decompose spelt out.
	 * @param text any text
	 * @return the folded text
	 */
	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
		StringBuilder folded = new StringBuilder(bare.length());
		for (int i = 0; i < bare.length(); i++) {
			char c = bare.charAt(i);
			switch (c) {
				case 'ß', 'ẞ' -> folded.append("ss");
				case 'œ' -> folded.append("oe");
				case 'æ' -> folded.append("ae");
				case 'ø' -> folded.append('o');
				case 'ł' -> folded.append('l');
				case 'đ', 'ð' -> folded.append('d');
				case 'þ' -> folded.append("th");
				case 'ı' -> folded.append('i');
				default -> folded.append(c);
			}
		}
		return folded.toString();
	}

	/**
	 * The start of a word that the index leads with.
	 * @param word a folded word
	 * @return its first {@link #START_LENGTH} code points, or the whole word if shorter
	 */
	public static String start(String word) {
		int length = word.codePointCount(0, word.length());
		return (length <= START_LENGTH) ? word : word.substring(0, word.offsetByCodePoints(0, START_LENGTH));
	}

	/**
	 * Whether a word of a search is long enough to be looked up by its whole start.
	 * @param word a folded word of a search
	 * @return true when it has at least {@link #START_LENGTH} code points
	 */
	public static boolean hasFullStart(String word) {
		return word.codePointCount(0, word.length()) >= START_LENGTH;
	}

	private static List<String> parts(String chunk) {
		List<String> parts = new ArrayList<>();
		for (String part : APOSTROPHES.split(chunk)) {
			if (!part.isEmpty()) {
				parts.add(cut(part));
			}
		}
		return parts;
	}

	/** At most {@link #MAX_WORD_LENGTH} characters, never half a surrogate pair. */
	private static String cut(String word) {
		if (word.length() <= MAX_WORD_LENGTH) {
			return word;
		}
		int end = MAX_WORD_LENGTH;
		if (Character.isHighSurrogate(word.charAt(end - 1))) {
			end--;
		}
		return word.substring(0, end);
	}

}
