package com.massageadvisor.system;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Sign;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles and the Thymeleaf templates, read as files: every text a person
 * sees comes from a bundle, in every language, and is a pattern that
 * {@link MessageFormat} prints whole (the application always formats messages, so a
 * single apostrophe would swallow text); no template holds text of its own, or anything
 * the Content Security Policy forbids.
 */
class MessagesAndTemplatesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final String ENGLISH = "messages.properties";

	private static final String FRENCH = "messages_fr.properties";

	private static final Map<String, Locale> LOCALES = Map.of(ENGLISH, Locale.ENGLISH, FRENCH, Locale.FRENCH);

	/** Attributes whose value replaces the content of their element at runtime. */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors", "data-th-text",
			"data-th-utext", "data-th-errors");

	/** Attributes that people read or hear, so must come from the messages. */
	private static final Set<String> PEOPLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "label",
			"aria-description", "aria-roledescription", "aria-placeholder", "aria-valuetext");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[(}]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{\\s*'([^']*)'\\s*\\+");

	private static final Pattern DYNAMIC_SUFFIX = Pattern.compile("\\+\\s*'([^']*)'\\s*$");

	private static final Pattern ARGUMENT_INDEX = Pattern.compile("\\{\\s*(\\d+)");

	private static final Pattern SCRIPT_IN_ATTR = Pattern.compile("(?i)(^|,)\\s*(style|on[a-z]+)\\s*=");

	@Test
	void everyEnglishMessageIsTranslatedIntoFrench() throws IOException {
		assumeFrench();
		Set<String> missing = new TreeSet<>(messages(ENGLISH).keySet());
		missing.removeAll(messages(FRENCH).keySet());
		assertThat(missing).as("keys of %s missing from %s", ENGLISH, FRENCH).isEmpty();
	}

	@Test
	void everyFrenchMessageHasAnEnglishOriginal() throws IOException {
		assumeFrench();
		Set<String> extra = new TreeSet<>(messages(FRENCH).keySet());
		extra.removeAll(messages(ENGLISH).keySet());
		assertThat(extra).as("keys of %s that %s does not have", FRENCH, ENGLISH).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ENGLISH, FRENCH })
	void noKeyIsDefinedTwice(String bundle) throws IOException {
		assumeExists(bundle);
		Set<String> seen = new TreeSet<>();
		List<String> duplicates = new ArrayList<>();
		for (String key : keysInFileOrder(bundle)) {
			if (!seen.add(key)) {
				duplicates.add(key);
			}
		}
		assertThat(duplicates).as("keys defined more than once in %s (the last one wins, silently)", bundle).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ENGLISH, FRENCH })
	void noMessageIsBlank(String bundle) throws IOException {
		assumeExists(bundle);
		List<String> blank = messages(bundle).entrySet()
			.stream()
			.filter((message) -> message.getValue().isBlank())
			.map(Map.Entry::getKey)
			.toList();
		assertThat(blank).as("blank messages in %s", bundle).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ENGLISH, FRENCH })
	void everyMessageIsAMessageFormatPattern(String bundle) throws IOException {
		assumeExists(bundle);
		List<String> invalid = new ArrayList<>();
		messages(bundle).forEach((key, pattern) -> {
			try {
				new MessageFormat(pattern, LOCALES.get(bundle));
			}
			catch (IllegalArgumentException ex) {
				invalid.add(key + " (" + ex.getMessage() + "): " + pattern);
			}
		});
		assertThat(invalid).as("messages of %s that MessageFormat cannot parse", bundle).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ENGLISH, FRENCH })
	void everyApostropheIsDoubled(String bundle) throws IOException {
		assumeExists(bundle);
		List<String> single = new ArrayList<>();
		messages(bundle).forEach((key, pattern) -> {
			String withoutDoubled = pattern.replace("''", "");
			int at = withoutDoubled.indexOf('\'');
			if (at >= 0) {
				single.add(key + ": ..."
						+ withoutDoubled.substring(Math.max(0, at - 20), Math.min(withoutDoubled.length(), at + 20))
						+ "...");
			}
		});
		assertThat(single).as("messages of %s with a single apostrophe, which MessageFormat takes for a quote", bundle)
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ENGLISH, FRENCH })
	void everyMessagePrintsWholeWithItsArguments(String bundle) throws IOException {
		assumeExists(bundle);
		Locale locale = LOCALES.get(bundle);
		List<String> problems = new ArrayList<>();
		messages(bundle).forEach((key, pattern) -> {
			String printed;
			try {
				printed = format(pattern, locale);
			}
			catch (IllegalArgumentException ex) {
				problems.add(key + ": cannot be formatted (" + ex.getMessage() + ")");
				return;
			}
			if (printed.contains("{") || printed.contains("}")) {
				problems.add(key + ": prints a brace: " + printed);
			}
			for (String literal : literalText(pattern)) {
				if (!printed.contains(literal)) {
					problems.add(key + ": loses \"" + literal.strip() + "\", prints: " + printed);
				}
			}
		});
		assertThat(problems).as("messages of %s that do not print as written", bundle).isEmpty();
	}

	@Test
	void everyMessageTakesTheSameArgumentsInEveryLanguage() throws IOException {
		assumeFrench();
		Map<String, String> english = messages(ENGLISH);
		Map<String, String> french = messages(FRENCH);
		List<String> different = new ArrayList<>();
		english.forEach((key, pattern) -> {
			String translation = french.get(key);
			if (translation != null) {
				Set<Integer> inEnglish = argumentIndexes(pattern, Locale.ENGLISH);
				Set<Integer> inFrench = argumentIndexes(translation, Locale.FRENCH);
				if (!inEnglish.equals(inFrench)) {
					different.add(key + ": " + inEnglish + " in English, " + inFrench + " in French");
				}
			}
		});
		assertThat(different).as("messages whose arguments differ between %s and %s", ENGLISH, FRENCH).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ENGLISH, FRENCH })
	void everyChoiceOfTheQuestionnaireHasALabel(String bundle) throws IOException {
		assumeExists(bundle);
		Map<String, String> messages = messages(bundle);
		List<String> keys = new ArrayList<>();
		Stream.of(Goal.values()).forEach((goal) -> keys.add("goal." + goal));
		Stream.of(Lifestyle.values()).forEach((lifestyle) -> keys.add("lifestyle." + lifestyle));
		Stream.of(MassageType.values()).forEach((type) -> keys.add("massageType." + type));
		Stream.of(PainDuration.values()).forEach((duration) -> keys.add("painDuration." + duration));
		Stream.of(Condition.values()).forEach((condition) -> {
			keys.add("condition." + condition);
			keys.add("condition." + condition + ".help");
		});
		Stream.of(Sign.values()).forEach((sign) -> {
			keys.add("sign." + sign);
			keys.add("sign." + sign + ".help");
		});
		assertThat(keys.stream().filter((key) -> !messages.containsKey(key)).toList())
			.as("labels and help of the questionnaire's choices missing from %s", bundle)
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void everyMessageKeyOfATemplateExists(String template) throws IOException {
		Map<String, String> messages = messages(ENGLISH);
		String source = Files.readString(TEMPLATES.resolve(template), StandardCharsets.UTF_8);
		List<String> missing = new ArrayList<>();
		Matcher keys = STATIC_KEY.matcher(source);
		while (keys.find()) {
			if (!messages.containsKey(keys.group(1))) {
				missing.add("#{" + keys.group(1) + "}");
			}
		}
		Matcher dynamic = DYNAMIC_KEY.matcher(source);
		while (dynamic.find()) {
			String expression = expressionAt(source, dynamic.start());
			String prefix = dynamic.group(1);
			Matcher suffixMatcher = DYNAMIC_SUFFIX.matcher(expression);
			String suffix = suffixMatcher.find() ? suffixMatcher.group(1) : "";
			boolean found = messages.keySet()
				.stream()
				.anyMatch((key) -> key.length() > prefix.length() + suffix.length() && key.startsWith(prefix)
						&& key.endsWith(suffix));
			if (!found) {
				missing.add("#{" + expression + "} (no key " + prefix + "*" + suffix + ")");
			}
		}
		assertThat(missing).as("message keys used in templates/%s but not in %s", template, ENGLISH).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void templateHoldsNoTextOfItsOwn(String template) throws IOException {
		Document document = parse(template);
		List<String> hardCoded = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (TextNode text : element.textNodes()) {
				if (!text.isBlank() && !replacedAtRuntime(element)) {
					hardCoded.add("\"" + text.text().strip() + "\" in " + describe(element));
				}
			}
		}
		assertThat(hardCoded).as("text written in templates/%s instead of coming from the messages", template)
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void templateHasNoLiteralAttributeForPeople(String template) throws IOException {
		Document document = parse(template);
		List<String> literal = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				if (PEOPLE_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isBlank()) {
					literal.add(attribute.getKey() + "=\"" + attribute.getValue() + "\" on " + describe(element));
				}
			}
			if (element.nameIs("input") && Set.of("submit", "button", "reset").contains(element.attr("type"))
					&& !element.attr("value").isBlank()) {
				literal.add("value=\"" + element.attr("value") + "\" on " + describe(element));
			}
		}
		assertThat(literal).as("attributes people read written in templates/%s instead of th:-prefixed", template)
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void templateHasNothingTheContentSecurityPolicyForbids(String template) throws IOException {
		Document document = parse(template);
		List<String> forbidden = new ArrayList<>();
		for (Element element : document.select("script, style")) {
			// a script file of the application's own is allowed ('self'); inline code is
			// not
			boolean external = element.tagName().equals("script") && element.hasAttr("th:src")
					&& element.data().isBlank();
			if (!external) {
				forbidden.add("<" + element.tagName() + "> element: " + describe(element));
			}
		}
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().replaceFirst("^(data-)?th:?-?", "");
				String value = attribute.getValue();
				if (name.equals("style") || name.startsWith("on")) {
					forbidden.add(attribute.getKey() + "=\"" + value + "\" on " + describe(element));
				}
				if (Set.of("attr", "attrappend", "attrprepend").contains(name)
						&& SCRIPT_IN_ATTR.matcher(value).find()) {
					forbidden.add(attribute.getKey() + "=\"" + value + "\" (sets a style or handler) on "
							+ describe(element));
				}
				if (Set.of("href", "src", "action", "formaction").contains(name)
						&& value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
					forbidden.add(attribute.getKey() + "=\"" + value + "\" on " + describe(element));
				}
			}
		}
		assertThat(forbidden)
			.as("scripts, inline styles or event handlers in templates/%s, which the Content Security Policy forbids",
					template)
			.isEmpty();
	}

	@Test
	void theTestsSeeTheTemplatesAndTheMessages() throws IOException {
		assertThat(templates()).contains("questionnaire/form.html", "home.html", "fragments/layout.html");
		assertThat(messages(ENGLISH)).containsKeys("form.heading", "home.heading", "NotBlank.questionnaire.clientName");
		assertThat(literalText("Your doctor''s {0} go-ahead")).containsExactly("Your doctor's ", " go-ahead");
		assertThat(argumentIndexes("{1} every {0,choice,1#day|1<{0,number,integer} days}", Locale.ENGLISH))
			.containsExactly(0, 1);
		assertThat(format("Your doctor's {0} go-ahead", Locale.ENGLISH)).doesNotContain("doctor's");
	}

	static List<String> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html"))
				.map((file) -> TEMPLATES.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

	private static Document parse(String template) throws IOException {
		return Jsoup.parse(Files.readString(TEMPLATES.resolve(template), StandardCharsets.UTF_8));
	}

	/** Whether the element, or one around it, has its content replaced at runtime. */
	private static boolean replacedAtRuntime(Element element) {
		for (Element candidate = element; candidate != null; candidate = candidate.parent()) {
			for (String attribute : TEXT_ATTRIBUTES) {
				if (candidate.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(Element element) {
		StringBuilder path = new StringBuilder();
		for (Element current = element; current != null && !current.nameIs("#root"); current = current.parent()) {
			String name = current.tagName() + (current.id().isEmpty() ? "" : "#" + current.id());
			path.insert(0, (path.length() > 0) ? name + " > " : name);
		}
		return "<" + path + ">";
	}

	/**
	 * The whole {@code #{...}} expression that starts at {@code start}, braces inside it
	 * included.
	 */
	private static String expressionAt(String source, int start) {
		int depth = 0;
		for (int i = start + 1; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return source.substring(start + 2, i);
			}
		}
		return source.substring(start + 2);
	}

	/**
	 * Formats a pattern with a made-up argument for each index: a number where the
	 * pattern formats a number or a choice, a marker string otherwise.
	 */
	private static String format(String pattern, Locale locale) {
		MessageFormat format = new MessageFormat(pattern, locale);
		return format.format(arguments(format, pattern));
	}

	private static Object[] arguments(MessageFormat format, String pattern) {
		Format[] formats = format.getFormatsByArgumentIndex();
		int count = formats.length;
		Matcher indexes = ARGUMENT_INDEX.matcher(pattern);
		while (indexes.find()) {
			count = Math.max(count, Integer.parseInt(indexes.group(1)) + 1);
		}
		Object[] arguments = new Object[count];
		for (int i = 0; i < count; i++) {
			Format argumentFormat = (i < formats.length) ? formats[i] : null;
			if (argumentFormat instanceof NumberFormat) {
				arguments[i] = 7;
			}
			else if (argumentFormat instanceof DateFormat) {
				arguments[i] = new Date(0);
			}
			else {
				arguments[i] = "\u2039arg" + i + "\u203a";
			}
		}
		try {
			format.format(arguments);
		}
		catch (IllegalArgumentException ex) {
			// an index used only as a number inside a choice
			for (int i = 0; i < count; i++) {
				if (arguments[i] instanceof String) {
					arguments[i] = 7;
				}
			}
		}
		return arguments;
	}

	/**
	 * The argument indexes a pattern prints: those whose value changes what it prints.
	 */
	private static Set<Integer> argumentIndexes(String pattern, Locale locale) {
		MessageFormat format = new MessageFormat(pattern, locale);
		Object[] arguments = arguments(format, pattern);
		String printed = format.format(arguments);
		Set<Integer> used = new TreeSet<>();
		for (int i = 0; i < arguments.length; i++) {
			List<Object> others = (arguments[i] instanceof Number) ? List.of(1, 0, 13, 2)
					: List.of("\u2039other\u203a");
			for (Object other : others) {
				Object[] changed = arguments.clone();
				changed[i] = other;
				if (!format.format(changed).equals(printed)) {
					used.add(i);
					break;
				}
			}
		}
		return used;
	}

	/**
	 * The text of a pattern outside its arguments, as it should print when every
	 * apostrophe is doubled ({@code ''} prints {@code '}).
	 */
	private static List<String> literalText(String pattern) {
		List<String> literals = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{') {
				if (depth == 0) {
					literals.add(current.toString());
					current.setLength(0);
				}
				depth++;
			}
			else if (c == '}') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0) {
				if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
					i++;
				}
				current.append(c);
			}
		}
		literals.add(current.toString());
		return literals.stream().filter((literal) -> !literal.isBlank()).toList();
	}

	/** The messages of a bundle, read as Spring reads them: UTF-8 properties. */
	private static Map<String, String> messages(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new StringReader(read(bundle))) {
			properties.load(reader);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.forEach((key, value) -> messages.put((String) key, (String) value));
		return messages;
	}

	/** The keys of a bundle in the order they are written, repeats included. */
	private static List<String> keysInFileOrder(String bundle) throws IOException {
		List<String> keys = new ArrayList<>();
		boolean continuation = false;
		for (String line : read(bundle).split("\\R")) {
			String trimmed = line.stripLeading();
			boolean startsEntry = !continuation && !trimmed.isEmpty() && !trimmed.startsWith("#")
					&& !trimmed.startsWith("!");
			if (startsEntry) {
				Properties single = new Properties();
				single.load(new StringReader(trimmed.replaceFirst("\\\\+$", "")));
				keys.addAll(single.stringPropertyNames());
			}
			int backslashes = 0;
			for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
				backslashes++;
			}
			continuation = (startsEntry || continuation) && backslashes % 2 == 1;
		}
		return keys;
	}

	/** A bundle's text; fails if it is not valid UTF-8, which Spring reads it as. */
	private static String read(String bundle) throws IOException {
		byte[] bytes = Files.readAllBytes(RESOURCES.resolve(bundle));
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError(bundle + " is not valid UTF-8", ex);
		}
	}

	private static void assumeFrench() {
		assumeExists(FRENCH);
	}

	private static void assumeExists(String bundle) {
		assertThat(RESOURCES.resolve(bundle)).as("the message bundle %s", bundle).isRegularFile();
	}

}
