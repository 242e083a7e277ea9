#!/usr/bin/env python3
"""How xwlb-labels-scope-heldout13.tsv and xwlb-labels-scope-tuning13.tsv picked their sentences (issue 15,
thirteenth round; run once, kept so the draw can be reproduced).

    python3 xwlb-sample-round13.py ../shared/corpus/xinwenlianbo-2023h1/stories.jsonl heldout13|tuning13

The helpers are round twelve's: split() (io.regionpulse.text.Sentences' rule), gazetteer_names(), names (conf/regions),
FIGURE (a figure by a test that does not use our extractor) and NATIONAL (全国, 我国, 国家, 中国, 国务院, 中央, a
ministry, 海关总署, 国铁集团) are taken from xwlb-sample-round12.py by running its definitions without its draw. The
pool is every sentence that NO label file written before this round points at (held-out 12 and tuning 12 included;
this round's two files are skipped, so the draw stays reproducible) and that holds a FIGURE. No sentence with a FIGURE,
a NATIONAL marker AND a gazetteer place name is left (rounds eleven and twelve took them all), so the draw is weighted
toward the class round twelve's aggregate showed failing without a tuning example (figures read as national through
a marker that are a region's, several's, foreign or none) and the criterion "national figures are never given a
province":
  MARKER_STORY  a FIGURE and a NATIONAL marker, no place name in the sentence, in a story that names a gazetteer place
                elsewhere (a context or story link can give the figure a province, or the marker can over-reach a
                region's figure);
  MARKER_ONLY   the same in a story that names no gazetteer place;
  ORDINARY      a FIGURE and a gazetteer place name (no marker), so that the overall figure means something.
  heldout13: 55 MARKER_STORY (random.Random(20232401)), 20 MARKER_ONLY (random.Random(20232402)) and 45 ORDINARY
             (random.Random(20232403)) sentences: 120.
  tuning13:  from stories NOT in the held-out 13 draw: 25 MARKER_STORY (random.Random(20232411)), 10 MARKER_ONLY
             (random.Random(20232412)) and 15 ORDINARY (random.Random(20232413)) sentences: 50.
  tuning13b: drawn after the first rules from tuning13's misses, when no tuning set held an example of the class
             round twelve's aggregate showed (a national word read as the scope of a figure that is not the country's):
             from stories in neither held-out 13 nor tuning13, 40 MARKER_STORY sentences whose national word may be
             part of a name (NAME_MARKER: 国家级, 国家 + 重点/高新/现代/实验室/中心/公园…, 中国 + a company, university
             or society, 全国 + 文明/示范/劳模/重点…, 中央企业/央企) (random.Random(20232414)). Labelled before any run
             of the linker on them.
  tuning13c: drawn after the rules from tuning13b's misses, for the same class: from stories in none of the draws
             above whose TITLE names a gazetteer place (a story about a region, where a national word is more often a
             name, a benchmark or a programme than the figure's scope), every MARKER_STORY sentence left (15, in the
             order of random.Random(20232415)). Labelled before any run of the linker on them.
  tuning13d: drawn after the rules from tuning13c's misses, for the in-sentence figure (the criterion that held-out 12
             and 13 miss most): 40 ORDINARY sentences from stories in none of the draws above (random.Random(20232416)).
             Labelled before any run of the linker on them.
Prints story_id, char offset, length and the sentence for labelling; the sentence text is NOT stored in the project.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_src = open(os.path.join(HERE, "xwlb-sample-round12.py"), encoding="utf-8").read()
_defs = {"__file__": os.path.join(HERE, "xwlb-sample-round12.py")}
exec(_src[: _src.index("labelled = set()")], _defs)
split, names, FIGURE, NATIONAL = _defs["split"], _defs["names"], _defs["FIGURE"], _defs["NATIONAL"]

labelled = set()
for f in sorted(glob.glob(os.path.join(HERE, "xwlb-labels*.tsv"))):
    if f.endswith("heldout13.tsv") or f.endswith("tuning13.tsv"):
        continue
    for line in open(f, encoding="utf-8"):
        if line.startswith("xwlb-"):
            q = line.split("\t")
            labelled.add((q[0], int(q[1])))
markerStory, markerOnly, ordinary = [], [], []
placeTitles = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    sentences = [(s, e, d["content"][s:e]) for s, e in split(d["content"])]
    storyHasPlace = any(any(n in t for n in names) for _, _, t in sentences)
    if any(n in d.get("title", "") for n in names):
        placeTitles.add(d["id"])
    for s, e, t in sentences:
        if (d["id"], s) in labelled or not FIGURE.search(t):
            continue
        place = any(n in t for n in names)
        if place:
            if not NATIONAL.search(t):
                ordinary.append((d["id"], s, e - s, t))
        elif NATIONAL.search(t):
            (markerStory if storyHasPlace else markerOnly).append((d["id"], s, e - s, t))
held = (random.Random(20232401).sample(markerStory, 55) + random.Random(20232402).sample(markerOnly, 20)
        + random.Random(20232403).sample(ordinary, 45))
heldStories = {p[0] for p in held}
tuning = (random.Random(20232411).sample([p for p in markerStory if p[0] not in heldStories], 25)
          + random.Random(20232412).sample([p for p in markerOnly if p[0] not in heldStories], 10)
          + random.Random(20232413).sample([p for p in ordinary if p[0] not in heldStories], 15))
picked = tuning if sys.argv[2] == "tuning13" else held
NAME_MARKER = re.compile(r"国家级|国家(重点|高新|现代|自主|实验室|.{0,6}中心|.{0,4}公园|.{0,6}示范)|"
                         r"中国.{0,8}(集团|公司|大学|学院|协会|学会|研究院|科学院|博物馆)|中国(石油|石化|海油|中铁|中车|电建|铁建|移动|"
                         r"联通|电信|商飞|中化)|全国(文明|示范|劳动模范|劳模|重点|先进|优秀|五一|三八)|中央企业|央企")
if sys.argv[2] == "tuning13b":
    usedStories = heldStories | {p[0] for p in tuning}
    picked = random.Random(20232414).sample(
        [p for p in markerStory if p[0] not in usedStories and NAME_MARKER.search(p[3])], 40)
if sys.argv[2] == "tuning13c":
    usedStories = heldStories | {p[0] for p in tuning}
    usedStories |= {p[0] for p in random.Random(20232414).sample(
        [p for p in markerStory if p[0] not in usedStories and NAME_MARKER.search(p[3])], 40)}
    left = [p for p in markerStory if p[0] not in usedStories and p[0] in placeTitles]
    picked = random.Random(20232415).sample(left, len(left))
if sys.argv[2] == "tuning13d":
    usedStories = heldStories | {p[0] for p in tuning}
    usedStories |= {p[0] for p in random.Random(20232414).sample(
        [p for p in markerStory if p[0] not in usedStories and NAME_MARKER.search(p[3])], 40)}
    usedStories |= {p[0] for p in markerStory if p[0] not in usedStories and p[0] in placeTitles}
    picked = random.Random(20232416).sample([p for p in ordinary if p[0] not in usedStories], 40)
for sid, off, ln, t in picked:
    print(f"{sid}\t{off}\t{ln}\t{t}")
