package io.regionpulse.regions;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region gazetteer, loaded from the plain data files in {@code conf/regions/}.
 * Serializable so that the driver can load it once and broadcast it.
 *
 * <p>FOUNDATION VERSION: a handful of provinces; the regions work replaces this with the full
 * gazetteer loaded from conf/.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, Region> byCode = new LinkedHashMap<>();
  private final String version;

  private Gazetteer(String version) {
    this.version = version;
  }

  public static Gazetteer builtin() {
    Gazetteer g = new Gazetteer("foundation-0");
    g.add(new Region("110000", "北京市", "北京", "province", null, "110000", List.of()));
    g.add(new Region("310000", "上海市", "上海", "province", null, "310000", List.of()));
    g.add(new Region("500000", "重庆市", "重庆", "province", null, "500000", List.of()));
    g.add(new Region("510000", "四川省", "四川", "province", null, "510000", List.of()));
    g.add(new Region("440000", "广东省", "广东", "province", null, "440000", List.of()));
    return g;
  }

  private void add(Region r) {
    byCode.put(r.code(), r);
  }

  public Region get(String code) {
    return byCode.get(code);
  }

  public Collection<Region> regions() {
    return byCode.values();
  }

  /** Stored with every run so that a table can be traced to the gazetteer that made it. */
  public String version() {
    return version;
  }
}
