"""Assertions shared by the reviews' probe files (``tests/test_review_probes*.py``)."""

from __future__ import annotations

import admin_merge as am
from admin_merge.matching.model import Reference, Status

CONFIDENT = (Status.EXACT, Status.ALREADY_NEW, Status.FUZZY)


def not_wrong(address: str, truth: set[str]) -> None:
    """Right with confidence, or flagged with the truth among the candidates."""
    res = am.get_resolver().resolve(Reference(address=address))
    if res.status in CONFIDENT:
        assert res.new_commune_code in truth, res
    else:
        assert res.status is not Status.UNMATCHED, res
        assert truth & set(res.candidates), res


def right(address: str, code: str) -> None:
    """Right with confidence."""
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status in CONFIDENT, res
    assert res.new_commune_code == code


def flagged(address: str, truth: set[str]) -> None:
    """Flagged (the text fits several units) with every unit of ``truth`` among the candidates."""
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status not in CONFIDENT and res.status is not Status.UNMATCHED, res
    assert truth <= set(res.candidates), res


def not_confident(address: str) -> None:
    """No unit with confidence (flagged or unread)."""
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status not in CONFIDENT, res
