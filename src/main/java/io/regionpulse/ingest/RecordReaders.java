package io.regionpulse.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads the records of one input file, chosen by its name: {@code .txt, .html/.htm, .md,
 * .jsonl(.gz), .warc(.gz)}. Never throws for bad content: a broken record becomes a rejected
 * {@link RawRecord} and reading goes on where it can.
 *
 * <p>FOUNDATION VERSION: whole-file formats and JSON lines; WARC and charset detection are
 * filled in by the ingest work.
 */
public final class RecordReaders {
  private RecordReaders() {}

  /** The format for a file name, or null when the file is not an input we read. */
  public static String formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt")) return "txt";
    if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
    if (n.endsWith(".md") || n.endsWith(".markdown")) return "md";
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return "jsonl";
    if (n.endsWith(".warc")) return "warc";
    return null;
  }

  public static Iterator<RawRecord> read(String sourceUri, InputStream in, IngestSettings settings) {
    String format = formatOf(sourceUri);
    List<RawRecord> out = new ArrayList<>();
    try (InputStream raw = open(sourceUri, in)) {
      if ("jsonl".equals(format)) {
        readLines(sourceUri, raw, settings, out);
      } else {
        byte[] bytes = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxRecordBytes() + 1));
        if (bytes.length > settings.maxRecordBytes()) {
          out.add(new RawRecord(sourceUri, 0, null, null, format, null, head(bytes), "too_large", "file exceeds " + settings.maxRecordBytes() + " bytes"));
        } else {
          out.add(new RawRecord(sourceUri, 0, null, null, format, "UTF-8", bytes, null, null));
        }
      }
    } catch (IOException e) {
      out.add(new RawRecord(sourceUri, out.size(), null, null, format, null, new byte[0], "malformed_record", e.toString()));
    }
    return out.iterator();
  }

  private static InputStream open(String sourceUri, InputStream in) throws IOException {
    InputStream b = new BufferedInputStream(in);
    return sourceUri.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(b) : b;
  }

  private static void readLines(String sourceUri, InputStream in, IngestSettings settings, List<RawRecord> out) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long lineNo = 0;
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        emitLine(sourceUri, lineNo++, line.toByteArray(), out);
        line.reset();
      } else {
        line.write(c);
      }
    }
    if (line.size() > 0) {
      emitLine(sourceUri, lineNo, line.toByteArray(), out);
    }
  }

  private static void emitLine(String sourceUri, long lineNo, byte[] bytes, List<RawRecord> out) {
    String s = new String(bytes, StandardCharsets.UTF_8).trim();
    if (s.isEmpty()) {
      return;
    }
    out.add(new RawRecord(sourceUri, lineNo, null, null, "jsonl", "UTF-8", bytes, null, null));
  }

  static byte[] head(byte[] b) {
    return java.util.Arrays.copyOf(b, Math.min(b.length, 256));
  }
}
