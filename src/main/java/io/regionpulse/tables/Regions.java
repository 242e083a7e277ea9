package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import io.regionpulse.codes.RegionLevel;
import org.apache.spark.sql.types.DataTypes;

/** Gold: every region the gazetteer knows, so that no table needs a lookup to be read. */
public final class Regions {
    private Regions() {}

    public static final TableDef DEF = TableDef.builder(
                    "regions",
                    "gold",
                    "Every region of the gazetteer (provinces, prefectures, county-level divisions, zones, clusters, macro regions) with its names, level, parents and group membership. Rewritten whole when the gazetteer changes; join on region_code from any other table.")
            .required("region_code", StringType, "GB/T 2260 code, or our code for groups (CL-, ZN-, MR-)", "320583")
            .required("region_name", StringType, "Canonical full name (region_name everywhere else)", "昆山市")
            .required(
                    "short_name",
                    StringType,
                    "Name as news writes it without designation (the full name when none)",
                    "昆山")
            .required(
                    "region_level",
                    StringType,
                    "province, city (prefecture level), county (county level: 区, 县, 县级市, 旗), district (浦东新区, 滨海新区), zone, cluster, macro_region",
                    "county")
            .allowed(RegionLevel.class)
            .col(
                    "parent_code",
                    StringType,
                    "The region directly above: province of a city, prefecture of a county (the province for counties directly under it); null for provinces and groups across provinces",
                    "320500")
            .col("parent_name", StringType, "Name of parent_code", "苏州市")
            .col(
                    "prefecture_code",
                    StringType,
                    "Prefecture of a county (null when directly under its province or not a county)",
                    "320500")
            .col(
                    "province_code",
                    StringType,
                    "Province the region lies in (the province itself for a province; null for groups across provinces)",
                    "320000")
            .col("province_name", StringType, "Name of province_code", "江苏省")
            .required(
                    "member_codes",
                    DataTypes.createArrayType(StringType, false),
                    "For clusters and macro regions: the member regions a mention of the group credits in region_timeline (mentions_via_groups, documents_incl_groups); for zones: the regions the zone lies in; empty otherwise",
                    "[310000, 320000, 330000, 340000]")
            .required(
                    "group_codes",
                    DataTypes.createArrayType(StringType, false),
                    "Clusters and macro regions that list this region as a member, sorted",
                    "[CL-YRD, CL-YREB, MR-E]")
            .required(
                    "gazetteer_version",
                    StringType,
                    "Gazetteer version (runs.version) the row comes from",
                    "2024.1+4e620af990")
            .key("region_code")
            .writePattern(
                    "Overwritten whole by aggregate on a full recompute (first run, settings or gazetteer changed) or when empty")
            .build();
}
