package io.regionpulse.text;

/** The script a page was written in; {@link #code()} is what {@code documents.original_script} holds. */
public enum OriginalScript {
    SIMPLIFIED("simplified"),
    TRADITIONAL("traditional"),
    MIXED("mixed");

    private final String code;

    OriginalScript(String code) {
        this.code = code;
    }

    /** The stable table value. */
    public String code() {
        return code;
    }
}
