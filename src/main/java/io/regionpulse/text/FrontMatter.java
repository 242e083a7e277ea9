package io.regionpulse.text;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML front matter of a markdown page ({@code ---} … {@code ---} at the top), as static-site
 * generators and crawl exporters write it: {@code title}, {@code date}, {@code author},
 * {@code source}, {@code url}. A date without a zone is China time (YAML itself would say UTC,
 * so date values are read from the raw text, not from the YAML timestamp).
 */
public record FrontMatter(String title, Instant date, String author, String source, String url, String body) {

    private static final Pattern OPEN = Pattern.compile("\\A[\\uFEFF\\s]{0,200}---[ \\t]*\\r?\\n");
    private static final Pattern CLOSE = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$");
    private static final String[] DATE_KEYS = {
        "date",
        "published",
        "published_at",
        "publish_date",
        "pubdate",
        "publishdate",
        "pub_date",
        "time",
        "created",
        "created_at",
        "datetime"
    };

    private static final Pattern[] DATE_LINES = new Pattern[DATE_KEYS.length];

    static {
        for (int i = 0; i < DATE_KEYS.length; i++) {
            DATE_LINES[i] = Pattern.compile("(?mi)^" + DATE_KEYS[i] + "\\s*:\\s*['\"]?([^'\"\\n]+)");
        }
    }

    /** The front matter and the body after it, or null when the text has none. */
    public static FrontMatter parse(String text) {
        Matcher o = OPEN.matcher(text);
        if (!o.lookingAt()) {
            return null;
        }
        Matcher c = CLOSE.matcher(text);
        if (!c.find(o.end()) || c.start() - o.end() > 20_000) {
            return null;
        }
        String yaml = text.substring(o.end(), c.start());
        String body = text.substring(Math.min(text.length(), c.end()));
        Map<?, ?> map = null;
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded instanceof Map<?, ?> m) {
                map = m;
            }
        } catch (RuntimeException e) {
            // broken YAML: the raw-line date below may still work
        }
        Instant date = null;
        for (int ki = 0; ki < DATE_KEYS.length; ki++) {
            String k = DATE_KEYS[ki];
            Matcher dm = DATE_LINES[ki].matcher(yaml);
            if (dm.find()) {
                date = Dates.parseInstant(dm.group(1).strip());
                if (date == null && map != null && get(map, k) instanceof Date d) {
                    date = d.toInstant();
                }
                if (date != null) {
                    break;
                }
            }
        }
        if (map == null) {
            return new FrontMatter(null, date, null, null, null, body);
        }
        String source = str(map, "source", "source_name", "publisher", "media", "site");
        if (source == null) {
            // Exporters file the outlet among the categories ("categories: [金融, 证券时报网, 要闻]").
            source = outletAmong(get(map, "categories"), get(map, "tags"));
        }
        return new FrontMatter(
                str(map, "title", "headline"),
                date,
                str(map, "author", "authors", "byline"),
                source,
                str(map, "url", "link", "permalink", "canonical"),
                body);
    }

    private static String outletAmong(Object... lists) {
        for (Object l : lists) {
            if (l instanceof java.util.List<?> list) {
                for (Object v : list) {
                    if (v != null
                            && Bylines.looksLikeOutlet(v.toString().strip())
                            && v.toString().strip().length() >= 3) {
                        return v.toString().strip();
                    }
                }
            }
        }
        return null;
    }

    private static Object get(Map<?, ?> map, String key) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() != null
                    && e.getKey().toString().toLowerCase(Locale.ROOT).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String str(Map<?, ?> map, String... keys) {
        for (String k : keys) {
            Object v = get(map, k);
            if (v instanceof java.util.List<?> l && !l.isEmpty()) {
                v = l.get(0);
            }
            if (v != null && !(v instanceof Map) && !v.toString().isBlank()) {
                return v.toString().strip();
            }
        }
        return null;
    }
}
