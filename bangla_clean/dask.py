"""Clean corpora beyond one machine with Dask (optional: `pip install 'bangla-clean[dask]'`).

    from dask.distributed import Client
    from bangla_clean.dask import clean_to_jsonl

    client = Client("tcp://scheduler:8786")
    clean_to_jsonl(["s3://bucket/dumps/"], "s3://bucket/clean/", files_per_partition=500)

Inputs are local paths (expanded as the CLI expands them, so records are named alike) or
fsspec URLs (s3://, gs://, hdfs://, http://...; globs allowed). Each partition is a group of
input files; a worker reads them, cleans every document and writes one JSONL part file
`part-00000.jsonl`, ... Read the parts in name order and you have the CLI's output, line for line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import dask.bag as db
from dask import delayed

from .output import atomic_output, to_json
from .pipeline import DEFAULT_OPTIONS, Options, Result, process
from .sources import DEFAULT_GLOB, Source, iter_documents, iter_sources, jsonl_records, matches, wet_records


def _is_url(path: str) -> bool:
    return "://" in path


def list_inputs(paths: Sequence[str], fmt: str = "text", pattern: str | None = None,
                storage_options: dict | None = None) -> list[str]:
    """The input files, in the CLI's order: local folders walked sorted, URLs expanded by fsspec."""
    pattern = pattern or DEFAULT_GLOB[fmt]
    names: list[str] = []
    for p in paths:
        if _is_url(p):
            import fsspec

            fs, _, found = fsspec.get_fs_token_paths(p, storage_options=storage_options)
            if len(found) == 1 and fs.isdir(found[0]):
                found = sorted(f for f in fs.find(found[0]) if _glob_match(f, pattern))
            names.extend(fs.unstrip_protocol(f) for f in found)
        else:
            names.extend(s.name for s in iter_sources([p], pattern))
    return names


def _glob_match(path: str, pattern: str) -> bool:
    return matches(os.path.basename(path), pattern)


def _documents(name: str, fmt: str, text_field: str, id_field: str | None,
               storage_options: dict | None) -> Iterator[Source]:
    if not _is_url(name):
        yield from iter_documents([name], "*", fmt, text_field, id_field)
        return
    import fsspec

    try:
        with fsspec.open(name, "rb", compression="infer", **(storage_options or {})) as f:
            if fmt == "text":
                yield Source(name, data=f.read())
            else:
                unpack = jsonl_records if fmt == "jsonl" else wet_records
                yield from unpack(name, f, text_field, id_field)
    except Exception as e:  # one unreadable input must not stop the partition
        yield Source(name, f"cannot read: {type(e).__name__}: {e}")


@dataclass
class PartResult:
    path: str
    documents: int
    errors: list[tuple[str, str]]


def _clean_partition(names: list[str], out: str, fmt: str, text_field: str, id_field: str | None,
                     options: Options, storage_options: dict | None) -> PartResult:
    results: Iterator[Result] = (process(s, options) for name in names
                                 for s in _documents(name, fmt, text_field, id_field, storage_options))
    errors: list[tuple[str, str]] = []
    n = 0
    if _is_url(out):
        import fsspec

        cm = fsspec.open(out, "w", encoding="utf-8", **(storage_options or {}))
    else:
        cm = atomic_output(out, keep_partial_on_interrupt=False)
    with cm as f:
        for r in results:
            if r.error:
                errors.append((r.name, r.error))
            else:
                assert r.record is not None  # (an input without an error has its record)
                f.write(to_json(r.record) + "\n")
                n += 1
    return PartResult(out, n, errors)


def clean_to_jsonl(paths: Sequence[str], output_dir: str, *, input_format: str = "text",
                   text_field: str = "text", id_field: str | None = None, pattern: str | None = None,
                   options: Options = DEFAULT_OPTIONS, files_per_partition: int = 256,
                   storage_options: dict | None = None, compute: bool = True):
    """Clean every document under `paths` on the current Dask scheduler into JSONL part files
    in `output_dir`. Returns one PartResult per part (path, documents written, errors)."""
    names = list_inputs(paths, input_format, pattern, storage_options)
    if not _is_url(output_dir):
        os.makedirs(output_dir, exist_ok=True)
    groups = [names[i:i + files_per_partition] for i in range(0, len(names), files_per_partition)]
    tasks = [delayed(_clean_partition)(g, f"{output_dir.rstrip('/')}/part-{k:05d}.jsonl", input_format,
                                       text_field, id_field, options, storage_options)
             for k, g in enumerate(groups)]
    if not compute:
        return tasks
    import dask

    return list(dask.compute(*tasks))


def records_bag(paths: Sequence[str], *, input_format: str = "text", text_field: str = "text",
                id_field: str | None = None, pattern: str | None = None, options: Options = DEFAULT_OPTIONS,
                files_per_partition: int = 256, storage_options: dict | None = None) -> db.Bag:
    """A dask bag of cleaned records (dicts), for further work on the cluster; failed inputs are left out."""
    names = list_inputs(paths, input_format, pattern, storage_options)
    files = db.from_sequence(names, partition_size=files_per_partition)
    docs = files.map(lambda n: list(_documents(n, input_format, text_field, id_field, storage_options))).flatten()
    return docs.map(process, options).filter(lambda r: r.error is None).map(lambda r: r.record)
