package io.regionpulse.codes;

/** {@code documents.flags}: what cleaning did to or noticed on a page. */
public enum CleanFlag implements Code {
    @Meaning("Inline pinyin annotations were removed (聯(lián) → 聯)")
    PINYIN_REMOVED,
    @Meaning("Mojibake (text decoded with the wrong charset) was detected")
    MOJIBAKE,
    @Meaning("The mojibake was repaired (every recovered character a common one)")
    MOJIBAKE_REPAIRED,
    @Meaning("The page was Traditional or mixed and was converted to Simplified")
    CONVERTED_T2S
}
