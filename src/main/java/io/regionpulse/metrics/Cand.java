package io.regionpulse.metrics;

/** A metric under construction. */
final class Cand {
    int start;
    int end;
    int tokenStart;
    int clauseStart;
    double value;
    String unit;
    String measureWord;
    String qualifier = "exact";
    String indicator;
    String change = "level";
    String comparison;
    Integer referenceYear;
    boolean isTarget;
    Integer targetYear;
    String regionCode;
    String regionLink = "none";
    Cand pairedWith;
}
