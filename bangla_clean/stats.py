"""A corpus at a glance: documents per outlet, date range, body sizes, dropped lines, duplicates.

`summarise` reads records once (constant memory but for the per-outlet counts); `to_text`
prints the summary, `to_html` writes the same as one self-contained page with SVG bar charts.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

SIZE_BINS = [(0, 0), (1, 99), (100, 199), (200, 399), (400, 799), (800, 1599), (1600, None)]


def _bin_label(lo: int, hi: int | None) -> str:
    if hi is None:
        return f"{lo}+ words"
    return "empty" if hi == 0 else f"{lo}-{hi} words"


def _percentile(sorted_values: list[int], q: float) -> int:
    if not sorted_values:
        return 0
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def summarise(records: Iterable[dict]) -> dict:
    outlets: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    words_per_article: list[int] = []  # ints only: 28 bytes a document
    docs = articles = undated = exact = near = with_warnings = lines_total = lines_kept = 0
    first = last = None
    for rec in records:
        docs += 1
        outlets[rec.get("outlet") or "(unknown)"] += 1
        encodings[rec.get("encoding") or "?"] += 1
        if rec.get("warnings"):
            with_warnings += 1
        words = len((rec.get("text") or "").split())
        for lo, hi in SIZE_BINS:
            if words >= lo and (hi is None or words <= hi):
                sizes[_bin_label(lo, hi)] += 1
                break
        if rec.get("is_article"):
            articles += 1
            words_per_article.append(words)
        date = (rec.get("published") or "")[:10]
        if date:
            first = date if first is None or date < first else first
            last = date if last is None or date > last else last
        elif rec.get("is_article"):
            undated += 1
        lines = rec.get("lines") or {}
        lines_total += lines.get("total", 0)
        lines_kept += lines.get("kept", 0)
        for label, n in (lines.get("by_label") or {}).items():
            if label != "body":
                dropped[label] += n
        if rec.get("duplicate_of"):
            if rec.get("similarity") == 1.0:
                exact += 1
            else:
                near += 1
    words_per_article.sort()
    return {
        "documents": docs, "articles": articles, "not_articles": docs - articles,
        "outlets": dict(outlets.most_common()),
        "published": {"first": first, "last": last, "articles_without_date": undated},
        "body_words": {"min": _percentile(words_per_article, 0), "p10": _percentile(words_per_article, 0.1),
                       "median": _percentile(words_per_article, 0.5), "p90": _percentile(words_per_article, 0.9),
                       "max": words_per_article[-1] if words_per_article else 0,
                       "total": sum(words_per_article)},
        "body_size_bins": {_bin_label(lo, hi): sizes.get(_bin_label(lo, hi), 0) for lo, hi in SIZE_BINS},
        "lines": {"total": lines_total, "kept": lines_kept, "dropped": lines_total - lines_kept},
        "dropped_by_label": dict(dropped.most_common()),
        "duplicates": {"exact": exact, "near": near},
        "encodings": dict(encodings.most_common()),
        "documents_with_warnings": with_warnings,
    }


def _table(rows: Iterable[tuple[str, object]]) -> list[str]:
    rows = list(rows)
    width = max((len(str(k)) for k, _ in rows), default=0)
    return [f"  {k:<{width}}  {v}" for k, v in rows]


def to_text(s: dict, top: int = 15) -> str:
    out = [f"documents  {s['documents']}  (articles {s['articles']}, not articles {s['not_articles']})"]
    p = s["published"]
    out.append(f"published  {p['first'] or '-'} .. {p['last'] or '-'}  (articles without a date: "
               f"{p['articles_without_date']})")
    b = s["body_words"]
    out.append(f"body words per article  min {b['min']}  p10 {b['p10']}  median {b['median']}  p90 {b['p90']}  "
               f"max {b['max']}  total {b['total']}")
    d = s["duplicates"]
    out.append(f"duplicates  exact {d['exact']}  near {d['near']}")
    ln = s["lines"]
    out.append(f"lines  {ln['total']}  kept {ln['kept']}  dropped {ln['dropped']}")
    outlets = list(s["outlets"].items())
    out.append("\noutlets" + (f" (top {top} of {len(outlets)})" if len(outlets) > top else ""))
    out += _table(outlets[:top])
    out.append("\nbody size")
    out += _table(s["body_size_bins"].items())
    out.append("\ndropped lines by label")
    out += _table(s["dropped_by_label"].items())
    out.append("\nencodings")
    out += _table(s["encodings"].items())
    out.append(f"documents with warnings  {s['documents_with_warnings']}")
    return "\n".join(out) + "\n"


def _bars(title: str, data: dict[str, int], colour: str) -> str:
    """A horizontal bar chart as inline SVG: no script, no network."""
    items = list(data.items())
    if not items:
        return f"<h2>{html.escape(title)}</h2><p>none</p>"
    top = max(v for _, v in items) or 1
    row, label_w, bar_w = 22, 220, 420
    parts = [f'<svg width="{label_w + bar_w + 80}" height="{row * len(items) + 6}" role="img" '
             f'aria-label="{html.escape(title)}">']
    for n, (k, v) in enumerate(items):
        y = n * row + 4
        w = max(1, round(bar_w * v / top)) if v else 0
        name = str(k) if len(str(k)) <= 28 else str(k)[:27] + "…"  # a long name would run off the left edge
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end"><title>{html.escape(str(k))}</title>'
                     f'{html.escape(name)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w}" height="{row - 6}" fill="{colour}"/>'
                     f'<text x="{label_w + w + 6}" y="{y + 14}">{v}</text>')
    parts.append("</svg>")
    return f"<h2>{html.escape(title)}</h2>" + "".join(parts)


def to_html(s: dict, title: str = "bangla-clean corpus report", top: int = 25) -> str:
    p, b, d, ln = s["published"], s["body_words"], s["duplicates"], s["lines"]
    facts = [("documents", s["documents"]), ("articles", s["articles"]), ("not articles", s["not_articles"]),
             ("published", f"{p['first'] or '-'} .. {p['last'] or '-'}"),
             ("articles without a date", p["articles_without_date"]),
             ("median body words", b["median"]), ("body words p10 / p90", f"{b['p10']} / {b['p90']}"),
             ("total body words", b["total"]),
             ("exact duplicates", d["exact"]), ("near duplicates", d["near"]),
             ("lines kept / dropped", f"{ln['kept']} / {ln['dropped']}"),
             ("documents with warnings", s["documents_with_warnings"])]
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in facts)
    outlets = dict(list(s["outlets"].items())[:top])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, 'Noto Sans Bengali', sans-serif; margin: 2rem; color: #222; }}
table {{ border-collapse: collapse; }} th, td {{ text-align: left; padding: .2rem 1rem .2rem 0; }}
svg text {{ font-size: 13px; font-family: inherit; }} h2 {{ margin-top: 2rem; font-size: 1.1rem; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<table>{rows}</table>
{_bars("Documents per outlet" + (f" (top {top})" if len(s["outlets"]) > top else ""), outlets, "#3b7dd8")}
{_bars("Body size (words)", s["body_size_bins"], "#2a9d6f")}
{_bars("Dropped lines by label", s["dropped_by_label"], "#d8843b")}
{_bars("Duplicates", {"exact": d["exact"], "near": d["near"]}, "#b04a9a")}
{_bars("Encodings", s["encodings"], "#777")}
</body></html>
"""
