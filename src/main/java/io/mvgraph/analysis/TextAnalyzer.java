package io.mvgraph.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Turns a work item's text into terms: Lucene's English analysis (standard tokenizer, possessives, lower case,
 * English stop words, Porter stemming, the chain of Neo4j's {@code english} full-text analyzer) plus the words that
 * name a kind of document or a source rather than a subject. Each term keeps the first word it was seen as, so
 * that the evidence shown to people reads "avatars", not "avatar" or "avatarss".
 *
 * <p>Tokens without a letter (numbers, dates), versions and clause numbers, and one-letter tokens are dropped: they
 * identify documents, not subjects ("3d" and "5g" stay).
 */
final class TextAnalyzer {

	/**
	 * Words of designations and titles that say what kind of document or which organization, or that the data set
	 * adds about its own sources ("descriptive title", "translated"). Two items sharing them share no subject.
	 */
	static final Set<String> DOCUMENT_WORDS = Set.of("information", "technology", "part", "parts", "standard",
			"standards", "specification", "specifications", "draft", "descriptive", "title", "translated", "captured",
			"truncated", "source", "approved", "edition", "ed", "version", "rel", "release", "itu", "iso", "iec", "ieee",
			"etsi", "3gpp", "w3c", "ietf", "jtc", "sc", "wg", "sg", "tsag", "recommendation", "recommended", "practice",
			"report", "technical", "tr", "ts", "gs", "gr", "std", "supplement", "suppl", "annex", "amendment",
			"corrigendum", "type", "pwi", "pnw", "nwip", "wd", "cd", "dis", "fdis", "awi", "np", "dtr", "stage", "ex",
			"level", "module", "document", "documents", "publication", "deliverable", "contents", "table", "study");

	private static final CharArraySet STOP_WORDS;

	static {
		CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
		stop.addAll(DOCUMENT_WORDS);
		STOP_WORDS = CharArraySet.unmodifiableSet(stop);
	}

	/** A term as indexed (the stem) and as first written (the surface word). */
	record Term(String stem, String word) {
	}

	private final Analyzer analyzer = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, STOP_WORDS);
			// each token twice: first kept as it is (a keyword), then stemmed
			stream = new KeywordRepeatFilter(stream);
			stream = new PorterStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}
	};

	/** The terms of a text, in order, repeated as often as they occur. */
	List<Term> terms(String text) {
		List<Term> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream stream = this.analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
			stream.reset();
			String word = null;
			while (stream.incrementToken()) {
				if (keyword.isKeyword()) {
					word = term.toString();
					continue;
				}
				String stem = term.toString();
				String surface = word != null ? word : stem;
				word = null;
				if (keep(surface)) {
					terms.add(new Term(stem, surface));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** Versions, clause and document numbers ("v19.1.0", "f.748.27", "2024") identify documents, not subjects. */
	private static boolean keep(String word) {
		if (word.length() < 2 || word.codePoints().noneMatch(Character::isLetter)) {
			return false;
		}
		boolean digits = word.codePoints().anyMatch(Character::isDigit);
		return !(digits && (word.indexOf('.') >= 0 || word.indexOf(':') >= 0 || VERSION.matcher(word).matches()));
	}

	private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v\\d+[a-z]?");

}
