#!/usr/bin/env python3
"""How gne-labels-scope.tsv picked its sentences (issue 15, ninth round; kept so the pick can be reproduced).

A held-out set from a genre the rules were never tuned on: the 62 Chinese portal pages of
../shared/dev/html-gne-pages (163, sina, qq, ifeng, thepaper, toutiao, guancha …). Reads the page bodies that
XwlbLabelsTest writes to target-metrics/metrics/gne-bodies.jsonl (GNE's own content from result.txt where it has
one, else our cleaner's text; the label file pins each body by length and CRC-32), splits each body into sentences
with the same rule as io.regionpulse.text.Sentences (as xwlb-sample.py), keeps the sentences with an Arabic digit
(ASCII or full-width) and draws:
  part 1: 60 of them, random.Random(20190901);
  part 2: 80 of the rest that hold a gazetteer place name (conf/regions full names, as xwlb-sample.py),
          random.Random(20190902), so that figures whose region is named in their own sentence are
          numerous enough to measure;
  part 3: the sentences with a place name left (31), random.Random(20190903), added before any run when the
          pre-fill of the first 140 showed far fewer than 50 figures with a region named in their own sentence
          (these pages are mostly about companies, products and people, not places).
Prints page id, char offset, length (UTF-16 code units: the bodies are BMP-only, checked below) and the sentence
for labelling. The sentence text is NOT stored in the project.

    python3 src/test/resources/metrics/gne-sample.py target-metrics/metrics/gne-bodies.jsonl
"""
import json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
# split() and gazetteer_names() are xwlb-sample.py's: its definitions are run here, not copied (that script draws
# from the 新闻联播 corpus at top level, so it cannot be imported)
import ast
_tree = ast.parse(open(os.path.join(here, "xwlb-sample.py"), encoding="utf-8").read())
_defs = [n for n in _tree.body if isinstance(n, ast.FunctionDef)
         or isinstance(n, ast.Assign) and all(getattr(t, "id", "") in ("ENDS", "CLOSERS") for t in n.targets)]
exec(compile(ast.Module(body=_defs, type_ignores=[]), "xwlb-sample.py", "exec"))

bodies = sys.argv[1] if len(sys.argv) > 1 else "target-metrics/metrics/gne-bodies.jsonl"
names = gazetteer_names(os.path.join(here, "../../../../conf/regions"))
pool = []
for line in open(bodies, encoding="utf-8"):
    d = json.loads(line)
    text = d["content"]
    assert all(ord(c) < 0x10000 for c in text), d["id"]  # offsets in code points = UTF-16 units
    for s, e in split(text):
        t = text[s:e]
        if any(c.isascii() and c.isdigit() or "０" <= c <= "９" for c in t):
            pool.append((d["id"], s, e - s, t))
plain = random.Random(20190901).sample(pool, 60)
chosen = {(p[0], p[1]) for p in plain}
with_place = [p for p in pool if any(n in p[3] for n in names) and (p[0], p[1]) not in chosen]
placed = random.Random(20190902).sample(with_place, min(80, len(with_place)))
chosen |= {(p[0], p[1]) for p in placed}
rest_placed = [p for p in with_place if (p[0], p[1]) not in chosen]
placed += random.Random(20190903).sample(rest_placed, len(rest_placed))
print(f"# pool {len(pool)} digit sentences, {len(with_place)} more with a place name", file=sys.stderr)
for pid, off, ln, t in plain + placed:
    # a sentence may end in a line break followed by a closer (as in Sentences): shown as a space
    print(f"{pid}\t{off}\t{ln}\t" + t.replace("\n", " "))
