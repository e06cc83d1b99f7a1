package org.reformkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformkit.core.text.SafeText;

/**
 * Every way a text can fail to be JSON is told in the reader's own words, with a pointer, a line
 * and a column: never a class name, a parser's feature, a source description or a character code.
 */
class MalformedJsonMessagesTest {
  /** What only a parser's message for its developers would contain. */
  private static final Pattern PARSER_WORDS =
      Pattern.compile(
          "Exception|\\[Source|Feature|REDACTED|ALLOW_|jackson|CTRL-CHAR|\\bcode \\d|expecting"
              + "|Unexpected|Unrecognized|Illegal|end-of-input|#UNKNOWN|\\b[a-z]+\\.[a-z]+\\.[A-Z]");

  static List<MalformedJsonCorpus.Case> corpus() throws IOException {
    return MalformedJsonCorpus.cases(SafeMessagesTest.minimal());
  }

  @Test
  void theCorpusHasAFewHundredDocumentsEachNamedOnce() throws IOException {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(corpus().stream().map(MalformedJsonCorpus.Case::name)).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachMalformedDocumentIsRefusedInPlainWordsWithWhereItWentWrong(
      MalformedJsonCorpus.Case malformed) {
    assertPlainRefusal(
        catchThrowable(
            () -> ReformJson.reader().read(new ByteArrayInputStream(malformed.bytes()))));
    assertPlainRefusal(
        catchThrowable(() -> ReformJson.reader().keepingUnknown().read(malformed.bytes())));
    String text = new String(malformed.bytes(), StandardCharsets.UTF_8);
    if (!text.contains("\ufffd")) {
      // read as text, the same document is refused the same way
      assertPlainRefusal(catchThrowable(() -> ReformJson.reader().read(text)));
    }
  }

  private static void assertPlainRefusal(Throwable thrown) {
    assertThat(thrown).isInstanceOf(ReformJsonException.class);
    ReformJsonException e = (ReformJsonException) thrown;
    assertThat(e.problem()).doesNotContainPattern(PARSER_WORDS).isNotBlank();
    assertThat(SafeText.needsEscaping(e.getMessage())).as(e.getMessage()).isFalse();
    assertThat(e.pointer()).matches("(/[^/]*)*");
    assertThat(e.line()).as(e.getMessage()).isPositive();
    assertThat(e.column()).as(e.getMessage()).isPositive();
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "leading zero as a value",
            "a number has a leading zero; a number starts with 0 only when it is 0 or 0.something"),
        Arguments.of(
            "plus sign as a value",
            "a number starts with '+'; a positive number is written without a sign"),
        Arguments.of(
            "lone minus as the document", "the document ends inside a number (truncated?)"),
        Arguments.of("lone minus as a value", "a number has a minus sign with no digit after it"),
        Arguments.of(
            "dot exponent as a value", "a number has a decimal point with no digit after it"),
        Arguments.of(
            "empty exponent as a value",
            "a number has an exponent (e or E) with no digit after it"),
        Arguments.of("two dots as a value", "a number has more than one decimal point"),
        Arguments.of(
            "hex as a value", "a number is written in hexadecimal; JSON numbers are decimal"),
        Arguments.of(
            "digit then letter as the document",
            "found 'a' after a value; the document is one JSON object"),
        Arguments.of(
            "short true as a value",
            "'tru' is not a JSON value; expected a value: a string in double quotes, a number, an"
                + " object, an array, true, false or null (true, false and null in lower case)"),
        Arguments.of(
            "single quotes as a value",
            "expected a value: a string in double quotes, a number, an object, an array, true,"
                + " false or null, found a single quote; strings are written in double quotes"),
        Arguments.of(
            "single-quoted name as a value",
            "expected a property name in double quotes, found a single quote; names are written in"
                + " double quotes"),
        Arguments.of(
            "double comma as a value",
            "expected a value: a string in double quotes, a number, an object, an array, true,"
                + " false or null, found ','"),
        Arguments.of(
            "ideographic space as a value",
            "expected a value: a string in double quotes, a number, an object, an array, true,"
                + " false or null, found '\u3000' (U+3000)"),
        Arguments.of(
            "raw newline as a value",
            "a string holds the control character U+000A as it is; write it as an escape such as"
                + " \\n, \\t or \\u001b"),
        Arguments.of(
            "bad escape as a value",
            "'\\q' is not an escape of JSON; a backslash in a string starts \\\", \\\\, \\/, \\b,"
                + " \\f, \\n, \\r, \\t or \\u and four hexadecimal digits"),
        Arguments.of(
            "non-hex unicode escape as a value",
            "a \\u escape needs four hexadecimal digits, found 'G'"),
        Arguments.of(
            "unclosed array as the document",
            "the document ends inside an array; every '[' needs its ']' (truncated?)"),
        Arguments.of(
            "unclosed object as the document",
            "the document ends inside an object; every '{' needs its '}' (truncated?)"),
        Arguments.of(
            "unterminated string as the document",
            "the document ends inside a string; a string needs its closing double quote"
                + " (truncated?)"),
        Arguments.of(
            "array closed by brace as a value",
            "'}' cannot close the array that is open here; expected ']'"),
        Arguments.of(
            "object closed by bracket as a value",
            "']' cannot close the object that is open here; expected '}'"),
        Arguments.of(
            "trailing comma in object as a value",
            "expected a property name in double quotes, found '}'; an object does not end with a"
                + " comma"),
        Arguments.of(
            "unquoted name as a value", "expected a property name in double quotes, found 'a'"),
        Arguments.of(
            "missing comma in array as a value",
            "expected ',' or ']' after an element of an array, found '2'"),
        Arguments.of(
            "missing comma in object as a value",
            "expected ',' or '}' after the value of a property, found '\"'"),
        Arguments.of("missing colon as a value", "expected ':' after a property name, found '1'"),
        Arguments.of("stray closing bracket as the document", "']' closes no array"),
        Arguments.of("stray closing brace as the document", "'}' closes no object"),
        Arguments.of(
            "form feed as a value",
            "the control character U+000C is not allowed between values; only spaces, tabs and"
                + " line breaks are"),
        Arguments.of(
            "UTF-16 big-endian",
            "the control character U+0000 is not allowed between values; only spaces, tabs and"
                + " line breaks are (a document saved as UTF-16 or UTF-32 has such characters:"
                + " JSON is UTF-8)"),
        Arguments.of(
            "lone high surrogate in a name",
            "a string holds half of a surrogate pair (an escape from \\ud800 to \\udfff) without"
                + " its other half"),
        Arguments.of("line comment as a value", "comments are not allowed in JSON"),
        Arguments.of(
            "nan as a value",
            "'NaN' is not a JSON number; NaN and Infinity cannot be written in JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void saysWhatIsWrongAsAPersonWould(String name, String problem) throws IOException {
    MalformedJsonCorpus.Case malformed =
        corpus().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    Throwable thrown =
        catchThrowable(() -> ReformJson.reader().read(new ByteArrayInputStream(malformed.bytes())));
    assertThat(thrown).isInstanceOf(ReformJsonException.class);
    assertThat(((ReformJsonException) thrown).problem()).isEqualTo(problem);
  }

  @Test
  void saysNothingOfTheParsersWordsForAMessageItDoesNotKnow() {
    assertThat(SyntaxErrors.describe("Something new happened (code 7) [Source: REDACTED]"))
        .isEqualTo("the text is not valid JSON here");
    assertThat(SyntaxErrors.describe("Unexpected character ((code 99999999)) here"))
        .isEqualTo(
            "expected a value: a string in double quotes, a number, an object, an array, true,"
                + " false or null, found something else");
    assertThat(SyntaxErrors.describe("Unexpected end-of-input in a comment"))
        .isEqualTo("the document ends inside a comment (truncated?)");
    assertThat(SyntaxErrors.describe("Unexpected end-of-input"))
        .isEqualTo("the document ends before it is complete (truncated?)");
    assertThat(SyntaxErrors.describe("Invalid numeric value: something"))
        .isEqualTo("a number is not written as JSON writes numbers");
    assertThat(SyntaxErrors.describe("Invalid UTF-8 start byte 0xff"))
        .isEqualTo("the input is not valid UTF-8; save the document as UTF-8");
  }
}
