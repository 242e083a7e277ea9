package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.nlp.HanlpScriptConverter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that break naive cleaners (deep nesting, one huge line, label storms): an outcome, never an exception. */
class HostileInputTest {
    private static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
    private static final String SENTENCE = "重庆与四川联合发布协同创新行动方案，共建成渝科创走廊。";

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("20 000 nested divs", "html", (Supplier<String>)
                        () -> "<div>".repeat(20_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(20_000)),
                Arguments.of("one 1 MB line without breaks", "txt", (Supplier<String>) () -> SENTENCE.repeat(40_000)),
                Arguments.of("label storm", "txt", (Supplier<String>)
                        () -> ("来源:来源:作者:时间:2022-03-11 编辑:" + " ").repeat(5_000) + "\n" + SENTENCE),
                Arguments.of("question marks between Han characters", "txt", (Supplier<String>)
                        () -> "意義?!敝貞c?;瘜??萍".repeat(20_000) + "\n" + SENTENCE),
                Arguments.of("pinyin-like parentheses everywhere", "txt", (Supplier<String>)
                        () -> "聯(lián(lián)".repeat(30_000) + "\n" + SENTENCE),
                Arguments.of("ten thousand list items", "txt", (Supplier<String>) () -> {
                    StringBuilder sb = new StringBuilder("标题行测试页面\n" + SENTENCE + "\n");
                    for (int i = 0; i < 10_000; i++) {
                        sb.append("- ").append(i).append(".推荐阅读标题\n");
                    }
                    return sb.toString();
                }),
                Arguments.of("unclosed tags and attribute soup", "html", (Supplier<String>)
                        () -> "<p class=\"a\" data-x='\">".repeat(5_000) + SENTENCE + "\" /> 站名-".repeat(3_000)),
                Arguments.of("random printable noise", "txt", (Supplier<String>) () -> {
                    Random r = new Random(5);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 200_000; i++) {
                        sb.append((char) (0x20 + r.nextInt(0x9FA5 - 0x20)));
                    }
                    return sb.toString();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void givesAnOutcomeNeverAnException(String name, String format, Supplier<String> text) {
        byte[] raw = text.get().getBytes(StandardCharsets.UTF_8);
        CleanOutcome o = CLEANER.clean(new PageInput("p", "test://" + name, 0, null, format, "UTF-8", raw, null));
        assertThat(o).isNotNull();
        assertThat(o.isRejected() ? o.rejectReason() : o.page().text()).isNotBlank();
    }
}
