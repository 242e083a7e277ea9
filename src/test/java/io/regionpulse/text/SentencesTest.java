package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAtChineseStopsAndKeepsClosingQuote() {
        String t = "他说：“要加快建设。”随后离开。\n第二段！";
        List<Sentence> s = Sentences.split(t);
        assertThat(s).extracting(x -> t.substring(x.start(), x.end())).containsExactly("他说：“要加快建设。”", "随后离开。", "第二段！");
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(Sentences.split("  \n ")).isEmpty();
    }
}
