package io.regionpulse.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ids. A page id is the SHA-256 of its URL (or source location when it has none)
 * and its bytes, so that re-ingesting the same input yields the same ids.
 */
public final class PageIds {
    private PageIds() {}

    public static String pageId(String urlOrLocation, byte[] raw) {
        MessageDigest md = sha256();
        md.update((urlOrLocation == null ? "" : urlOrLocation).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(raw == null ? new byte[0] : raw);
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    public static String hash(String... parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            md.update((p == null ? "\u0001" : p).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
