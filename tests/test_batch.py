"""Batch jobs: worker processes, bounded work in flight, JSONL and WET input, --resume with --rejects."""

import gzip
import io
import json

import pytest
from click.testing import CliRunner

from bangla_clean.cli import main
from bangla_clean.pipeline import CHUNK, IN_FLIGHT_PER_JOB, Options, run_batch
from bangla_clean.sources import Source
from tests.conftest import SAMPLES, interrupting

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def records(output):
    return [json.loads(x) for x in output.splitlines() if x.strip()]


def test_workers_pull_a_bounded_number_of_inputs_ahead():
    taken = []

    def sources():
        for n in range(10_000):
            taken.append(n)
            yield Source(f"doc{n}", text="একটি ছোট লাইন।\n")

    results = run_batch(sources(), Options(), jobs=2)
    first = next(results)
    assert first.name == "doc0" and first.record is not None
    # The list of inputs is streamed: when the first result is out, only a few chunks were taken.
    assert len(taken) <= (2 * IN_FLIGHT_PER_JOB + 1) * CHUNK
    names = [first.name] + [r.name for r in results]
    assert names == [f"doc{n}" for n in range(10_000)]  # and order is kept


def test_default_jobs_match_one_process_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(6):
        for f in SAMPLE_FILES:
            (folder / f"{k}_{f.name}").write_bytes(f.read_bytes())
    one = run("clean", str(folder), "-j", "1")
    many = run("clean", str(folder))  # default: all cores
    assert one.exit_code == many.exit_code == 0
    assert one.stdout == many.stdout and len(records(one.stdout)) == 30


def _jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")


def test_jsonl_input_cleans_the_text_field_and_carries_the_rest(tmp_path):
    pages = [f.read_text(encoding="utf-8") for f in SAMPLE_FILES[:2]]
    src = tmp_path / "dump.jsonl"
    _jsonl(src, [{"url": "https://a.example/1", "html_text": pages[0], "crawl": "2024-08", "title": "from crawler"},
                 "{not json",
                 {"url": "https://a.example/2", "other": 1},
                 {"url": "https://a.example/3", "html_text": pages[1]}])
    r = run("clean", "--input-format", "jsonl", "--text-field", "html_text", "--id-field", "url", str(src))
    assert r.exit_code == 1  # two bad rows are reported, the rest is written
    assert f"{src}:2: invalid JSON" in r.stderr and f"{src}:3: no text field 'html_text'" in r.stderr
    recs = records(r.stdout)
    assert [x["id"] for x in recs] == ["https://a.example/1", "https://a.example/3"]
    assert [x["path"] for x in recs] == [f"{src}:1", f"{src}:4"]
    assert recs[0]["crawl"] == "2024-08" and recs[0]["url"] == "https://a.example/1"
    assert recs[0]["input_title"] == "from crawler"  # a carried field never overwrites ours
    assert "html_text" not in recs[0]
    # Same body as cleaning the page file itself.
    direct = records(run("clean", str(SAMPLE_FILES[0])).stdout)[0]
    assert recs[0]["text"] == direct["text"] and recs[0]["title"] == direct["title"]


def test_jsonl_from_stdin_and_gzip(tmp_path):
    page = SAMPLE_FILES[0].read_text(encoding="utf-8")
    line = json.dumps({"text": page}, ensure_ascii=False) + "\n"
    r = run("clean", "--input-format", "jsonl", input=line.encode())
    assert r.exit_code == 0 and records(r.stdout)[0]["path"] == "-:1"
    gz = tmp_path / "d.jsonl.gz"
    gz.write_bytes(gzip.compress((line * 3).encode()))
    folder_run = run("clean", "--input-format", "jsonl", str(tmp_path))
    assert folder_run.exit_code == 0 and len(records(folder_run.stdout)) == 3


def _wet(path, pages):
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record("x.warc.wet.gz", {"software": "test"}))
        for url, text in pages:
            w.write_record(w.create_warc_record(url, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                                                warc_content_type="text/plain"))


def test_wet_input_gives_one_record_per_conversion_record(tmp_path):
    pytest.importorskip("warcio")
    pages = [(f"https://news.example/{n}", f.read_text(encoding="utf-8")) for n, f in enumerate(SAMPLE_FILES[:3])]
    wet = tmp_path / "CC-MAIN-x.warc.wet.gz"
    _wet(wet, pages)
    r = run("clean", "--input-format", "wet", str(tmp_path))
    assert r.exit_code == 0, r.stderr
    recs = records(r.stdout)
    assert [x["url"] for x in recs] == [u for u, _ in pages]
    assert all(x["id"].startswith("<urn:uuid:") and x["warc_date"] for x in recs)
    direct = records(run("clean", *map(str, SAMPLE_FILES[:3])).stdout)
    assert [x["text"] for x in recs] == [x["text"] for x in direct]


def test_corrupt_wet_is_reported_and_the_batch_goes_on(tmp_path):
    pytest.importorskip("warcio")
    good = tmp_path / "b.wet"
    _wet(good, [("https://x.example/", SAMPLE_FILES[0].read_text(encoding="utf-8"))])
    (tmp_path / "a.wet").write_bytes(b"this is not a WARC file\n" * 10)
    r = run("clean", "--input-format", "wet", str(tmp_path))
    assert r.exit_code == 1 and "a.wet: cannot read wet" in r.stderr
    assert len(records(r.stdout)) == 1


def test_resume_keeps_the_rejects_of_inputs_already_done(tmp_path, monkeypatch):
    import bangla_clean.cli as cli

    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(3):
        for f in SAMPLE_FILES:
            (folder / f"{k}_{f.name}").write_bytes(f.read_bytes())
    full, full_rej = tmp_path / "full.jsonl", tmp_path / "full.rej"
    assert run("clean", str(folder), "-j", "1", "-o", str(full), "--rejects", str(full_rej)).exit_code == 0

    real = cli.run_batch
    interrupted = interrupting(real, after=6)

    out, rej = tmp_path / "out.jsonl", tmp_path / "out.rej"
    monkeypatch.setattr(cli, "run_batch", interrupted)
    assert run("clean", str(folder), "-j", "1", "-o", str(out), "--rejects", str(rej)).exit_code == 130
    monkeypatch.setattr(cli, "run_batch", real)
    r = run("clean", str(folder), "-j", "1", "-o", str(out), "--rejects", str(rej), "--resume")
    assert r.exit_code == 0
    assert out.read_bytes() == full.read_bytes()
    assert rej.read_bytes() == full_rej.read_bytes()


def test_an_internal_error_costs_one_input_not_the_batch(tmp_path, monkeypatch):
    import bangla_clean.pipeline as P

    real = P.clean_bytes

    def flaky(data, path, *a, **kw):
        if path.endswith("002_0a2e8541d631dae1.txt"):
            raise RuntimeError("boom")
        return real(data, path, *a, **kw)

    monkeypatch.setattr(P, "clean_bytes", flaky)
    r = run("clean", str(SAMPLES), "-j", "1")
    assert r.exit_code == 1
    assert "002_0a2e8541d631dae1.txt: internal error, please report: RuntimeError: boom" in r.stderr
    assert len(records(r.stdout)) == len(SAMPLE_FILES) - 1


def test_json_made_in_the_worker_is_the_record():
    from bangla_clean.output import to_json
    from bangla_clean.pipeline import Options, process
    from bangla_clean.sources import iter_sources

    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    for plain, packed in zip(iter_sources(paths), iter_sources(paths), strict=True):
        a = process(plain, Options(want_rejects=True))
        b = process(packed, Options(want_rejects=True, as_json=True))
        assert b.record is None and b.rejects is None  # nothing sent twice
        assert b.jsonl == (to_json(a.record) + "\n").encode("utf-8")
        lines = b.rejects_jsonl.decode("utf-8").splitlines()
        assert [json.loads(x) for x in lines] == a.rejects and a.rejects


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_in_jsonl_input_is_written_escaped(tmp_path, jobs):
    # "\ud800" is valid JSON but cannot be UTF-8: the batch used to stop with UnicodeEncodeError.
    para = "আমি আজ সকালে বাজারে গিয়েছিলাম এবং সেখানে অনেক মানুষের ভিড় দেখেছি। " * 4
    bad = {"text": "শিরোনাম এখানে লেখা\n" + para + "\ud800" + para + "\n" + para, "url": "u1"}
    good = {"text": "শিরোনাম এখানে লেখা\n" + para + "\n" + para, "url": "u2"}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n", encoding="ascii")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["clean", "--input-format", "jsonl", "--id-field", "url", "-j", jobs,
                                       str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["u1", "u2"]
    assert "\ud800" in recs[0]["text"] and recs[0]["text"].count(para.split("।")[0]) == 8
    assert recs[1]["text"].count(para.split("।")[0]) == 4  # its second paragraph repeats the first
