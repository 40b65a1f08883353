"""Score bangla-clean on every gold folder and compare with the recorded floors (a ratchet).

    python tests/quality_gate.py            # print figures, exit 1 if any falls below its floor
    python tests/quality_gate.py --update   # raise floors to the current figures (never lowers)

Gold folders: the project's samples/, tests/pages/ (hand-made pages in the layouts of outlets
we have no dumps of: a check on generalisation, not a measure of it) and every
../shared/eval/*/ that holds *.gold.json.
The scorer is ../shared/eval/score.py, the one the project is judged by.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = Path(__file__).with_name("quality_floors.json")
METRICS = ("line_f1", "token_f1", "title_acc", "date_acc")


def shared_dir() -> Path:
    import os

    return Path(os.environ.get("BANGLA_CLEAN_SHARED", ROOT.parent / "shared"))


def load_scorer():
    path = shared_dir() / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("bangla_clean_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_folders() -> dict[str, Path]:
    folders = {"samples": ROOT / "samples", "handmade": ROOT / "tests" / "pages"}
    eval_dir = shared_dir() / "eval"
    if eval_dir.is_dir():
        for d in sorted(eval_dir.iterdir()):
            if d.is_dir() and any(d.glob("*.gold.json")):
                folders[d.name] = d
    return folders


def measure(folder: Path, scorer) -> dict:
    from bangla_clean.output import to_json
    from bangla_clean.pipeline import run_batch
    from bangla_clean.sources import iter_sources

    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for r in run_batch(iter_sources([str(folder)])):
                assert r.error is None, f"{r.name}: {r.error}"
                f.write(to_json(r.record) + "\n")
        figures, _ = scorer.score(scorer.load_gold([str(folder)]), scorer.load_pred(str(pred)))
    return figures


def check(figures: dict, floor: dict) -> list[str]:
    problems = []
    for m in METRICS:
        if m in floor and figures.get(m) is not None and figures[m] + 1e-9 < floor[m]:
            problems.append(f"{m} {figures[m]:.3f} < floor {floor[m]:.3f}")
    if "neg_chars_max" in floor and figures["neg_chars"] > floor["neg_chars_max"]:
        problems.append(f"neg_chars {figures['neg_chars']} > {floor['neg_chars_max']}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="raise floors to the current figures")
    ap.add_argument("--allow-regression", action="store_true", help="let --update lower a floor")
    args = ap.parse_args()
    scorer = load_scorer()
    if scorer is None:
        print("score.py not found beside the project (../shared/eval/score.py)", file=sys.stderr)
        return 2
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    status = 0
    for name, folder in gold_folders().items():
        fig = measure(folder, scorer)
        problems = check(fig, floors.get(name, {}))
        print(f"{name}: " + "  ".join(f"{m} {fig[m]:.3f}" for m in METRICS if fig[m] is not None)
              + f"  neg_chars {fig['neg_chars']}" + (f"   BELOW FLOOR: {'; '.join(problems)}" if problems else ""))
        if args.update:
            floor = floors.setdefault(name, {})
            for m in METRICS:
                if fig[m] is not None and (args.allow_regression or fig[m] > floor.get(m, 0)):
                    floor[m] = round(fig[m], 3)
            floor.setdefault("neg_chars_max", fig["neg_chars"])
        elif problems:
            status = 1
    if args.update:
        FLOORS.write_text(json.dumps(floors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
