package io.mvgraph.workitem;

import io.mvgraph.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchTextTests {

	@Test
	void shouldQuoteEveryWordSoThatNoOperatorSurvives() {
		assertThat(SearchText.toLuceneQuery("avatar AND (digital")).isEqualTo("\"avatar\" \"and\" \"(digital\"");
		assertThat(SearchText.toLuceneQuery("title:x* \"q")).isEqualTo("\"title:x*\" \"\\\"q\"");
		assertThat(SearchText.toLuceneQuery("a\\b")).isEqualTo("\"a\\\\b\"");
	}

	@Test
	void shouldDropWordsWithoutLettersOrDigits() {
		assertThat(SearchText.toLuceneQuery("* haptics ~ ")).isEqualTo("\"haptics\"");
		assertThatThrownBy(() -> SearchText.toLuceneQuery("* ? !")).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> SearchText.toLuceneQuery(" ")).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> SearchText.toLuceneQuery("x".repeat(501))).isInstanceOf(ApiException.class);
	}

}
