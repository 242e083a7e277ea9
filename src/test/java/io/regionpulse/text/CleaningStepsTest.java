package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.codes.CleanFlag;
import io.regionpulse.codes.DateSource;
import io.regionpulse.codes.OriginalScript;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven cases for each step of {@link PageCleaner}, one step at a time. */
class CleaningStepsTest {

    /** A converter that maps a few Traditional characters, enough to tell the scripts apart. */
    static final ScriptConverter FAKE = new ScriptConverter() {
        final Map<Character, Character> map = Map.of('聯', '联', '國', '国', '經', '经', '濟', '济', '發', '发');

        @Override
        public String toSimplified(String text) {
            StringBuilder b = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                b.append(map.getOrDefault(c, c));
            }
            return b.toString();
        }

        @Override
        public double traditionalShare(String text) {
            return 0;
        }
    };

    // --- PageDecoder --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "txt   | ''                                                       | empty_after_cleaning",
                "jsonl | [1,2]                                                    | malformed_record",
                "jsonl | {\"url\":\"http://a.cn/x\"}                              | empty_after_cleaning",
                "txt   | 今天天气很好，我们去公园。                                 | ok",
                "jsonl | {\"content\":\"重庆市今天发布通知。\",\"title\":\"通知\"}   | ok",
                "md    | '---\ntitle: 标题\ndate: 2024-01-02\n---\n正文在这里。'    | ok",
            })
    void decoderRejectsOrPasses(String format, String input, String expected) {
        byte[] raw = input.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        PageDecoder.Decoded d = PageDecoder.decode(
                new PageInput("p", "s", 0, null, format, "UTF-8", raw, null), CleanerSettings.defaults());
        assertThat(d.reject() == null ? "ok" : d.reject().rejectReason()).isEqualTo(expected);
    }

    @Test
    void decoderUnwrapsJsonAndFrontMatterMetadata() {
        String json = "{\"content\":\"正文。\",\"title\":\"标题甲\",\"published\":\"2024-01-02 08:00\","
                + "\"url\":\"http://a.cn/1\"}";
        PageDecoder.Decoded j = PageDecoder.decode(
                new PageInput("p", "s", 0, null, "jsonl", "UTF-8", json.getBytes(StandardCharsets.UTF_8), null),
                CleanerSettings.defaults());
        assertThat(j.text()).isEqualTo("正文。");
        assertThat(j.meta().title).isEqualTo("标题甲");
        assertThat(j.meta().url).isEqualTo("http://a.cn/1");
        assertThat(j.meta().published).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));

        String md = "---\ntitle: 标题乙\nsource: 某某日报\n---\n正文第一段。";
        PageDecoder.Decoded m = PageDecoder.decode(
                new PageInput("p", "s", 0, null, "md", "UTF-8", md.getBytes(StandardCharsets.UTF_8), null),
                CleanerSettings.defaults());
        assertThat(m.text().strip()).isEqualTo("正文第一段。");
        assertThat(m.meta().title).isEqualTo("标题乙");
        assertThat(m.meta().source).isEqualTo("某某日报");
    }

    @Test
    void decoderRejectsTooLarge() {
        byte[] raw = "很长的文字。".repeat(100).getBytes(StandardCharsets.UTF_8);
        PageDecoder.Decoded d = PageDecoder.decode(
                new PageInput("p", "s", 0, null, "txt", "UTF-8", raw, null), new CleanerSettings(20, 0.3, 100));
        assertThat(d.reject().rejectReason()).isEqualTo("too_large");
    }

    // --- PageLines ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<!DOCTYPE html><p>x                   | true",
                "<div><p>一</p><span>二</span></div>    | true",
                "纯文本，没有标记。                        | false",
                "a < b and <p> once                   | false",
                "纯文本 <b>一处</b>                     | false",
            })
    void htmlIsRecognisedByContent(String s, boolean html) {
        assertThat(PageLines.looksHtml(s)).isEqualTo(html);
    }

    @Test
    void htmlLinesMarkContentAndMergeHeadMetadata() {
        String html = "<html><head><title>标题_某网</title><meta name=\"author\" content=\"张三\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00+08:00\"></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">新闻</a></div><h1>标题</h1>"
                + "<div class=\"article\"><p>第一段正文，讲的是一件事情，内容比较长，足够算作正文。</p>"
                + "<p>第二段正文，继续讲这件事情，也有标点符号，并且足够长。</p></div></body></html>";
        PageMeta meta = new PageMeta();
        PageLines.Lines l = PageLines.split(html, meta);
        assertThat(l.html()).isTrue();
        assertThat(meta.h1).isEqualTo("标题");
        assertThat(meta.author).isEqualTo("张三");
        assertThat(meta.published).isEqualTo(Instant.parse("2024-03-01T02:00:00Z"));
        int first = l.lines().indexOf("第一段正文，讲的是一件事情，内容比较长，足够算作正文。");
        assertThat(l.inContent().get(first)).isTrue();
        assertThat(l.inContent().get(l.lines().indexOf("首页 新闻"))).isFalse();
    }

    @Test
    void textLinesAreAllContentWithMarkdownStripped() {
        PageLines.Lines l = PageLines.split("## 小标题\n**正文**一段。", new PageMeta());
        assertThat(l.html()).isFalse();
        assertThat(l.inContent()).isNull();
        assertThat(l.lines()).hasSize(2);
        assertThat(l.lines().get(1)).doesNotContain("**");
    }

    // --- ScriptCheck --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "联合国经济发展报告今天发布了                  | simplified  | ''",
                "聯合國經濟發展報告今天發布了                  | traditional | converted_t2s",
                "联合国经济发展报告今天发布了很多内容和数据啊聯 | mixed       | converted_t2s",
                "川渝聯(lián)手打造科创中心新区建设工作        | mixed       | pinyin_removed converted_t2s",
                "２０２４年ＧＤＰ增长                          | simplified  | ''",
            })
    void scriptAndFlags(String in, String script, String flags) {
        ScriptCheck.Repaired r = new ScriptCheck(FAKE).repair(in);
        assertThat(r.script().code()).isEqualTo(script);
        assertThat(String.join(" ", r.flags().stream().map(CleanFlag::code).toList()))
                .isEqualTo(flags);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "重庆市今天发布通知                             | 1.00",
                "The city issued a notice today                 | 0.00",
                "GDP增长百分之五                                | 0.89",
                "日本の東京で会議                               | 1.00",
                "''                                             | 0.00",
            })
    void chineseShareCountsLatinWordsNotLetters(String text, double share) {
        assertThat(ScriptCheck.chineseShare(text)).isCloseTo(share, org.assertj.core.data.Offset.offset(0.01));
    }

    // --- PublishDates -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "M B K Y U F | metadata",
                "- B K Y U F | header",
                "- - K Y U F | header",
                "- - - Y U F | body",
                "- - - - U F | url",
                "- - - - - F | fetched",
                "- - - - - - | ''",
            })
    void publishDatePrecedence(String present, String winner) {
        List<String> p = Arrays.asList(present.split(" "));
        Instant[] v = new Instant[6];
        for (int i = 0; i < 6; i++) {
            v[i] = p.get(i).equals("-") ? null : Instant.parse("2024-01-0" + (i + 1) + "T00:00:00Z");
        }
        PublishDates.Choice c = PublishDates.pick(
                new PublishDates.Candidates(v[0], v[1], v[2], v[3], v[4], v[5]), Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(c.source() == null ? "" : c.source().code()).isEqualTo(winner);
        if (c.source() != null) {
            assertThat(c.instant())
                    .isEqualTo(v[
                            c.source() == DateSource.HEADER && v[1] == null
                                    ? 2
                                    : List.of(
                                                    DateSource.METADATA,
                                                    DateSource.HEADER,
                                                    DateSource.HEADER,
                                                    DateSource.BODY,
                                                    DateSource.URL,
                                                    DateSource.FETCHED)
                                            .indexOf(c.source())]);
        }
    }

    @ParameterizedTest(name = "meta {0}, byline {1}, fetched {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a metadata date a month after the fetch: the byline wins
                "2024-03-01T00:00:00Z | 2024-01-30T02:00:00Z | 2024-02-01T00:00:00Z | header",
                // within the margin (China's tomorrow of a UTC fetch): still metadata
                "2024-02-02T02:00:00Z | 2024-01-30T02:00:00Z | 2024-02-01T00:00:00Z | metadata",
                // every page date in the future: the fetch time
                "2030-01-01T00:00:00Z | 2029-05-01T00:00:00Z | 2024-02-01T00:00:00Z | fetched",
                // no fetch time: the run time (2024-02-01) is the limit
                "2030-01-01T00:00:00Z | 2024-01-30T02:00:00Z | ''                   | header",
                "2030-01-01T00:00:00Z | ''                   | ''                   | ''",
            })
    void futureDatesAreNotPublishDates(String meta, String byline, String fetched, String winner) {
        PublishDates.Choice c = PublishDates.pick(
                new PublishDates.Candidates(inst(meta), inst(byline), null, null, null, inst(fetched)),
                Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(c.source() == null ? "" : c.source().code()).isEqualTo(winner);
    }

    private static Instant inst(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023年度工作报告",
                "2023年",
                "发布时间：2023",
                "© 2019-2024 版权所有",
                "2023年10月",
                "2023",
            })
    void yearOnlyStringsAreNeverDates(String text) {
        assertThat(Dates.parseInstant(text)).isNull();
        assertThat(Bylines.parse(text).date()).isNull();
    }

    // --- codes --------------------------------------------------------------------------------

    @Test
    void tableCodesAreStable() {
        assertThat(Arrays.stream(DateSource.values()).map(DateSource::code))
                .containsExactly("metadata", "header", "body", "url", "fetched");
        assertThat(Arrays.stream(CleanFlag.values()).map(CleanFlag::code))
                .containsExactly("pinyin_removed", "mojibake", "mojibake_repaired", "converted_t2s");
        assertThat(Arrays.stream(OriginalScript.values()).map(OriginalScript::code))
                .containsExactly("simplified", "traditional", "mixed");
    }
}
