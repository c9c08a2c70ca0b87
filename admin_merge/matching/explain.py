"""A readable account of one resolution: what was read, which old units, which new unit."""

from __future__ import annotations

from typing import Any

from admin_merge.matching.model import Reference, Resolution
from admin_merge.registry.registers import Registers


def _unit(registers_map: dict[str, Any], code: str | None) -> dict[str, str] | None:
    if not code or code not in registers_map:
        return None
    return {"code": code, "name": registers_map[code].name}


def explain(reference: Reference, res: Resolution, reg: Registers) -> dict[str, Any]:
    """The resolution with names attached: the payload of `admin-merge resolve`."""
    commune = res.new_commune_code
    province = reg.new_provinces.get(res.new_province_code or "")
    new_commune = reg.new_communes.get(commune or "")
    new_address = None
    if new_commune and province:
        street = (res.street or "").strip(" ,")
        new_address = ", ".join(x for x in (street, new_commune.name, province.name) if x)
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
            "province": _unit(reg.new_provinces, res.new_province_code),
            "commune": _unit(reg.new_communes, commune),
        },
        "candidates": [_unit(reg.new_communes, c) for c in res.candidates],
        "primary": res.primary,
        "new_address": new_address,
        "note": res.note,
    }
