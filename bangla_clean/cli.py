"""The command line: a thin click layer over `bangla_clean.pipeline`."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator

import click

from . import __version__
from .dates import parse_tz
from .output import atomic_output, completed_records, explain_lines, to_json
from .pipeline import Options, Result, default_jobs, process, run_batch
from .sources import FORMATS, Source, iter_documents


def _tz(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None  # each page decides: Dhaka, or Kolkata when its chrome is Indian
    try:
        return parse_tz(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bangla-clean")
def main() -> None:
    """Clean raw Bangla news page dumps into body text and metadata (JSONL)."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", default="-", metavar="FILE",
              help="Write JSONL here (default: stdout). Written to a temporary file and renamed at the end.")
@click.option("--input-format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text: one page per file; jsonl: one page per JSON line; wet: Common Crawl WET records.")
@click.option("--text-field", default="text", show_default=True, help="JSONL input: the field holding the page.")
@click.option("--id-field", default=None, help="JSONL input: the field to use as the record id (e.g. url).")
@click.option("--glob", "pattern", default=None,
              help="Which files to take from folders [default: *.txt, *.jsonl or *.wet by format; "
                   ".gz/.bz2/.xz copies match too].")
@click.option("--tz", default=None, callback=_tz,
              help="Time zone for dates that show none: an offset (+05:30) or a name (Asia/Kolkata) "
                   "[default: Asia/Dhaka, or Asia/Kolkata for a page whose chrome shows it is Indian: "
                   "\"রাজ্য\", an Indian outlet or publisher, a state above the story; see README].")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None,
              help="Worker processes [default: the number of cores].")
@click.option("--rejects", metavar="FILE", help="Also write every dropped line (path, line, label, reason, text).")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run into the same -o FILE (and --rejects FILE), skipping inputs done.")
@click.option("--normalize/--no-normalize", "normalise", default=True, show_default=True,
              help="Bangla text normalisation (NFC, invisible characters, odd spaces...).")
@click.option("--profile", "profile_path", metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="Drop the lines a `learn` profile holds for each page's site (label site_boilerplate).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def clean(paths: tuple[str, ...], output: str, fmt: str, text_field: str, id_field: str | None,
          pattern: str | None, tz, jobs: int | None, rejects: str | None, resume: bool, normalise: bool,
          profile_path: str | None, quiet: bool) -> None:
    """Clean PATHS (files, folders, globs; '-' or nothing reads stdin) into one JSON line each."""
    if resume and output == "-":
        raise click.UsageError("--resume needs -o FILE")
    if fmt == "wet":
        try:
            import warcio  # noqa: F401
        except ImportError as e:
            raise click.ClickException("--input-format wet needs warcio: pip install 'bangla-clean[wet]'") from e
    done: set[str] = set()
    carried: list[str] = []
    carried_rejects: list[str] = []
    if resume:
        for name, line in completed_records(output):
            done.add(name)
            carried.append(line)
        if rejects:
            carried_rejects = [line for name, line in completed_records(rejects) if name in done]
    sources = iter_documents(paths, pattern, fmt, text_field, id_field)
    if done:
        sources = (s for s in sources if s.name not in done)
    head = list(itertools.islice(sources, 2))
    sources = itertools.chain(head, sources)
    if jobs is None:
        jobs = default_jobs() if len(head) > 1 else 1  # one input: no pool to start
    show_bar = not quiet and len(head) > 1 and sys.stderr.isatty()
    options = Options(tz, want_rejects=rejects is not None, normalise=normalise, profile=_load_profile(profile_path),
                      as_json=True)
    failed = 0
    try:
        with _open_out(output) as out_text, _open_out(rejects) as rej_text:
            # The workers send UTF-8 lines: written as bytes, they are never decoded and encoded again.
            out = _bytes_of(out_text, carried)
            rej = _bytes_of(rej_text, carried_rejects)
            carried.clear()
            carried_rejects.clear()
            results = run_batch(sources, options, jobs)
            if show_bar:
                results = _progress(results)
            for r in results:
                if r.error:
                    failed += 1
                    click.echo(f"bangla-clean: {r.name}: {r.error}", err=True)
                    continue
                out.write(r.jsonl)
                if rej is not None and r.rejects_jsonl:
                    rej.write(r.rejects_jsonl)
            out.flush()
            if rej is not None:
                rej.flush()
    except KeyboardInterrupt:
        kept = f"; partial output kept in {output}.part (continue with --resume)" if output != "-" else ""
        click.echo(f"bangla-clean: interrupted{kept}", err=True)
        sys.exit(130)
    except OSError as e:
        raise click.ClickException(f"cannot write output: {e.strerror or e}") from e
    if failed:
        click.echo(f"bangla-clean: {failed} input(s) failed", err=True)
        sys.exit(1)


def _load_profile(path: str | None):
    if path is None:
        return None
    from .profile import Profile

    try:
        return Profile.load(path)
    except (OSError, ValueError, KeyError) as e:
        raise click.BadParameter(str(e), param_hint="--profile") from e


def _progress(results: Iterable[Result]) -> Iterator[Result]:
    """A tqdm bar on stderr counting documents, with the input MB/s beside it."""
    import time

    from tqdm import tqdm

    start, size = time.monotonic(), 0
    with tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True) as bar:
        for r in results:
            size += r.size
            bar.update(1)
            if bar.n % 16 == 0:
                bar.set_postfix_str(f"{size / 1e6 / max(time.monotonic() - start, 1e-9):.1f} MB/s", refresh=False)
            yield r


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", required=True, metavar="FILE", help="Write the profile (JSON) here.")
@click.option("--input-format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--text-field", default="text", show_default=True, help="JSONL input: the field holding the page.")
@click.option("--glob", "pattern", default=None, help="Which files to take from folders (as for clean).")
@click.option("--min-share", type=click.FloatRange(0, 1, min_open=True), default=0.5, show_default=True,
              help="Learn a line found on at least this share of a site's pages...")
@click.option("--min-pages", type=click.IntRange(1), default=5, show_default=True,
              help="...and on at least this many of them (sites with fewer pages learn nothing).")
@click.option("--epsilon", type=click.FloatRange(0, 1, min_open=True), default=0.01, show_default=True,
              help="Memory bound: counts of lines on fewer than this share of pages may be forgotten.")
@click.option("--tz", default=None, callback=_tz,
              help="Time zone for dates that show none [default: as for clean].")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes [default: cores].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
def learn(paths: tuple[str, ...], output: str, fmt: str, text_field: str, pattern: str | None, min_share: float,
          min_pages: int, epsilon: float, tz, jobs: int | None, quiet: bool) -> None:
    """Learn each site's boilerplate lines from a batch of PATHS into a profile for `clean --profile`.

    A site is the page's outlet (from its metadata), else its URL's host, else its folder."""
    import time

    from .output import atomic_output
    from .profile import Learner

    if epsilon >= min_share:
        raise click.BadParameter("must be below --min-share", param_hint="--epsilon")
    start = time.monotonic()
    learner = Learner(min_share, min_pages, epsilon)
    sources = iter_documents(paths, pattern, fmt, text_field)
    head = list(itertools.islice(sources, 2))
    results = run_batch(itertools.chain(head, sources), Options(tz, want_learning=True),
                        jobs or (default_jobs() if len(head) > 1 else 1))
    if not quiet and len(head) > 1 and sys.stderr.isatty():
        results = _progress(results)
    failed = 0
    for r in results:
        if r.error:
            failed += 1
            click.echo(f"bangla-clean: {r.name}: {r.error}", err=True)
        elif r.learned:
            learner.add(*r.learned)
    profile = learner.profile()
    with atomic_output(output, keep_partial_on_interrupt=False) as f:
        f.write(profile.to_json() + "\n")
    if not quiet:
        size = os.path.getsize(output)
        click.echo(f"bangla-clean: learned {len(profile)} lines for {len(profile.sites)} site(s) from "
                   f"{learner.seen_pages} pages ({learner.skipped_copies} copies of a story counted once) "
                   f"in {time.monotonic() - start:.1f} s; {output}: {size / 1024:.1f} KiB", err=True)
    if failed:
        click.echo(f"bangla-clean: {failed} input(s) failed", err=True)
        sys.exit(1)


def _read_jsonl(paths: tuple[str, ...]) -> Iterator[dict]:
    """Records from JSONL files (or stdin); a bad line is reported and skipped."""
    import json

    from .sources import open_input

    for path in paths or ("-",):
        try:
            with open_input(path) as f:
                for no, raw in enumerate(f, 1):
                    if not raw.strip():
                        continue
                    try:
                        yield json.loads(raw)
                    except ValueError as e:
                        click.echo(f"bangla-clean: {path}:{no}: invalid JSON: {e}", err=True)
        except OSError as e:
            raise click.ClickException(f"{path}: {e.strerror or e}") from e


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", default="-", metavar="FILE", help="Write JSONL here (default: stdout).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.7, show_default=True,
              help="Estimated Jaccard similarity of 5-word shingles from which texts are near duplicates.")
@click.option("--shingle", type=click.IntRange(1), default=5, show_default=True, help="Words per shingle.")
@click.option("--drop", is_flag=True, help="Leave duplicates out instead of marking them.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def dedup(inputs: tuple[str, ...], output: str, threshold: float, shingle: int, drop: bool, quiet: bool) -> None:
    """Mark records of INPUTS (JSONL from `clean`) that repeat an earlier story: `duplicate_of`
    (the first record's id) and `similarity` (1.0 for the same text). Nothing is removed without --drop."""
    import time

    from .dedup import Deduper, dedup_records

    start = time.monotonic()
    d = Deduper(threshold, shingle)
    with _open_out(output) as out:
        for rec in dedup_records(_read_jsonl(inputs), drop=drop, deduper=d):
            out.write(to_json(rec) + "\n")
    if not quiet:
        c = d.counts
        click.echo(f"bangla-clean: {c['documents']} records, {c['exact']} exact and {c['near']} near duplicates"
                   f"{' dropped' if drop else ' marked'} in {time.monotonic() - start:.1f} s", err=True)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--html", "html_path", metavar="FILE", help="Also write the report as a self-contained HTML page.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON instead of text.")
@click.option("--top", type=click.IntRange(1), default=15, show_default=True, help="Outlets to list.")
def stats(inputs: tuple[str, ...], html_path: str | None, as_json: bool, top: int) -> None:
    """Summarise JSONL from `clean` (or `dedup`): outlets, dates, body sizes, dropped lines, duplicates."""
    from .output import atomic_output
    from .stats import summarise, to_html, to_text

    summary = summarise(_read_jsonl(inputs))
    out = click.open_file("-", "w", encoding="utf-8")
    if as_json:
        import json

        out.write(json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(to_text(summary, top))
    if html_path:
        with atomic_output(html_path, keep_partial_on_interrupt=False) as f:
            f.write(to_html(summary, top=top))


def _bytes_of(text_file, first_lines: list[str]):
    """The binary stream under a text file, after writing (and flushing) `first_lines` to it."""
    if text_file is None:
        return None
    text_file.writelines(first_lines)
    text_file.flush()
    return text_file.buffer


class _open_out:
    """stdout for '-', nothing for None, otherwise an atomically replaced file."""

    def __init__(self, path: str | None):
        self.path = path
        self._cm = None

    def __enter__(self):
        if self.path is None:
            return None
        if self.path == "-":
            return click.open_file("-", "w", encoding="utf-8")
        self._cm = atomic_output(self.path)
        return self._cm.__enter__()

    def __exit__(self, *exc):
        if self._cm is not None:
            return self._cm.__exit__(*exc)
        return False


@main.command()
@click.argument("path", type=click.Path(allow_dash=True))
@click.option("--tz", default=None, callback=_tz,
              help="Time zone for dates that show none [default: as for clean].")
@click.option("--color/--no-color", default=None, help="Colour the labels (default: when stdout is a terminal).")
@click.option("-w", "--width", type=int, default=0, help="Cut each text at this many characters (0: whole line).")
@click.option("--profile", "profile_path", metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="A `learn` profile, as for clean.")
def explain(path: str, tz, color: bool | None, width: int, profile_path: str | None) -> None:
    """Show every line of PATH with its label and the reason for it."""
    from .decode import NotText
    from .pipeline import clean_bytes

    src = Source(path)
    try:
        doc = clean_bytes(src.read(), path, tz, profile=_load_profile(profile_path))
    except (OSError, NotText) as e:
        raise click.ClickException(f"{path}: {process(src, Options(tz)).error or e}") from e
    if color is None:
        color = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    out = click.open_file("-", "w", encoding="utf-8")
    for row in explain_lines(doc, color=color, width=width):
        out.write(row + "\n")
