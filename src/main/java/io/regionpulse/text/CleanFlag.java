package io.regionpulse.text;

/** What the cleaner did to or noticed on a page; {@link #code()} is what {@code documents.flags} holds. */
public enum CleanFlag {
    /** Inline pinyin annotations were removed ({@code 聯(lián)} → {@code 聯}). */
    PINYIN_REMOVED("pinyin_removed"),
    /** Mojibake was detected. */
    MOJIBAKE("mojibake"),
    /** Mojibake was repaired (every recovered character a common one). */
    MOJIBAKE_REPAIRED("mojibake_repaired"),
    /** The page was Traditional or mixed and was converted to Simplified. */
    CONVERTED_T2S("converted_t2s");

    private final String code;

    CleanFlag(String code) {
        this.code = code;
    }

    /** The stable table value. */
    public String code() {
        return code;
    }
}
