package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import io.regionpulse.codes.CleanFlag;
import io.regionpulse.codes.DateSource;
import io.regionpulse.codes.OriginalScript;
import org.apache.spark.sql.types.DataTypes;

/** Silver: one clean article per usable page. */
public final class Documents {
    private Documents() {}

    public static final TableDef DEF = TableDef.builder(
                    "documents",
                    "silver",
                    "One clean article per usable page: main text in Simplified Chinese and its metadata.")
            .required("doc_id", StringType, "Stable id of the document (hash of page_id)", "9a0c...")
            .required("page_id", StringType, "The page it was cleaned from", "3f9c...")
            .col("url", StringType, "Page URL", "https://www.example.com.cn/2024/03/01/abc.html")
            .col("site", StringType, "Host of the URL", "www.example.com.cn")
            .col("title", StringType, "Article title, site suffix removed", "长三角合力构建科技创新共同体")
            .col("published_at", TimestampType, "Publication time (UTC)", "2023-06-16 18:27:18")
            .col("published_date", DateType, "Publication date in China time (Asia/Shanghai)", "2023-06-17")
            .col("date_source", StringType, "Where the date came from: metadata, header, body, url, fetched", "header")
            .allowed(DateSource.class)
            .col("source_name", StringType, "Outlet named after 来源/來源/转自", "经济参考报")
            .col("author", StringType, "Author or reporter", "钟源")
            .col("original_script", StringType, "Script of the page: simplified, traditional, mixed", "traditional")
            .allowed(OriginalScript.class)
            .required(
                    "text",
                    StringType,
                    "Clean body in Simplified Chinese; paragraphs separated by \\n",
                    "长三角是全国创新能力最强的区域之一。")
            .required("char_count", IntegerType, "Length of text in characters", "1834")
            .required(
                    "flags",
                    DataTypes.createArrayType(StringType, false),
                    "What cleaning did or noticed: mojibake, pinyin_removed, converted_t2s, ...",
                    "[pinyin_removed, converted_t2s]")
            .allowed(CleanFlag.class)
            .col(
                    "keywords",
                    DataTypes.createArrayType(StringType, false),
                    "Top terms of the document (HanLP segmentation, stop words and region names removed); null until extract ran",
                    "[科技创新, 共同体]")
            .required("content_hash", StringType, "Hash of the normalised text (exact-duplicate key)", "77ab...")
            .col("story_id", StringType, "Story cluster of syndicated copies; null until dedup ran", "s-77ab...")
            .col("is_canonical", BooleanType, "True for the one document chosen to represent its story", "true")
            .required("run_id", StringType, "Run that created the document", "run-20240301T020000Z-1a2b3c")
            .col(
                    "clean_version",
                    StringType,
                    "Version of the cleaning rules that made text and metadata (code version + hash of the clean"
                            + " settings); null: cleaned before versions were recorded",
                    "c1-5d0e9a7b")
            .col(
                    "extract_version",
                    StringType,
                    "Version of the extraction rules behind keywords, region_mentions and metrics (code version +"
                            + " hash of word lists, indicator table and extract settings); null until extract ran",
                    "x2-a41f03c2")
            .col(
                    "gazetteer_version",
                    StringType,
                    "Gazetteer version extract ran with (declared version + hash of the gazetteer files); null"
                            + " until extract ran",
                    "2026.1+e4e1d68bc7")
            .key("doc_id")
            .writePattern("MERGE on doc_id; dedup and extract update story_id, is_canonical, keywords and the"
                    + " versions in place; reprocess updates text, metadata and versions in place")
            .build();
}
