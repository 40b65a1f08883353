import os
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("BANGLA_CLEAN_SHARED", ROOT.parent / "shared"))


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@pytest.fixture
def page():
    """Build a page from lines and clean it: page("title", "", "body...")."""
    from bangla_clean import clean_text

    def make(*lines: str, **kw):
        return clean_text("\n".join(lines), "test.txt", **kw)

    return make


def interrupting(run_batch, after: int):
    """A stand-in for run_batch that is stopped by Ctrl-C after `after` results."""

    def interrupted(*a, **kw):
        for k, r in enumerate(run_batch(*a, **kw)):
            if k == after:
                raise KeyboardInterrupt
            yield r

    return interrupted
