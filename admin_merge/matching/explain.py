"""A readable account of one resolution: what was read, which old units, which new unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from admin_merge.matching.address import MARGIN, Reading, marks_decide
from admin_merge.matching.model import Reference, Resolution, Status
from admin_merge.registry.registers import Registers

FLAGGED = (Status.AMBIGUOUS, Status.SPLIT)


def _unit(registers_map: dict[str, Any], code: str | None) -> dict[str, str] | None:
    if not code or code not in registers_map:
        return None
    return {"code": code, "name": registers_map[code].name}


def _named(names: dict[str, str], code: str | None) -> dict[str, str] | None:
    return {"code": code, "name": names[code]} if code and code in names else None


def readings_view(readings: Sequence[Reading], chosen: Resolution) -> list[dict[str, Any]]:
    """The readings of an address that were weighed, best first, with their scores: why a row
    was answered or flagged."""
    out = []
    for i, r in enumerate(readings):
        res = r.resolution
        out.append(
            {
                "score": round(r.score, 1),
                "province": r.province,
                "district": r.district,
                "commune": r.commune,
                "reading": r.why,
                "status": res.status.value,
                "new_communes": sorted(r.codes()),
                "chosen": i == 0,
            }
        )
    if out and chosen.status.value != out[0]["status"]:
        out[0]["chosen"] = False  # close readings disagreed: the answer is theirs together
    return out


def decision(readings: Sequence[Reading], res: Resolution | None = None) -> str:
    """Why the best reading was taken, or why the address was flagged; ``res``: the answer given
    (a reading within the margin is set aside, not flagged, when the marks written or the words
    it leaves unread tell them apart)."""
    if not readings:
        return ""
    best = readings[0]
    other = next((r for r in readings[1:] if r.codes() and r.codes() != best.codes()), None)
    if other is None:
        return f"one reading ({best.score:.1f}); no reading leads elsewhere"
    gap = best.score - other.score
    if res is not None and res.status not in FLAGGED and res.codes() != best.codes():
        verdict = f"both set aside: {res.note or 'a later check'}"  # an earlier register, a repair...
    elif gap >= MARGIN and res is not None and res.status in FLAGGED and res.codes() != best.codes():
        verdict = f"taken, then flagged: {res.note or 'a later check'}"
    elif gap >= MARGIN:
        verdict = "taken"
    elif res is not None and res.status not in FLAGGED:
        if marks_decide(best, other):
            verdict = "taken: the marks written tell them apart"
        elif other.commune is None and other.used < best.used:
            verdict = "taken: the next reading names no commune and leaves words unread"
        else:
            verdict = "taken after further checks (see the note)"
    else:
        verdict = "too close: flagged with the candidates of both"
    return f"best {best.score:.1f}, next reading to another unit {other.score:.1f}: margin {gap:.1f} ({verdict})"


def explain(
    reference: Reference,
    res: Resolution,
    reg: Registers,
    names: tuple[dict[str, str], dict[str, str]] | None = None,
    as_of: str | None = None,
    readings: Sequence[Reading] = (),
) -> dict[str, Any]:
    """The resolution with names attached: the payload of `admin-merge resolve`. ``names``: the
    province and commune names in force on ``as_of`` (default: those of 1 July 2025);
    ``readings``: the readings of an address that were weighed (shown with their scores)."""
    commune = res.new_commune_code
    province_names, commune_names = names or (
        {c: p.name for c, p in reg.new_provinces.items()},
        {c: u.name for c, u in reg.new_communes.items()},
    )
    province = province_names.get(res.new_province_code or "")
    new_commune = commune_names.get(commune or "")
    new_address = None
    if new_commune and province:
        street = (res.street or "").strip(" ,")
        new_address = ", ".join(x for x in (street, new_commune, province) if x)
    return {
        "input": {
            k: v
            for k, v in zip(
                ("province_code", "district_code", "commune_code", "province", "district", "commune", "address"),
                (
                    reference.province_code,
                    reference.district_code,
                    reference.commune_code,
                    reference.province,
                    reference.district,
                    reference.commune,
                    reference.address,
                ),
                strict=True,
            )
            if v
        },
        "parsed": {"street": res.street, **dict(zip(("province", "district", "commune"), res.parsed, strict=True))},
        "old": {
            "province": _unit(reg.old_provinces, res.old.province_code),
            "district": _unit(reg.old_districts, res.old.district_code),
            "communes": [_unit(reg.old_communes, c) for c in res.old.commune_codes],
        },
        "status": res.status.value,
        "score": round(res.score),
        "new": {
            "province": _named(province_names, res.new_province_code),
            "commune": _named(commune_names, commune),
        },
        "as_of": as_of,
        "candidates": [_named(commune_names, c) for c in res.candidates],
        "primary": res.primary,
        "new_address": new_address,
        "note": res.note,
        "readings": readings_view(readings, res),
        "decision": decision(readings, res),
    }
