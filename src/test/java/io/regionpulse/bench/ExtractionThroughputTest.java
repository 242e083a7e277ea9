package io.regionpulse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionThroughputTest {

    @Test
    void measuresFourStepsOnTheGivenDocuments() {
        List<ExtractionThroughput.Figure> figures =
                ExtractionThroughput.measure(List.of("川渝两地合作不断深化。", "记者从重庆市科技局获悉，成都将参加。"), 1);
        assertThat(figures).hasSize(4).allSatisfy(f -> {
            assertThat(f.chars()).isEqualTo(29);
            assertThat(f.nanos()).isPositive();
        });
    }

    @Test
    void readsJsonLinesAndPrintsATable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("docs.jsonl");
        Files.writeString(
                file,
                "{\"id\": \"a\", \"content\": \"长三角科技创新共同体建设加快。\"}\n"
                        + "{\"id\": \"b\", \"content\": \"粤港澳大湾区建设提速。\"}\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ExtractionThroughput.run(
                new String[] {file.toString(), "1"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("2 documents")
                .contains("| RegionMatcher alone (tokens given) |");
    }

    @Test
    void refusesToRunWithoutInput() throws IOException {
        assertThat(ExtractionThroughput.run(
                        new String[0], new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
    }
}
