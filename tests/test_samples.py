"""Golden tests: the five real sample pages against their hand-checked .gold.json."""

import json

import pytest

from bangla_clean import clean_bytes
from tests.conftest import SAMPLES, nfc

PAGES = sorted(SAMPLES.glob("*.txt"))
FIELDS = ("title", "published", "updated", "byline", "outlet", "category", "page_date")


def norm(s):
    return " ".join(nfc(s or "").split()) or None


@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:3] for p in PAGES])
def test_sample_matches_gold(path):
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
    doc = clean_bytes(path.read_bytes(), str(path))
    assert [norm(x) for x in doc.body] == [norm(x) for x in gold["body"]]
    for field in FIELDS:
        assert norm(getattr(doc.meta, field)) == norm(gold.get(field)), field


def test_there_are_five_samples():
    assert len(PAGES) == 5
