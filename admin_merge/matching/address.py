"""Free-text addresses: read the segments from the right (province, district, commune), then
resolve them like name columns. The street part is kept verbatim.

Real registers repeat the same unit part with different streets, so the interpretation of the
last segments is cached per resolver: a million addresses cost little more than their
distinct unit parts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from admin_merge.matching.model import Reason, Reference, Resolution, Status
from admin_merge.matching.names import EXACT_MIN_SCORE, MatchKind
from admin_merge.memo import memo
from admin_merge.text.address import DASH, dash_parts, is_street_part, is_type_word, split_address
from admin_merge.text.unit_names import TYPE_WORDS, Level, split_type

INTERPRETATIONS = 1_000_000  # memo size: unit parts read, per reader (a few hundred bytes each)
PROVINCE_SEGMENTS = 1_000_000  # memo size: segments tested for a province name, per reader
TAIL = 5  # segments that can hold the unit part (province, district, commune, and dash-joined names)
_COMMUNE_TYPES = set(TYPE_WORDS[Level.COMMUNE])
_DISTRICT_ONLY_TYPES = {"quận", "huyện", "thị xã"}


@dataclass(frozen=True, slots=True)
class Interpretation:
    """Which tail segments are units, and what they resolve to."""

    parsed: tuple[str | None, str | None, str | None]  # province, district, commune as written
    rest: tuple[str, ...]  # what is left of the segments once the units are taken: the street part
    resolution: Resolution  # with ``parsed`` filled in; ``with_street`` gives each address its own


def _commune_typed(segment: str) -> bool:
    return split_type(segment).type in _COMMUNE_TYPES


def _district_typed(segment: str) -> bool:
    return split_type(segment).type in _DISTRICT_ONLY_TYPES


class AddressReader:
    """Reads addresses against one resolver (imported lazily by the resolver)."""

    def __init__(self, resolver: object) -> None:
        from admin_merge.matching.resolver import Resolver

        assert isinstance(resolver, Resolver)
        self.r = resolver
        self._interpretations = memo(self._interpret_tail, INTERPRETATIONS)
        self._provinces = memo(self._is_province_uncached, PROVINCE_SEGMENTS)

    # ----- segment tests --------------------------------------------------------------
    def _is_province(self, segment: str) -> bool:
        return self._provinces(segment)

    def _is_province_uncached(self, segment: str) -> bool:
        """Exact (or alias) province names only; a typo is tolerated only after ``Tỉnh``:
        ``Thành phố Phổ Yên`` is a district, not a misspelt Phú Yên."""
        if _commune_typed(segment) or _district_typed(segment):
            return False
        tolerant = split_type(segment, Level.PROVINCE).type == "tỉnh"
        for m in (self.r.match_province(segment), self.r.match_new_province(segment)):
            if (
                m.kind is MatchKind.EXACT
                or (m.kind is MatchKind.FUZZY and tolerant)
                or (m.kind is MatchKind.AMBIGUOUS and m.score >= EXACT_MIN_SCORE)
            ):
                return True
        return False

    def _take(self, segs: list[str], test: object, *, typed_parts_only: bool = False) -> tuple[str | None, int]:
        """The last segment if it passes ``test``. A dashed segment (``Bà Rịa - Vũng Tàu``,
        ``Văn Miếu - Quốc Tử Giám``) is tried whole first, then its right part alone, which
        then leaves the left part in place as a segment of its own."""
        assert callable(test)
        if not segs:
            return None, 0
        if test(segs[-1]):
            return segs[-1], 1
        parts = dash_parts(segs[-1])
        for k in range(len(parts) - 1, 0, -1):  # the longest right-hand run of dashed parts first
            candidate = DASH.join(parts[-k:])
            if typed_parts_only and split_type(candidate).type is None:
                continue  # "Phường Xuân Hương - Đà Lạt" is one ward name, not a ward and a district
            if test(candidate):
                segs[-1] = DASH.join(parts[:-k])
                return candidate, 0
        return None, 0

    def _district_in(self, province: str | None) -> object:
        def test(segment: str) -> bool:
            if _commune_typed(segment) or is_street_part(segment):
                return False
            _, step = self.r.named_steps(province, segment)
            # Without a province only exact names count (one district, or several of that name).
            return bool(step.units) and (province is not None or step.score >= EXACT_MIN_SCORE)

        return test

    # ----- interpretation -------------------------------------------------------------
    def interpret(self, tail: tuple[str, ...]) -> Interpretation:
        return self._interpretations(tail)

    def _interpret_tail(self, tail: tuple[str, ...]) -> Interpretation:
        return self._interpret(list(tail))

    def _interpret(self, segs: list[str]) -> Interpretation:
        original = tuple(segs)
        province, n = self._take(segs, self._is_province)
        segs = segs[: len(segs) - n]
        district, n = self._take(
            segs, self._district_in(province), typed_parts_only=bool(segs) and _commune_typed(segs[-1])
        )
        segs = segs[: len(segs) - n]
        commune = None
        first: Resolution | None = None

        def resolves(segment: str) -> bool:
            nonlocal first
            if is_street_part(segment):
                return False
            res = self.r.resolve_names(Reference(province=province, district=district, commune=segment))
            if res.status is Status.UNMATCHED:
                return False
            first = res
            return True

        commune, n = self._take(segs, resolves)
        segs = segs[: len(segs) - n]
        if commune is not None and first is not None:
            res = first
        elif district is not None or province is not None:
            ref = Reference(province=province, district=district, commune=commune)
            res = self.r._district_only(ref) if district is not None else self.r._province_only(ref)
            if district is None and res.status is not Status.UNMATCHED:
                # An address naming only its province has not been resolved to a commune.
                res = replace(
                    res,
                    status=Status.UNMATCHED,
                    score=0.0,
                    note="no district or commune found",
                    reason=Reason.NO_COMMUNE_WRITTEN,
                )
            if segs and not is_street_part(segs[-1]) and res.status is not Status.UNMATCHED:
                # A commune is written but is none of this district's (or province's): never
                # pass a district's single successor off as certain.
                candidates = res.candidates or ((res.new_commune_code,) if res.new_commune_code else ())
                res = replace(
                    res,
                    status=Status.AMBIGUOUS if district is not None else Status.UNMATCHED,
                    score=res.score if district is not None else 0.0,
                    new_commune_code=None,
                    candidates=candidates,
                    note=f"'{segs[-1]}' is not a commune of {district or province}",
                    reason=Reason.NOT_IN_DISTRICT if district is not None else Reason.NOT_IN_PROVINCE,
                )
        else:
            res = Resolution(
                Status.UNMATCHED, note="no administrative unit found in the address", reason=Reason.NO_UNIT_FOUND
            )
        rest = original if res.status is Status.UNMATCHED else tuple(segs)
        parsed = (province, district, commune)
        return Interpretation(parsed, rest, res.with_address_parts(res.street, parsed))

    def _peel_province(self, segments: list[str]) -> list[str]:
        """``Quan 1 TPHCM`` -> ``Quan 1`` / ``TPHCM`` when only trailing words name the province."""
        if not segments or DASH in segments[-1] or self._is_province(segments[-1]):
            return segments  # a dashed segment is read part by part in _take
        words = segments[-1].split()
        for k in (1, 2, 3, 4):
            rest = " ".join(words[:-k])
            # Never leave a bare type word behind: "Thành phố Hải Dương" is one name.
            if len(words) > k and not is_type_word(rest) and self._is_province(" ".join(words[-k:])):
                return [*segments[:-1], rest, " ".join(words[-k:])]
        return segments

    def locate(self, address: str) -> tuple[Interpretation, str | None] | None:
        """The interpretation of an address's unit part and its street part (None: empty)."""
        segments = self._peel_province(split_address(address))
        if not segments:
            return None
        # The unit part is cached without the street segments in front of it, so addresses
        # that differ only by house number or hamlet share one interpretation.
        start = max(0, len(segments) - TAIL)
        while start < len(segments) - 1 and is_street_part(segments[start]):
            start += 1
        interp = self.interpret(tuple(segments[start:]))
        return interp, ", ".join([*segments[:start], *interp.rest]) or None

    def read(self, ref: Reference) -> Resolution:
        located = self.locate(str(ref.address))
        if located is None:
            return Resolution(Status.EMPTY)
        res = located[0].resolution.with_street(located[1])
        if ref.has_columns():
            return self._combine(ref, res)
        return res

    def _combine(self, ref: Reference, from_address: Resolution) -> Resolution:
        """Codes or name columns given next to the address: they win when both agree."""
        columns = self.r.resolve(replace(ref, address=None))
        if columns.status in (Status.EMPTY, Status.UNMATCHED):
            return from_address
        if from_address.status in (Status.EMPTY, Status.UNMATCHED):
            return replace(columns, street=from_address.street)
        a = {x for x in (from_address.new_commune_code, *from_address.candidates) if x}
        c = {x for x in (columns.new_commune_code, *columns.candidates) if x}
        if a & c:
            return replace(columns, street=from_address.street)
        return Resolution(
            Status.AMBIGUOUS,
            new_province_code=(
                columns.new_province_code if columns.new_province_code == from_address.new_province_code else None
            ),
            candidates=tuple(sorted(a | c)),
            old=columns.old,
            street=from_address.street,
            note="the code columns and the address disagree",
            reason=Reason.CONFLICT,
        )


def address_reader(resolver: object) -> AddressReader:
    """The resolver's address reader (one per resolver, with its caches)."""
    reader = getattr(resolver, "_address_reader", None)
    if reader is None:
        reader = AddressReader(resolver)
        resolver._address_reader = reader  # type: ignore[attr-defined]
    return reader


def resolve_address(resolver: object, ref: Reference) -> Resolution:
    return address_reader(resolver).read(ref)
