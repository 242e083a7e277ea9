package io.regionpulse.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * One JSON-lines page with the field names crawlers and feed exporters use:
 * {@code {"url": …, "title": …, "html" | "content" | "text" | "body": …, "published" | "date" |
 * "publish_time" | "pubtime" | "time": …, "fetched_at": …, "source" | "site": …, "author": …}}.
 * Keys are matched case-insensitively. Bytes that are not UTF-8 are read as GB18030 (some
 * exporters write GBK JSON).
 */
public record JsonPage(
        String url,
        String title,
        String html,
        String text,
        String published,
        Instant fetchedAt,
        String source,
        String author,
        String charset) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String[] URL_KEYS = {"url", "link", "source_url", "page_url", "uri", "target_uri"};
    static final String[] TITLE_KEYS = {"title", "headline", "name"};
    static final String[] HTML_KEYS = {"html", "raw_html", "content_html", "html_content", "page_html"};
    static final String[] TEXT_KEYS = {"content", "text", "body", "article", "maintext", "main_text", "contents"};
    static final String[] PUBLISHED_KEYS = {
        "published",
        "published_at",
        "publish_time",
        "publishtime",
        "pubtime",
        "pub_time",
        "pubdate",
        "publish_date",
        "date_published",
        "datepublished",
        "date",
        "datetime",
        "time",
        "created_at",
        "ctime",
        "release_time"
    };
    static final String[] FETCHED_KEYS = {
        "fetched_at",
        "fetch_time",
        "fetched",
        "crawl_time",
        "crawled_at",
        "crawled",
        "download_time",
        "scraped_at",
        "warc_date"
    };
    static final String[] SOURCE_KEYS = {"source", "source_name", "media", "publisher", "site", "site_name", "outlet"};
    static final String[] AUTHOR_KEYS = {"author", "authors", "byline", "reporter", "editor"};

    /** Parses one line; null when it is not a JSON object. */
    public static JsonPage parse(byte[] line) {
        String charset = Charsets.utf8Check(line, Integer.MAX_VALUE).valid() ? "UTF-8" : "GB18030";
        String s = new String(
                line, "UTF-8".equals(charset) ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("GB18030"));
        JsonNode node;
        try {
            node = MAPPER.readTree(s);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        return new JsonPage(
                field(node, URL_KEYS),
                field(node, TITLE_KEYS),
                field(node, HTML_KEYS),
                field(node, TEXT_KEYS),
                field(node, PUBLISHED_KEYS),
                Dates.parseInstant(field(node, FETCHED_KEYS)),
                field(node, SOURCE_KEYS),
                field(node, AUTHOR_KEYS),
                charset);
    }

    /** The first non-blank value among {@code keys}; arrays are joined, objects give their "name". */
    static String field(JsonNode obj, String[] keys) {
        for (String k : keys) {
            JsonNode v = get(obj, k);
            String s = asText(v);
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    private static JsonNode get(JsonNode obj, String key) {
        JsonNode v = obj.get(key);
        if (v != null) {
            return v;
        }
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : v) {
                String s = asText(x);
                if (s != null && !s.isBlank()) {
                    if (sb.length() > 0) {
                        sb.append(v.size() > 0 && x.isTextual() && s.length() > 40 ? "\n" : " ");
                    }
                    sb.append(s);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        if (v.isObject()) {
            JsonNode n = v.get("name");
            return n == null ? null : asText(n);
        }
        return null;
    }
}
