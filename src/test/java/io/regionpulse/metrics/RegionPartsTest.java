package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regions and their parts ({@link RegionParts}), on sentences written for the test. */
class RegionPartsTest {
    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "230000, 231200, true",
                "231200, 231224, true",
                "230000, 231224, true",
                "231200, 230000, false",
                "230000, 110000, false",
                "320000, 320000, false",
                "CL-YRD, 310000, false",
                "null, 310000, false"
            })
    void containsByCode(String outer, String inner, boolean contains) {
        assertThat(RegionParts.contains(outer, inner)).isEqualTo(contains);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "黑龙江绥化市庆安县新增耕地5万亩。| 黑龙江=230000,绥化市=231200,庆安县=231224 | 231224",
                "山东济南新建公园30个。| 山东=370000,济南=370100 | 370100",
                "山东、济南新建公园30个。| 山东=370000,济南=370100 | 370000",
                "山东青岛港吞吐量6亿吨。| 山东=370000,*青岛=370200 | 370000"
            })
    void aRegionFollowedByItsPartMeansThePart(String text, String places, String code) {
        assertThat(RegionParts.specific(Mentions.written(text, places), 0).regionCode())
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "宁波舟山港货物吞吐量12亿吨。| 宁波=330200,舟山=330900 | 舟山 | 330200",
                "江苏苏州新建5个园区。| 江苏=320000,苏州=320500 | 苏州 | 320500"
            })
    void ofSiblingsWrittenTogetherTheFirst(String text, String places, String place, String code) {
        List<RegionMention> regions = Mentions.written(text, places);
        assertThat(RegionParts.firstOfSiblings(regions, LinkRows.named(regions, place))
                        .regionCode())
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"吉林在西部地区改良盐碱地100万亩。| 吉林=220000,西部=MR-W | true", "西部地区改良盐碱地100万亩。| 西部=MR-W | false"})
    void aMacroRegionAfterAProvinceIsItsPart(String text, String places, boolean part) {
        List<RegionMention> regions = Mentions.written(text, places);
        assertThat(RegionParts.partOfEarlierProvince(regions, LinkRows.named(regions, "西部"), 0))
                .isEqualTo(part);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "山西麦收进度已近八成，在临汾，300万亩小麦已收获。| 山西=140000,临汾=141000 | 300万 | 141000",
                "山西麦收进度已近八成，在陕西，300万亩小麦已收获。| 山西=140000,陕西=610000 | 300万 | 140000",
                "山西麦收进度已近八成，临汾至运城，300万亩小麦已收获。| 山西=140000,临汾=141000 | 300万 | 140000"
            })
    void aLaterPartNarrowsTheSentencesRegion(String text, String places, String number, String code) {
        List<RegionMention> regions = Mentions.written(text, places);
        assertThat(RegionParts.narrowest(text, regions, 0, regions.get(0), text.indexOf(number))
                        .regionCode())
                .isEqualTo(code);
    }
}
