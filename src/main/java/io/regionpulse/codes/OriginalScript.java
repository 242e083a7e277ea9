package io.regionpulse.codes;

/** {@code documents.original_script}: the script the page was written in. */
public enum OriginalScript implements Code {
    @Meaning("Under 2 % of the Han characters change in a Traditional→Simplified conversion")
    SIMPLIFIED,
    @Meaning("10 % or more of the Han characters change")
    TRADITIONAL,
    @Meaning("Between 2 % and 10 % change")
    MIXED
}
