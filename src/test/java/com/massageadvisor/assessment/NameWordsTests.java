package com.massageadvisor.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How names and searches are folded and split into the words the staff search compares.
 */
class NameWordsTests {

	@Test
	void aNameIsSplitIntoFoldedWordsOnAnythingButLettersAndDigits() {
		assertThat(NameWords.of("Zed Quillfeather")).containsExactly("zed", "quillfeather");
		assertThat(NameWords.of("  Hélène   Dupont-Lefèvre ")).containsExactly("helene", "dupont", "lefevre");
		assertThat(NameWords.of("REF-004512")).containsExactly("ref", "004512");
		assertThat(NameWords.of("J. M.")).containsExactly("j", "m");
		assertThat(NameWords.of("50%off a_b c\\d")).containsExactly("50", "off", "a", "b", "c", "d");
	}

	@Test
	void accentsAndCaseAreFoldedAndLettersThatDoNotDecomposeAreSpeltOut() {
		assertThat(NameWords.of("ÉLODIE Chloé Müller")).containsExactly("elodie", "chloe", "muller");
		assertThat(NameWords.of("Jürgen Straße STRASSE")).containsExactly("jurgen", "strasse");
		assertThat(NameWords.of("Lætitia Œuvray Søren Łukasz Đorđe Þór")).containsExactly("laetitia", "oeuvray",
				"soren", "lukasz", "dorde", "thor");
		assertThat(NameWords.of("İpek Yıldız")).containsExactly("ipek", "yildiz");
		assertThat(NameWords.of("Ñandú ﬁnn ＡＢＣ")).containsExactly("nandu", "finn", "abc");
		assertThat(NameWords.of("Ольга Петрова")).as("other alphabets are kept, in lower case")
			.containsExactly("ольга", "петрова");
	}

	@Test
	void aWordWithAnApostropheIsAlsoStoredJoined() {
		assertThat(NameWords.of("Seán O'Brien")).containsExactly("sean", "o", "brien", "obrien");
		assertThat(NameWords.of("D’Artagnan")).containsExactly("d", "artagnan", "dartagnan");
		assertThat(NameWords.ofSearch("o'brien")).as("a search is not joined: each part must match")
			.containsExactly("o", "brien");
	}

	@Test
	void eachWordIsKeptOnceAndNoWordIsLongerThanTheColumn() {
		assertThat(NameWords.of("Anne anne ANNE Anné")).containsExactly("anne");
		assertThat(NameWords.of("x".repeat(150))).containsExactly("x".repeat(NameWords.MAX_WORD_LENGTH));
		assertThat(NameWords.of("ß".repeat(100)).get(0)).hasSize(NameWords.MAX_WORD_LENGTH);
		String cut = NameWords.of("a" + "\uD840\uDC00".repeat(60)).get(0);
		assertThat(cut).hasSize(NameWords.MAX_WORD_LENGTH - 1)
			.as("never half a surrogate pair")
			.endsWith("\uD840\uDC00");
	}

	@Test
	void aSearchWithoutLettersOrDigitsHasNoWords() {
		assertThat(NameWords.ofSearch("%")).isEmpty();
		assertThat(NameWords.ofSearch("_ - ' \\ 😀")).isEmpty();
		assertThat(NameWords.ofSearch("  hélène  M ")).containsExactly("helene", "m");
	}

	@Test
	void theStartOfAWordIsItsFirstThreeLettersCountedAsCodePoints() {
		assertThat(NameWords.start("quillfeather")).isEqualTo("qui");
		assertThat(NameWords.start("ab")).isEqualTo("ab");
		assertThat(NameWords.start("\uD840\uDC00\uD840\uDC01\uD840\uDC02x"))
			.isEqualTo("\uD840\uDC00\uD840\uDC01\uD840\uDC02");
		assertThat(NameWords.hasFullStart("abc")).isTrue();
		assertThat(NameWords.hasFullStart("ab")).isFalse();
		assertThat(NameWords.hasFullStart("\uD840\uDC00\uD840\uDC01")).isFalse();
	}

}
