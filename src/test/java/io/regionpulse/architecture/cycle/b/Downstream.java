package io.regionpulse.architecture.cycle.b;

import io.regionpulse.architecture.cycle.a.Upstream;

/** Fixture for ArchitectureTest: the other half of the deliberate cycle (b → a). */
public final class Downstream {
    public Upstream back() {
        return new Upstream();
    }
}
