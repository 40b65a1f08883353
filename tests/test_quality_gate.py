"""The quality gate: every gold folder scored by the project's scorer must stay at or above its floor."""

import json

import pytest

from tests.quality_gate import FLOORS, check, gold_folders, load_scorer, measure

SCORER = load_scorer()
FOLDERS = gold_folders()
pytestmark = pytest.mark.skipif(SCORER is None, reason="../shared/eval/score.py is not beside the project")


@pytest.mark.parametrize("name", list(FOLDERS))
def test_gold_folder_at_or_above_floor(name):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert name in floors, f"no floor recorded for {name}: run python tests/quality_gate.py --update"
    figures = measure(FOLDERS[name], SCORER)
    assert figures["missing"] == 0
    assert check(figures, floors[name]) == []


def test_the_dev_folder_is_scored_when_present():
    if (FOLDERS.get("samples").parent.parent / "shared" / "eval" / "dev").is_dir():
        assert "dev" in FOLDERS
