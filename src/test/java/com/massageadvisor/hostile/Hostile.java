package com.massageadvisor.hostile;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the hostile-input tests share: the seed, the catalogue of hostile texts, the
 * verdict a generated value deserves, and the checks every response must pass whatever
 * was sent (no 5xx, no unresolved exception, no stack trace or class name, no script
 * coming from the input).
 *
 * <p>
 * Every generator starts from {@link #seed()}: a fixed seed, so that a failure is
 * reproduced by running the test again; {@code -Dhostile.seed=...} explores another
 * sequence. Failure messages name the seed and the case number.
 */
final class Hostile {

	/** The seed of every generator unless {@code -Dhostile.seed} says otherwise. */
	static final long DEFAULT_SEED = 20261121L;

	/** Most failures listed in one assertion message. */
	static final int MAX_REPORTED = 15;

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMG = "\"><img src=x onerror=alert(1)>";

	static final String SQL_OR = "' OR 1=1 --";

	static final String SQL_DROP = "\"; DROP TABLE assessment; --";

	/**
	 * Texts a name may hold: they must be stored and shown back exactly, as text.
	 */
	static final List<String> VALID_TEXTS = List.of("Zoë Martin", "😀🧘‍♀️ Ana", "مريم الحسن", "שָׁלוֹם כהן",
			"مرحبا Hello שלום", "\u200Fאבג", "👩‍👩‍👧 family", "🇫🇷 Élodie", "山田太郎", "Ｆｕｌｌｗｉｄｔｈ", "𝕳𝖊𝖑𝖑𝖔",
			"Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͑", "İıŞ ß ǅ", "Jean\u00A0Paul", SCRIPT, IMG, SQL_OR, SQL_DROP,
			"Robert'); DROP TABLE assessment;--", "{0} {1} '' {", "${7*7} #{7*7} *{x} __${x}__ [[${x}]]",
			"50% _off_ \\", "A&amp;B &lt;b&gt; &#x3C;", "</p><p>", "<!-- -->", "]]>", "\\u0000 literally", "null",
			"undefined", "true", "[]", "{}", "1e309", "99999999999999999999", "=HYPERLINK(\"x\")", "+1 555", "-2",
			"@SUM(A1)", "javascript:alert(1)", "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
			"O'Brien", "\"quoted\"");

	/**
	 * Characters the forms must refuse inside a name: ASCII controls, bidirectional
	 * overrides and isolates.
	 */
	static final List<String> FORBIDDEN_CHARS = List.of("\u0000", "\u0007", "\u001b", "\u001b[31m", "\u007f", "\t",
			"\n", "\r\n", "\u0008", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
			"\u2069");

	/** C1 controls: control characters too, outside ASCII. */
	static final List<String> C1_CONTROLS = List.of("\u0080", "\u0085", "\u008D", "\u009B", "\u009F");

	/** Fragments random texts are built from. */
	static final List<String> FRAGMENTS = List.of("a", "Bob", " ", "  ", "é", "😀", "🧘‍♀️", "ﷺ", "م", "ש", "ा",
			"\u0301", "\u200D", "\u200B", "\u00A0", "\uFEFF", "<", ">", "\"", "'", "&", ";", "--", "%", "_", "\\", "/",
			"{", "}", "$", "#", "*", "=", "+", "@", ",", ".", "0", "9", SCRIPT, IMG, SQL_OR, SQL_DROP, "\u0000",
			"\u0007", "\u001b", "\u007f", "\u202E", "\u2067", "\t", "\n", "\u0085", "\u009B", "İ");

	private static final Pattern LEAK = Pattern
		.compile("Exception|\\b[A-Z][A-Za-z]*Error\\b|Caused by|\\bat [\\w$.]+\\([\\w$]+\\.java"
				+ "|\\bjavax?\\.[a-z]|\\bjakarta\\.[a-z]|org\\.springframework|org\\.hibernate|org\\.h2|tools\\.jackson"
				+ "|com\\.fasterxml|com\\.massageadvisor|SQLState|SQL statement|Whitelabel|[Ss]tack ?trace|Hibernate|JDBC");

	/** A CSRF token in a form, its value apart. */
	private static final Pattern CSRF_TOKEN = Pattern.compile("(name=\"_csrf\" value=\")[^\"]*");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "poster", "srcdoc");

	private Hostile() {
	}

	/**
	 * The seed of the generators.
	 * @return {@code -Dhostile.seed} or {@link #DEFAULT_SEED}
	 */
	static long seed() {
		String seed = System.getProperty("hostile.seed");
		return (seed != null && !seed.isBlank()) ? Long.parseLong(seed.strip()) : DEFAULT_SEED;
	}

	/** What the application must do with a value, or with a whole request. */
	enum Verdict {

		/** Accept it. */
		VALID,
		/** Either accept or refuse it: no opinion, but no 5xx. */
		EITHER,
		/** Refuse it with a 4xx. */
		INVALID;

		Verdict and(Verdict other) {
			return (other.ordinal() > ordinal()) ? other : this;
		}

	}

	/**
	 * The verdict on a line of text, after the form binder has trimmed it (as
	 * {@code String.trim()} does, removing every character up to U+0020).
	 * @param raw the text sent
	 * @param max the longest text allowed, in UTF-16 units
	 * @param required whether an empty text is refused
	 * @param lineBreaks whether tabs and line breaks are allowed
	 * @return the verdict
	 */
	static Verdict text(@Nullable String raw, int max, boolean required, boolean lineBreaks) {
		String text = (raw != null) ? raw.trim() : "";
		if (text.isEmpty()) {
			return required ? Verdict.INVALID : Verdict.VALID;
		}
		if (text.length() > max) {
			return Verdict.INVALID;
		}
		Verdict verdict = Verdict.VALID;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
			if ((c < 0x20 || c == 0x7f) && !(lineBreaks && lineBreak)) {
				return Verdict.INVALID;
			}
			if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				return Verdict.INVALID;
			}
			if (c >= 0x80 && c <= 0x9f) {
				// C1 controls are control characters too
				return Verdict.INVALID;
			}
			if (c == '\uFFFD' || Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
				verdict = verdict.and(Verdict.EITHER);
			}
		}
		return verdict;
	}

	private static boolean validSurrogateAt(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

	/**
	 * Whether Spring Security's firewall refuses a parameter name: one with an ISO
	 * control character or an unassigned code point is answered {@code 400} before the
	 * application sees it.
	 * @param name the parameter name
	 * @return true when the firewall refuses it
	 */
	static boolean refusedByFirewall(String name) {
		return name.codePoints().anyMatch((c) -> Character.isISOControl(c) || !Character.isDefined(c));
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static boolean chance(Random random, double probability) {
		return random.nextDouble() < probability;
	}

	/**
	 * A random text of one to {@code fragments} pieces of the catalogue, sometimes with a
	 * random code point.
	 * @param random the generator
	 * @param fragments the most pieces
	 * @return the text
	 */
	static String randomText(Random random, int fragments) {
		StringBuilder text = new StringBuilder();
		int n = 1 + random.nextInt(fragments);
		for (int i = 0; i < n; i++) {
			if (chance(random, 0.2)) {
				text.appendCodePoint(randomCodePoint(random));
			}
			else {
				text.append(pick(random, FRAGMENTS));
			}
		}
		return text.toString();
	}

	/**
	 * A code point from a range where trouble lives: ASCII, Latin-1 with its C1 controls,
	 * the rest of the BMP (no surrogates) and the astral planes.
	 */
	static int randomCodePoint(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> random.nextInt(0x80);
			case 1 -> 0x80 + random.nextInt(0x180);
			case 2 -> {
				int c = 0x200 + random.nextInt(0xD800 - 0x200);
				yield c;
			}
			default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
		};
	}

	/**
	 * The body of a response, read as UTF-8.
	 * @param result the result, which must have no unresolved exception
	 * @return the body
	 */
	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What is wrong with a response whatever the request: a 5xx, an exception MockMvc
	 * could not resolve (which a server would answer with a 500), a stack trace or a
	 * class name in the body, or in an HTML page a script or event handler that the
	 * application did not write itself.
	 * @param result the result
	 * @return the problems, empty if none
	 */
	static List<String> generalProblems(MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		Throwable unresolved = result.getUnresolvedException();
		if (unresolved != null) {
			problems.add("unresolved exception (a 500 on a server): " + rootCause(unresolved));
			return problems;
		}
		int status = result.getResponse().getStatus();
		if (status >= 500) {
			problems.add("status " + status);
		}
		String body = body(result);
		// a CSRF token is random text: "JDBC" or "Exception" can turn up in one by chance
		String scanned = CSRF_TOKEN.matcher(body).replaceAll("$1");
		java.util.regex.Matcher leak = LEAK.matcher(scanned);
		if (leak.find()) {
			problems.add("the body reveals internals: " + excerpt(scanned, leak.start()));
		}
		String type = result.getResponse().getContentType();
		if (type != null && type.startsWith("text/html")) {
			problems.addAll(scriptProblems(Jsoup.parse(body)));
		}
		return problems;
	}

	/**
	 * Script in a page that the application did not write: an inline script, a script
	 * from elsewhere, an event handler attribute or a {@code javascript:} link.
	 * @param page the page
	 * @return the problems, empty if none
	 */
	static List<String> scriptProblems(Document page) {
		List<String> problems = new ArrayList<>();
		for (Element script : page.select("script")) {
			String src = script.attr("src");
			if (!src.startsWith("/js/") || !script.data().isBlank()) {
				problems.add("a script the application did not write: " + script.outerHtml());
			}
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
				if (key.startsWith("on") || (URL_ATTRIBUTES.contains(key) && value.startsWith("javascript:"))) {
					problems.add("script in an attribute: " + element.tagName() + " " + attribute.html());
				}
			}
			if (element.tagName().equals("img") && element.attr("src").equals("x")) {
				problems.add("an element from the input: " + element.outerHtml());
			}
		}
		return problems;
	}

	static Throwable rootCause(Throwable throwable) {
		Throwable cause = throwable;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * A short, printable excerpt of a text for a failure message.
	 * @param text the text
	 * @param around where the interesting part is
	 * @return at most about 300 characters, control characters escaped
	 */
	static String excerpt(String text, int around) {
		int from = Math.max(0, around - 100);
		int to = Math.min(text.length(), from + 300);
		return printable(text.substring(from, to)) + ((to < text.length()) ? "..." : "");
	}

	/**
	 * A text with its control, bidi and invisible characters escaped, and cut after 200
	 * characters, for failure messages.
	 * @param text the text
	 * @return the printable form
	 */
	static String printable(@Nullable String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length() && out.length() < 200; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u2000' && c <= '\u206F') || c == '\uFEFF'
					|| Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		if (out.length() >= 200 && text.length() > 200) {
			out.append("...(").append(text.length()).append(" chars)");
		}
		return out.toString();
	}

	/**
	 * Collects the failures of a generated run and reports them all at the end with the
	 * seed, rather than stopping at the first.
	 */
	static final class Failures {

		private final String family;

		private final long seed;

		private final List<String> failures = new ArrayList<>();

		private int cases;

		Failures(String family, long seed) {
			this.family = family;
			this.seed = seed;
		}

		void count() {
			this.cases++;
		}

		int cases() {
			return this.cases;
		}

		void add(int index, String request, MvcTestResult result, List<String> problems) {
			if (problems.isEmpty()) {
				return;
			}
			String response;
			if (result.getUnresolvedException() != null) {
				response = "unresolved " + rootCause(result.getUnresolvedException());
			}
			else {
				response = result.getResponse().getStatus() + " " + result.getResponse().getContentType() + " "
						+ excerpt(body(result), 0);
			}
			this.failures
				.add("case #" + index + ": " + problems + "\n    request: " + request + "\n    response: " + response);
		}

		boolean isEmpty() {
			return this.failures.isEmpty();
		}

		/**
		 * A message naming the family, the seed, how many cases failed and the first
		 * ones.
		 */
		String report() {
			StringBuilder report = new StringBuilder();
			report.append(this.family)
				.append(": ")
				.append(this.failures.size())
				.append(" of ")
				.append(this.cases)
				.append(" generated cases failed (seed ")
				.append(this.seed)
				.append(", rerun with -Dhostile.seed=")
				.append(this.seed)
				.append(")\n");
			this.failures.stream().limit(MAX_REPORTED).forEach((failure) -> report.append(failure).append('\n'));
			return report.toString();
		}

	}

}
