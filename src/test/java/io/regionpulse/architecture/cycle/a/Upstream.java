package io.regionpulse.architecture.cycle.a;

import io.regionpulse.architecture.cycle.b.Downstream;

/** Fixture for ArchitectureTest: half of a deliberate package cycle (a → b → a). */
public final class Upstream {
    public Downstream next() {
        return new Downstream();
    }
}
