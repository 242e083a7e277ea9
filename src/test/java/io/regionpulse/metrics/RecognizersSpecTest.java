package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.text.Sentence;
import io.regionpulse.text.Sentences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our number grammar and extractor against the Chinese spec cases of Microsoft Recognizers-Text
 * (read from {@code ../shared/dev/numbers-recognizers-text-zh} at test time, never copied). A case
 * agrees when the multiset of (value, unit) we resolve equals the spec's. Numbers are compared
 * with {@link NumberScanner} (every written number); percentages, currencies and dimensions with
 * {@link MetricExtractor} restricted to that kind of unit. The report (share per file and every
 * disagreement) is written to {@code <buildDir>/metrics/recognizers-report.md}.
 *
 * <p>Reproduce: {@code mvn -q -o -Drp.buildDir=target-metrics test -Dtest='RecognizersSpecTest'}.
 */
class RecognizersSpecTest {
    private static final Map<String, String> DIMENSION_NAMES = Map.ofEntries(
            Map.entry("mu", "Mu"),
            Map.entry("kg", "Kilogram"),
            Map.entry("cm", "Centimeter"),
            Map.entry("tonne", "Ton"),
            Map.entry("m", "Meter"),
            Map.entry("km", "Kilometer"),
            Map.entry("g", "Gram"),
            Map.entry("jin", "Jin"),
            Map.entry("kW", "Kilowatt"),
            Map.entry("kcal", "Kilocalorie"),
            Map.entry("Hz", "Hertz"),
            Map.entry("MHz", "Megahertz"),
            Map.entry("ug", "Microgram"),
            Map.entry("bit", "Bit"),
            Map.entry("byte", "Byte"),
            Map.entry("MB", "Megabyte"));

    /** Floors sit a little under the measured shares so that a regression fails the build. */
    @ParameterizedTest(name = "{0} agrees on at least {1}")
    @CsvSource({
        "Number/Chinese/NumberModel.json, 0.93",
        "Number/Chinese/PercentModel.json, 0.92",
        "NumberWithUnit/Chinese/CurrencyModel.json, 0.75",
        "NumberWithUnit/Chinese/DimensionModel.json, 0.72"
    })
    void agreesWithSpecCases(String file, double floor) throws IOException {
        Path specs = sharedDir().resolve("dev/numbers-recognizers-text-zh/Specs");
        Path path = specs.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "shared spec files not present: " + path);
        byte[] bytes = Files.readAllBytes(path);
        String json = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        JsonNode cases = new ObjectMapper().readTree(json);
        int total = 0;
        int same = 0;
        List<String> disagreements = new ArrayList<>();
        for (JsonNode c : cases) {
            String input = c.get("Input").asText();
            List<String> expected = new ArrayList<>();
            for (JsonNode r : c.get("Results")) {
                expected.add(expectedKey(file, r));
            }
            expected.removeIf(x -> x == null);
            List<String> ours = ours(file, input);
            expected.sort(null);
            ours.sort(null);
            total++;
            if (expected.equals(ours)) {
                same++;
            } else {
                disagreements.add("| " + input.replace("|", "\\|") + " | " + expected + " | " + ours + " |");
            }
        }
        double share = (double) same / total;
        writeReport(file, total, same, disagreements);
        assertThat(share)
                .as("share of %s cases resolved identically (%d/%d)", file, same, total)
                .isGreaterThanOrEqualTo(floor);
    }

    private static String expectedKey(String file, JsonNode r) {
        JsonNode res = r.get("Resolution");
        JsonNode v = res.get("value");
        if (v == null || v.isNull()) {
            return null;
        }
        String value = v.asText().replace("%", "");
        String unit;
        if (file.contains("Percent")) {
            unit = "percent";
        } else if (file.contains("Currency")) {
            unit = res.has("isoCurrency")
                    ? res.get("isoCurrency").asText()
                    : res.get("unit").asText();
        } else if (file.contains("Dimension")) {
            unit = res.get("unit").asText();
        } else {
            unit = "number";
        }
        return key(Double.parseDouble(value), unit);
    }

    private static List<String> ours(String file, String input) {
        List<String> out = new ArrayList<>();
        if (file.contains("NumberModel")) {
            for (NumberToken t : NumberScanner.scan(input)) {
                out.add(key(t.value(), "number"));
            }
            return out;
        }
        List<Sentence> sentences = Sentences.split(input);
        for (MetricMention m : new MetricExtractor().extract(input, sentences, List.of(), LocalDate.of(2020, 1, 1))) {
            String u = m.unit();
            if (file.contains("Percent") && (u.equals("percent") || u.equals("percentage_point"))) {
                out.add(key(m.value(), "percent"));
            } else if (file.contains("Currency") && u.matches("[A-Z]{3}")) {
                out.add(key(m.value(), u));
            } else if (file.contains("Dimension") && DIMENSION_NAMES.containsKey(u)) {
                out.add(key(m.value(), DIMENSION_NAMES.get(u)));
            }
        }
        return out;
    }

    private static String key(double v, String unit) {
        // 12 significant digits: the spec writes 350.333333333333
        return new java.math.BigDecimal(v)
                        .round(new java.math.MathContext(12))
                        .stripTrailingZeros()
                        .toPlainString() + " " + unit;
    }

    private static void writeReport(String file, int total, int same, List<String> disagreements) throws IOException {
        Path dir = Path.of(System.getProperty("rp.buildDir.path", "target-metrics"), "metrics");
        Path base = Path.of(System.getProperty("rp.project.dir", ".")).resolve(dir);
        Files.createDirectories(base);
        String name = file.substring(file.lastIndexOf('/') + 1).replace(".json", "");
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "## %s: %d/%d = %.1f%%%n%n| input | spec | ours |%n|---|---|---|%n",
                name, same, total, 100.0 * same / total));
        for (String d : disagreements) {
            b.append(d).append('\n');
        }
        Files.writeString(base.resolve("recognizers-" + name + ".md"), b.toString());
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("rp.shared.dir", "../shared"));
    }
}
