"""Key points from a finished run's tables (claims.csv + tokens.csv), scored against the gold.

    python tools/keypoint_eval.py RUN_DIR [--gold ../shared/gold] [--cache /tmp/kp-emb] [--show] [--table]

Matching is evaluate.py's (score_units over all units, optional gold set aside). Prints the run's own
key points' scores (baseline) and group_keypoints' scores, pairwise and B-cubed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.encoder import DEFAULT_ENCODER, Encoder  # noqa: E402
from pipeline.evaluate import _read_gold, score_units  # noqa: E402
from pipeline.keypoint_scores import bcubed, pairwise, side_by_side  # noqa: E402
from pipeline.keypoints import group_keypoints, keypoint_table, records_from_tables  # noqa: E402
from pipeline.tables import read_table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("run", type=Path)
    parser.add_argument("--gold", type=Path, default=Path("../shared/gold"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/kp-emb"))
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args()
    claims = read_table("claims", args.run)
    tokens = read_table("tokens", args.run)
    t0 = time.perf_counter()
    records = records_from_tables(claims, tokens)
    t1 = time.perf_counter()
    encoder = Encoder(args.encoder, args.cache)
    embeddings = encoder.encode([r.text for r in records])
    t2 = time.perf_counter()
    groups = group_keypoints(records, embeddings)
    t3 = time.perf_counter()
    print(f"{len(records)} claims: records {t1 - t0:.2f}s, embeddings {t2 - t1:.2f}s ({encoder.computed} computed), "
          f"grouping {t3 - t2:.2f}s; {len(groups)} key points", file=sys.stderr)
    if args.table:
        for row in keypoint_table(records, groups):
            print(f"{row['keypoint_id']} n={row['n_claims']} docs={row['n_docs']} [{row['holders']}] {row['label']}")
            if row["n_docs"] > 1 or args.show:
                by_id = {r.claim_id: r for r in records}
                for c in row["claim_ids"].split()[1:]:
                    print(f"      {c.split(':')[0][:14]} {by_id[c].text}")
    gold_units = _read_gold(args.gold, "units")
    in_gold = claims[claims["doc_id"].isin(set(gold_units["doc"]))]
    if in_gold.empty:
        return
    _, matched, _ = score_units(in_gold, gold_units)
    gold = {f"{g.doc}|{g.key}": g.keypoint for g in gold_units.itertuples()}
    baseline = dict(zip(claims["claim_id"], claims["keypoint_id"]))
    ours = {c: f"k{n:03d}" for n, g in enumerate(groups, 1) for c in g}
    for name, predicted in (("baseline (claims.csv)", baseline), ("group_keypoints", ours)):
        p, b = pairwise(predicted, gold, matched), bcubed(predicted, gold, matched)
        print(f"{name:22s} pairwise P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f} (tp {p.tp} fp {p.fp} fn {p.fn}); "
              f"B-cubed P {b.precision:.3f} R {b.recall:.3f} F1 {b.f1:.3f}")
    if args.show:
        texts = dict(zip(claims["claim_id"], claims["text"]))
        for line in side_by_side(ours, gold, matched, texts):
            print(line)


if __name__ == "__main__":
    main()
