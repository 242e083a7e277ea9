package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;

/** Silver: each mention of a region in a document text. */
public final class RegionMentions {
    private RegionMentions() {}

    public static final TableDef DEF = TableDef.builder(
                    "region_mentions",
                    "silver",
                    "Each mention of a region in documents.text, resolved to one region code.")
            .required("mention_id", StringType, "Stable hash of doc_id, start, end and region_code", "c3d4...")
            .required("doc_id", StringType, "Document", "9a0c...")
            .col("story_id", StringType, "Story of the document", "s-77ab...")
            .col("published_date", DateType, "Publication date of the document (China time)", "2023-06-17")
            .required("sentence_index", IntegerType, "Sentence number in the document, from 0", "4")
            .required("start", IntegerType, "Start offset into documents.text", "120")
            .required("end", IntegerType, "End offset (exclusive) into documents.text", "123")
            .required("surface", StringType, "Text as written", "长三角")
            .required(
                    "region_code",
                    StringType,
                    "GB/T 2260 code, or our code for clusters, zones and macro regions",
                    "310000")
            .required("region_name", StringType, "Canonical name", "上海市")
            .required(
                    "region_level",
                    StringType,
                    "province, city, county, district, zone, cluster, macro_region (RegionLevel.code())",
                    "province")
            .allowed(RegionLevel.class)
            .col(
                    "province_code",
                    StringType,
                    "Province the region belongs to (null for clusters and macro regions)",
                    "310000")
            .required(
                    "match_type",
                    StringType,
                    "full_name, short_name, abbreviation, combined, alias (MatchType.code()). One code per mention: a group's name (京津冀) is one row of the group; only a form made of one-character abbreviations (川渝, 粤港澳) has one combined row per member on the same span",
                    "short_name")
            .allowed(MatchType.class)
            .required("in_organization", BooleanType, "True inside an organisation name such as 重庆市科技局", "false")
            .key("mention_id")
            .writePattern("MERGE on mention_id, insert only; reprocessing replaces the rows of the documents it covers")
            .build();
}
