package io.regionpulse.gen;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes HTTP response records the way a crawler stores them, so that our own WARC fixtures
 * look like real crawls: {@code Content-Type: text/html; charset=GBK} in the HTTP header and the
 * body in that charset. Record ids are derived from the URL and date, so the same input gives
 * the same file.
 */
public final class WarcPages {
    private WarcPages() {}

    /**
     * Appends one {@code response} record.
     *
     * @param contentType the HTTP header value, e.g. {@code "text/html; charset=GBK"}
     * @param body the payload already encoded in the charset the header names
     */
    public static void writeResponse(WarcWriter writer, String url, Instant fetchedAt, String contentType, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Server", "nginx")
                .addHeader(
                        "Date",
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                fetchedAt.atZone(java.time.ZoneOffset.UTC)))
                .body(MediaType.parseLeniently(contentType), body)
                .build();
        UUID id = UUID.nameUUIDFromBytes((url + "|" + fetchedAt).getBytes(StandardCharsets.UTF_8));
        WarcResponse record = new WarcResponse.Builder(URI.create(url))
                .recordId(id)
                .date(fetchedAt)
                .body(http)
                .build();
        writer.write(record);
    }
}
