"""The command line, through click's CliRunner and once as a real subprocess."""

import bz2
import gzip
import json
import lzma
import os
import subprocess
import sys

from click.testing import CliRunner

from bangla_clean.cli import main
from tests.conftest import SAMPLES, nfc

S0 = SAMPLES / "000_6d873b4824e253f4.txt"
S4 = SAMPLES / "004_ed0b08c6267b0598.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def records(output):
    return [json.loads(x) for x in output.splitlines() if x.strip()]


def test_clean_folder_gives_one_record_per_file_in_order():
    r = run("clean", str(SAMPLES))
    assert r.exit_code == 0, r.output
    recs = records(r.stdout)
    assert [os.path.basename(x["path"]) for x in recs] == sorted(p.name for p in SAMPLES.glob("*.txt"))
    for field in ("id", "path", "title", "published", "updated", "byline", "outlet", "category", "page_date",
                  "is_article", "text", "encoding", "lines", "warnings"):
        assert field in recs[0]
    assert recs[0]["lines"]["kept"] + recs[0]["lines"]["dropped"] == recs[0]["lines"]["total"]


def test_paths_keep_the_order_given():
    r = run("clean", str(S4), str(S0))
    assert [os.path.basename(x["path"]) for x in records(r.stdout)] == [S4.name, S0.name]


def test_stdin_dash_and_no_path():
    data = S0.read_text(encoding="utf-8")
    for args in (("clean", "-"), ("clean",)):
        r = run(*args, input=data)
        assert r.exit_code == 0
        (rec,) = records(r.stdout)
        assert rec["path"] == "-"
        assert rec["title"] == nfc("উত্তর কোরিয়ার সঙ্গে সম্পর্ক আরো ঘনিষ্ঠ করতে চান পুতিন")


def test_compressed_inputs_are_read_by_extension(tmp_path):
    raw = S0.read_bytes()
    for ext, compress in ((".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)):
        (tmp_path / f"page.txt{ext}").write_bytes(compress(raw))
    r = run("clean", str(tmp_path))
    recs = records(r.stdout)
    assert len(recs) == 3 and len({x["text"] for x in recs}) == 1 and recs[0]["text"]


def test_glob_option_and_quoted_glob(tmp_path):
    (tmp_path / "a.dump").write_bytes(S0.read_bytes())
    (tmp_path / "b.txt").write_bytes(S4.read_bytes())
    assert len(records(run("clean", str(tmp_path), "--glob", "*.dump").stdout)) == 1
    assert len(records(run("clean", str(tmp_path / "*.txt")).stdout)) == 1


def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    r = run("clean", str(S0), str(tmp_path / "missing.txt"), str(tmp_path / "image.txt"), str(S4))
    assert r.exit_code == 1
    assert len(records(r.stdout)) == 2
    assert "missing.txt: no such file" in r.stderr
    assert "image.txt: not text" in r.stderr
    assert "Traceback" not in r.stderr


def test_output_file_and_rejects(tmp_path):
    out, rej = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    r = run("clean", str(S0), "-o", str(out), "--rejects", str(rej))
    assert r.exit_code == 0 and r.stdout == ""
    (rec,) = records(out.read_text(encoding="utf-8"))
    rejects = records(rej.read_text(encoding="utf-8"))
    assert len(rejects) == rec["lines"]["dropped"]
    assert {"path", "line", "label", "reason", "text"} <= set(rejects[0])
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_tz_option():
    r = run("clean", str(S0), "--tz", "+05:30")
    assert records(r.stdout)[0]["published"] == "2024-08-17T00:06:00+05:30"
    bad = run("clean", str(S0), "--tz", "Nowhere/City")
    assert bad.exit_code == 2 and "unknown time zone" in bad.output


def test_usage_error_exits_2():
    assert run("clean", "--no-such-option").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_explain_lists_every_line_with_label_and_reason():
    r = run("explain", str(S4))
    assert r.exit_code == 0
    rows = [x for x in r.stdout.splitlines() if not x.startswith("#")]
    assert len(rows) == len(S4.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    assert any(" promo " in x and "promo_cue" in x for x in rows)
    assert "\x1b[" not in r.stdout  # plain when piped
    assert "\x1b[" in run("explain", str(S4), "--color").stdout


def test_jobs_give_the_same_output_as_one_process():
    one = run("clean", str(SAMPLES), "-j", "1").stdout
    two = run("clean", str(SAMPLES), "-j", "2").stdout
    assert one == two and one


def test_real_subprocess_pipeline():
    data = S0.read_bytes()
    p = subprocess.run([sys.executable, "-m", "bangla_clean", "clean", "-"], input=data, capture_output=True,
                       timeout=60)
    assert p.returncode == 0, p.stderr.decode()
    rec = json.loads(p.stdout.decode("utf-8"))
    assert rec["text"].split("\n")[0].startswith(nfc("উত্তর কোরিয়ার সঙ্গে দ্বিপাক্ষিক"))
    assert p.stderr == b""  # no progress bar when stderr is not a terminal


def test_stdin_with_worker_processes():
    data = S0.read_bytes()
    p = subprocess.run([sys.executable, "-m", "bangla_clean", "clean", "-j", "2", "-", str(S4)], input=data,
                       capture_output=True, timeout=60)
    recs = [json.loads(x) for x in p.stdout.decode("utf-8").splitlines()]
    assert p.returncode == 0 and [r["path"] for r in recs] == ["-", str(S4)]
    assert recs[0]["text"]


def test_output_to_a_device_or_fifo_is_written_in_place(tmp_path):
    """-o /dev/null must not rename a file over the device (as root that would replace it)."""
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    r = run("clean", str(S0), "-o", str(fifo))
    out, _ = reader.communicate(timeout=30)
    assert r.exit_code == 0 and json.loads(out)["title"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and not (tmp_path / "pipe.part").exists()
    assert run("clean", str(S0), "-o", os.devnull).exit_code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_progress_bar_on_a_terminal_shows_docs_and_mb_per_second(tmp_path):
    import fcntl
    import pty
    import select
    import struct
    import termios

    for n in range(40):
        (tmp_path / f"{n:02d}.txt").write_bytes(S0.read_bytes())
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal has a width
    p = subprocess.Popen([sys.executable, "-m", "bangla_clean", "clean", str(tmp_path), "-o", str(tmp_path / "o.jsonl"),
                          "-j", "1"], stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 1)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif p.poll() is not None:
            break
    p.wait(timeout=60)
    os.close(master)
    last = seen.decode("utf-8", "replace").replace("\r", "\n").strip().split("\n")[-1]
    assert p.returncode == 0 and "40 docs" in last and "MB/s" in last and "docs/s" in last


def test_a_kolkata_page_read_in_kolkata_time():
    page = SAMPLES.parent / "tests" / "pages" / "pratidin_like.txt"
    # its chrome has "কলকাতা" and "রাজ্য" on lines of their own: no --tz needed
    rec = json.loads(CliRunner().invoke(main, ["clean", str(page)]).output)
    # "প্রকাশিত: নভেম্বর ২৩, ২০২৬ ১০:৪৫ am", "আপডেট: নভেম্বর ২৩, ২০২৬ ১১:২০ am"
    assert (rec["published"], rec["updated"]) == ("2026-11-23T10:45:00+05:30", "2026-11-23T11:20:00+05:30")
    assert rec["byline"] == nfc("নিজস্ব সংবাদদাতা, কলকাতা")
    # an explicit zone wins over the page's
    rec = json.loads(CliRunner().invoke(main, ["clean", "--tz", "Asia/Dhaka", str(page)]).output)
    assert rec["published"] == "2026-11-23T10:45:00+06:00"


def test_english_dates_of_a_kolkata_page_in_kolkata_time():
    page = SAMPLES.parent / "tests" / "pages" / "kolkata_en_like.txt"
    result = CliRunner().invoke(main, ["clean", str(page)])
    rec = json.loads(result.output)
    # "Posted: November 23, 2026 3:45 pm", "Updated: November 23, 2026 4:10 pm"
    assert (rec["published"], rec["updated"]) == ("2026-11-23T15:45:00+05:30", "2026-11-23T16:10:00+05:30")
    assert rec["byline"] == "Sayani Sen"
