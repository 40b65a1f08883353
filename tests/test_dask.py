"""The Dask integration on a real LocalCluster with two worker processes."""

import json

import pytest
from click.testing import CliRunner

from bangla_clean.cli import main
from tests.conftest import SAMPLES, SHARED

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _inputs():
    paths = [str(SAMPLES)]
    dev = SHARED / "eval" / "dev"
    if dev.is_dir():
        paths.append(str(dev))
    return paths


def test_dask_output_equals_the_cli_output(client, tmp_path):
    from bangla_clean.dask import clean_to_jsonl

    paths = _inputs()
    cli = CliRunner().invoke(main, ["clean", *paths, "-j", "1"])
    assert cli.exit_code == 0
    parts = clean_to_jsonl(paths, str(tmp_path / "out"), files_per_partition=4)
    assert len(parts) > 2 and all(p.errors == [] for p in parts)
    assert set(client.has_what()) and len(client.scheduler_info()["workers"]) == 2
    joined = "".join(p_.read_text(encoding="utf-8") for p_ in sorted((tmp_path / "out").glob("part-*.jsonl")))
    assert joined == cli.stdout
    assert sum(p.documents for p in parts) == len(cli.stdout.splitlines())


def test_dask_jsonl_input_and_records_bag(client, tmp_path):
    from bangla_clean.dask import clean_to_jsonl, records_bag

    src = tmp_path / "in" / "pages.jsonl"
    src.parent.mkdir()
    pages = sorted(SAMPLES.glob("*.txt"))
    with open(src, "w", encoding="utf-8") as f:
        for n, p in enumerate(pages):
            f.write(json.dumps({"url": f"u{n}", "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
        f.write("{broken\n")
    cli = CliRunner().invoke(main, ["clean", "--input-format", "jsonl", "--id-field", "url", str(src), "-j", "1"])
    parts = clean_to_jsonl([str(src)], str(tmp_path / "out"), input_format="jsonl", id_field="url")
    assert parts[0].errors == [(f"{src}:{len(pages) + 1}", parts[0].errors[0][1])]
    assert (tmp_path / "out" / "part-00000.jsonl").read_text(encoding="utf-8") == cli.stdout
    recs = records_bag([str(src)], input_format="jsonl", id_field="url").compute()
    assert [r["id"] for r in recs] == [f"u{n}" for n in range(len(pages))]


def test_dask_reads_fsspec_urls(client, tmp_path):
    from bangla_clean.dask import clean_to_jsonl

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SAMPLES.glob("*.txt")):
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "notes.md").write_text("not taken: the glob is *.txt", encoding="utf-8")
    parts = clean_to_jsonl([f"file://{folder}"], f"file://{tmp_path / 'out'}", files_per_partition=2)
    recs = [json.loads(x) for p in sorted((tmp_path / "out").glob("part-*.jsonl"))
            for x in p.read_text(encoding="utf-8").splitlines()]
    cli = [json.loads(x) for x in CliRunner().invoke(main, ["clean", str(folder), "-j", "1"]).stdout.splitlines()]
    assert [r["path"] for r in recs] == [f"file://{folder}/{r['path'].rsplit('/', 1)[1]}" for r in cli]
    assert [r["text"] for r in recs] == [r["text"] for r in cli] and sum(p.documents for p in parts) == 5
