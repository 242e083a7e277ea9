package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.nlp.HanlpScriptConverter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 62 real news pages of the GeneralNewsExtractor test set ({@code ../shared/dev/html-gne-pages},
 * read at test time). Every page must give a document with a title and a body; the body must
 * start at the article's first paragraph where GNE's own (silver) output is available; and most
 * pages must get a publish date. The measured figures are written to
 * {@code <build dir>/gne-pages-report.txt}.
 */
public class GnePagesTest {
    private static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());

    public static Path dir() {
        return Path.of(System.getProperty("rp.shared.dir", "../shared")).resolve("dev/html-gne-pages");
    }

    public static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(dir().resolve("tests"))) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    public static CleanOutcome clean(Path p) throws IOException {
        byte[] raw = Files.readAllBytes(p);
        return CLEANER.clean(new PageInput("p", p.toString(), 0, null, "html", Charsets.sniff(raw, null), raw, null));
    }

    /** GNE's own output for 20 pages: relative path → content. */
    public static Map<String, String> silver() throws IOException {
        String txt = Files.readString(dir().resolve("result.txt"), StandardCharsets.UTF_8);
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile(">{5,}(tests/[^>]+?)>{5,}\\s*(\\{.*?\\})\\s*<{5,}", Pattern.DOTALL)
                .matcher(txt);
        ObjectMapper om = new ObjectMapper();
        while (m.find()) {
            JsonNode n = om.readTree(m.group(2));
            out.put(m.group(1), n.path("content").asText(""));
        }
        return out;
    }

    @Test
    void everyPageGivesTitleAndBodyMostGetADateAndBodiesStartAtTheArticle() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(dir().resolve("tests")), "GNE pages not available");
        List<Path> pages = pages();
        assertThat(pages).hasSize(62);
        Map<String, String> silver = silver();
        int dated = 0;
        int silverChecked = 0;
        int silverStartOk = 0;
        List<String> report = new ArrayList<>();
        for (Path p : pages) {
            CleanOutcome o = clean(p);
            assertThat(o.isRejected())
                    .as("%s rejected: %s %s", p, o.rejectReason(), o.rejectDetail())
                    .isFalse();
            CleanedPage d = o.page();
            assertThat(d.title()).as("title of %s", p).isNotBlank();
            assertThat(Boilerplate.han(d.text())).as("body of %s", p).isGreaterThanOrEqualTo(40);
            if (d.publishedDate() != null) {
                dated++;
            }
            String rel = dir().relativize(p).toString().replace('\\', '/');
            String gne = silver.get(rel);
            boolean startOk = true;
            if (gne != null && Boilerplate.han(gne) > 20) {
                silverChecked++;
                startOk = startsAtArticle(d.text(), gne);
                if (startOk) {
                    silverStartOk++;
                }
            }
            String first = d.text().lines().findFirst().orElse("");
            report.add(String.format(
                    "%s\t%s\t%s(%s)\t%s\t%s",
                    rel,
                    d.title(),
                    d.publishedDate(),
                    d.dateSource(),
                    gne == null ? "-" : startOk ? "start-ok" : "start-DIFF",
                    first.length() > 40 ? first.substring(0, 40) : first));
        }
        report.add(
                0,
                String.format(
                        "pages=%d dated=%d silver_checked=%d silver_start_ok=%d",
                        pages.size(), dated, silverChecked, silverStartOk));
        Files.write(buildDir().resolve("gne-pages-report.txt"), report, StandardCharsets.UTF_8);
        assertThat(dated).as("pages with a publish date").isGreaterThanOrEqualTo(57);
        assertThat(silverStartOk)
                .as("bodies starting at GNE's first paragraph")
                .isGreaterThanOrEqualTo(silverChecked - 3);
    }

    /** The build directory (target-x): the parent of the test-classes folder. */
    static Path buildDir() {
        try {
            return Path.of(GnePagesTest.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (java.net.URISyntaxException e) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
    }

    /** Our first line's opening appears at the start of GNE's content, or GNE's opening is in our first lines. */
    static boolean startsAtArticle(String ours, String gne) {
        String o = squash(ours);
        String g = squash(gne);
        String oHead = o.substring(0, Math.min(12, o.length()));
        String gHead = g.substring(0, Math.min(12, g.length()));
        return g.indexOf(oHead) >= 0 && g.indexOf(oHead) < 80 || o.indexOf(gHead) >= 0 && o.indexOf(gHead) < 80;
    }

    private static String squash(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
