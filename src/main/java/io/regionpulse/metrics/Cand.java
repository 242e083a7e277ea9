package io.regionpulse.metrics;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.Comparison;
import io.regionpulse.codes.Qualifier;
import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;

/** A metric under construction. */
final class Cand {
    int start;
    int end;
    int tokenStart;
    int clauseStart;
    double value;
    String unit;
    String measureWord;
    Qualifier qualifier = Qualifier.EXACT;
    String indicator;
    String indicatorCode;
    Change change = Change.LEVEL;
    Comparison comparison;
    Integer referenceYear;
    boolean isTarget;
    Integer targetYear;
    String regionCode;
    String regionName;
    Scope scope = Scope.NONE;
    RegionLink regionLink = RegionLink.NONE;
    Cand pairedWith;
}
