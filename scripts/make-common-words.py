#!/usr/bin/env python3
"""Writes crates/check/lexicons/common-words.txt: words common in the public data and the seed
policies, which the check engine never reads as a misspelling of a lexicon term ("block" is not
"bollock" with a letter dropped). Reproducible from ../shared:
    python3 scripts/make-common-words.py > crates/check/lexicons/common-words.txt
"""
import collections, csv, glob, html, json, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
texts = []
with open(os.path.join(root, "data/davidson/labeled_data.csv"), newline="") as f:
    texts += [html.unescape(r["tweet"]) for r in csv.DictReader(f)]
with open(os.path.join(root, "data/olid-train/olid_train_subtask_a.csv"), newline="") as f:
    texts += [r["tweet"] for r in csv.DictReader(f)]
for p in glob.glob(os.path.join(root, "seeds/*.txt")):
    texts.append(open(p, encoding="utf-8", errors="replace").read())
for item in json.load(open(os.path.join(root, "data/presidio-research/synth_dataset_v2.json"))):
    texts.append(item.get("full_text", ""))
counts = collections.Counter()
for t in texts:
    for w in re.findall(r"[a-z]+", t.lower()):
        counts[w] += 1
words = sorted(w for w, n in counts.items() if n >= 5 and 4 <= len(w) <= 12)
print("# Common words: never read as a misspelt term. Written by scripts/make-common-words.py.")
print("\n".join(words))
