"""Speed and memory of bangla-clean beside its peers, on the same corpus, in one run.

    pip install -e '.[bench]'
    python benchmarks/bench.py                       # 100 MB corpus from samples/
    python benchmarks/bench.py --gold ../shared/eval/dev --scale 1000
    python benchmarks/bench.py --gold ../shared/eval/dev --rounds 3   # best of three, taking turns

It builds a corpus of at least --size-mb from samples/ (and any --gold folder): copies of the
pages in which every line of six or more words has its words shuffled (same length, same last
word and sentence end), so story lines and headlines differ from copy to copy while the short
site chrome repeats, as in a real crawl. Then each contender runs in its own process:

- bangla-clean with 1 job and with all cores (the CLI, `-o` to a file);
- jusText with its Bengali stoplist, each non-empty line given as a <p>;
- trafilatura on the same <p>-wrapped input;
- the floor: read, decode, split into lines, drop blank ones, write one JSON line per file.

For each: docs/s, MB/s (input bytes), peak RSS of its largest process, and bangla-clean
(1 job) MB/s divided by the contender's. --scale MB runs bangla-clean again on a corpus that
large to show how peak RSS grows with the corpus. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# --- the corpus ---------------------------------------------------------------------------------

def _vary(text: str, k: int) -> str:
    """Copy k of a page: the words of each line of six or more shuffled (the last one stays)."""
    out = []
    rnd = random.Random(k)
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) >= 6 and k:
            body = words[:-1]
            rnd.shuffle(body)
            line = " ".join(body + words[-1:])
        out.append(line)
    return "\n".join(out)


def build_corpus(folder: Path, size_mb: int, sources: list[Path]) -> tuple[int, int]:
    """Write copies of the source pages until the corpus holds size_mb; (files, bytes)."""
    stamp = folder / ".complete"
    if stamp.exists():
        files, size = json.loads(stamp.read_text())
        return files, size
    if folder.exists():
        shutil.rmtree(folder)
    pages = [(p.stem, p.read_text(encoding="utf-8")) for p in sources]
    files = size = k = 0
    while size < size_mb * 1_000_000:
        shard = folder / f"{k // 20:05d}"  # ~20 rounds of pages per folder
        shard.mkdir(parents=True, exist_ok=True)
        for stem, text in pages:
            data = _vary(text, k).encode("utf-8")
            (shard / f"{k:06d}_{stem}.txt").write_bytes(data)
            files += 1
            size += len(data)
        k += 1
    stamp.write_text(json.dumps([files, size]))
    return files, size


def corpus_files(folder: Path, limit_mb: float | None = None) -> list[Path]:
    files = sorted(folder.rglob("*.txt"))
    if limit_mb is None:
        return files
    out, size = [], 0
    for f in files:
        if size >= limit_mb * 1_000_000:
            break
        out.append(f)
        size += f.stat().st_size
    return out


# --- contenders that are not bangla-clean: run inside a child process -----------------------------

def _paragraph_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{paras}</body></html>"


def run_peer(name: str, list_file: Path, out: Path) -> None:
    files = list_file.read_text(encoding="utf-8").splitlines()
    if name == "justext":
        import justext

        stoplist = justext.get_stoplist("Bengali")

        def clean(text: str) -> str:
            paras = justext.justext(_paragraph_html(text), stoplist)
            return "\n".join(p.text for p in paras if not p.is_boilerplate)
    elif name == "trafilatura":
        import trafilatura

        def clean(text: str) -> str:
            return trafilatura.extract(_paragraph_html(text)) or ""
    elif name == "floor":
        def clean(text: str) -> str:
            return "\n".join(line for line in text.split("\n") if line.strip())
    else:
        raise SystemExit(f"unknown peer {name}")
    with open(out, "w", encoding="utf-8") as f:
        for path in files:
            with open(path, "rb") as inp:
                text = inp.read().decode("utf-8", "replace")
            f.write(json.dumps({"path": path, "text": clean(text)}, ensure_ascii=False) + "\n")


# --- timing -------------------------------------------------------------------------------------

def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of the largest process in the command's tree."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports KiB


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=int, default=100, help="corpus size (default 100)")
    ap.add_argument("--gold", action="append", default=[], help="also take the pages of this gold folder")
    ap.add_argument("--work", default=str(ROOT / "benchmarks" / "work"), help="where corpora and outputs go")
    ap.add_argument("--peer-mb", type=float, default=None,
                    help="give jusText and trafilatura only the first MB of the corpus (default: all of it)")
    ap.add_argument("--scale", type=int, default=0, metavar="MB",
                    help="also run bangla-clean on a corpus this large and compare peak RSS")
    ap.add_argument("--skip", action="append", default=[], help="leave a contender out (justext, trafilatura...)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="run every contender this many times, taking turns, and keep each one's fastest run "
                         "(a shared machine's speed drifts by 20%% and more within minutes)")
    ap.add_argument("--peer", nargs=3, metavar=("NAME", "LIST", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peer:
        run_peer(args.peer[0], Path(args.peer[1]), Path(args.peer[2]))
        return

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "samples").glob("*.txt"))
    for g in args.gold:
        sources += sorted(Path(g).glob("*.txt"))
    corpus = work / f"corpus-v2-{args.size_mb}mb-{len(sources)}src"
    print(f"building corpus in {corpus} ...", file=sys.stderr)
    n_files, n_bytes = build_corpus(corpus, args.size_mb, sources)
    print(f"corpus: {n_files} files, {n_bytes / 1e6:.1f} MB, from {len(sources)} pages; {_cores()} cores",
          file=sys.stderr)

    py = sys.executable
    contenders = []  # (name, command, files, bytes)

    def clean_cmd(folder: Path, jobs: int, out: str) -> list[str]:
        return [py, "-m", "bangla_clean", "clean", str(folder), "-o", str(work / out), "-q", "-j", str(jobs)]

    contenders.append(("bangla-clean, 1 job", clean_cmd(corpus, 1, "bc-1.jsonl"), n_files, n_bytes))
    contenders.append((f"bangla-clean, {_cores()} jobs", clean_cmd(corpus, _cores(), "bc-all.jsonl"), n_files, n_bytes))
    for peer in ("justext", "trafilatura", "floor"):
        if peer in args.skip:
            continue
        files = corpus_files(corpus, None if peer == "floor" else args.peer_mb)
        listing = work / f"{peer}.list"
        listing.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
        size = sum(f.stat().st_size for f in files)
        label = peer if len(files) == n_files else f"{peer} (first {size / 1e6:.0f} MB)"
        contenders.append((label, [py, __file__, "--peer", peer, str(listing), str(work / f"{peer}.jsonl")],
                           len(files), size))

    runs: dict[str, list[tuple[float, float]]] = {name: [] for name, *_ in contenders}
    for k in range(args.rounds):
        for name, cmd, _, _ in contenders:
            print(f"running {name} (round {k + 1} of {args.rounds}) ...", file=sys.stderr)
            runs[name].append(timed(cmd))
    rows = []
    for name, _, files, size in contenders:
        seconds = min(t for t, _ in runs[name])
        rows.append({"name": name, "docs": files, "mb": size / 1e6, "seconds": seconds, "docs_s": files / seconds,
                     "mb_s": size / 1e6 / seconds, "rss": max(r for _, r in runs[name]),
                     "slowest": max(t for t, _ in runs[name])})

    base = rows[0]["mb_s"]
    print("\n| contender | docs | MB | seconds | docs/s | MB/s | peak RSS MB | bangla-clean (1 job) MB/s ÷ this |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['name']} | {r['docs']} | {r['mb']:.1f} | {r['seconds']:.1f} | {r['docs_s']:.0f} | "
              f"{r['mb_s']:.2f} | {r['rss']:.0f} | {base / r['mb_s']:.2f} |")
    if args.rounds > 1:
        print(f"\nfastest of {args.rounds} rounds; slowest runs: "
              + ", ".join(f"{r['name']} {r['slowest']:.1f} s" for r in rows))

    if args.scale:
        big = work / f"corpus-v2-{args.scale}mb-{len(sources)}src"
        print(f"building corpus in {big} ...", file=sys.stderr)
        bf, bb = build_corpus(big, args.scale, sources)
        _, rss1 = timed(clean_cmd(big, 1, "bc-big-1.jsonl"))
        _, rss_all = timed(clean_cmd(big, _cores(), "bc-big-all.jsonl"))
        print(f"\npeak RSS on {bb / 1e6:.0f} MB ({bf} files): 1 job {rss1:.0f} MB "
              f"({(rss1 / rows[0]['rss'] - 1) * 100:+.1f}% vs {n_bytes / 1e6:.0f} MB), "
              f"{_cores()} jobs {rss_all:.0f} MB ({(rss_all / rows[1]['rss'] - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
