"""Hierarchical resolution: province, then district inside it, then commune inside that.

A match never leaves the province (or district) the record names. Whenever the evidence
does not single out one new commune the result is ``split`` or ``ambiguous`` with the
candidates listed: a wrong unit given with confidence is the worst outcome.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import Levenshtein

from admin_merge.matching.address import REPAIRED_SCORE, AddressReader
from admin_merge.matching.codes import normalize_code
from admin_merge.matching.model import HALF_UPDATED, OldUnits, Reason, Reference, Resolution, Status
from admin_merge.matching.names import ASCII_SCORE, EXACT_MIN_SCORE, MatchKind, NameIndex, NameMatch
from admin_merge.matching.numbered import NumberedReadings
from admin_merge.memo import memo
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.registers import NewCommune, NewProvince, OldCommune, OldDistrict, OldProvince
from admin_merge.text.address import cut_at_names, cut_at_types
from admin_merge.text.aliases import PROVINCE_ALIASES, PROVINCE_ALIASES_ACCENTED
from admin_merge.text.former import named_now
from admin_merge.text.hashtags import hashtag_places, without_tags
from admin_merge.text.normalize import ascii_key, name_key
from admin_merge.text.unit_names import Level, split_type

if TYPE_CHECKING:
    from admin_merge.matching.history import HistoryResolver

RETIRED_SCORE = 80.0
NO_CONTEXT_SCORE = 85.0

# Memo sizes of a resolver. Written names and unit parts repeat endlessly in real registers;
# the indexes are built on first use for each scope (a district, a province, several).
PROVINCE_MATCHES = 200_000
UPPER_STEPS = 200_000
SUCCESSORS = 200_000
DISTRICT_INDEXES = 4_096
COMMUNE_INDEXES = 4_096
NEW_COMMUNE_INDEXES = 256
_FIRM = (Status.EXACT, Status.SPLIT, Status.ALREADY_NEW)
_PARTS = re.compile(r"\s*[,;|]\s*")  # the parts of an address, between its strong separators
_FIRM_OR_NEAR = (Status.EXACT, Status.SPLIT, Status.ALREADY_NEW, Status.FUZZY)
_NOT_READ = (Reason.NOT_IN_DISTRICT, Reason.NO_COMMUNE_WRITTEN)  # the commune written was not read


# Words of the Latin script alone (Vietnamese letters, digits, dots, slashes, dashes): a text
# that may be cut at names (``Resolver._resolved``).
_LATIN_WORDS = re.compile(r"[\sA-Za-z0-9À-ỹĐđ./\-]+")
_DIGIT = re.compile(r"\d")


def _blank(value: str | None) -> bool:
    return value is None or not str(value).strip()


class _Step:
    """Candidates at one level with the weakest score met on the way."""

    __slots__ = ("given", "kind", "score", "units")

    def __init__(self, units: Sequence[Any], score: float, given: bool, kind: MatchKind) -> None:
        self.units = list(units)
        self.score = score
        self.given = given
        self.kind = kind


class Resolver:
    """Resolves references against one crosswalk (and the registers it was compiled with)."""

    def __init__(self, crosswalk: Crosswalk) -> None:
        self.crosswalk = crosswalk
        reg = self.reg = crosswalk.registers
        aliases: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for a in reg.aliases:
            aliases[(a.register, a.level)][a.code].append(a.alias)
        # Names and type words the units of 1 July 2025 carried at later dates (the reforms).
        self._later_types: dict[str, dict[str, frozenset[str]]] = {"province": {}, "commune": {}}
        for (level, code), forms in crosswalk.chain.later_forms().items():
            self._later_types[level][code] = frozenset(t for _, t in forms)
            aliases[("new", level)][code].extend(name for name, _ in forms)
        self._aliases = self.aliases = aliases
        self._addresses: AddressReader | None = None
        self._numbered: NumberedReadings | None = None
        self._cutting = False  # reading an address again cut at its type words (``_resolved``)
        self.old_provinces: NameIndex[OldProvince] = NameIndex(
            reg.old_provinces.values(), Level.PROVINCE, aliases[("old", "province")]
        )
        self.new_provinces: NameIndex[NewProvince] = NameIndex(
            reg.new_provinces.values(), Level.PROVINCE, aliases[("new", "province")], self._later_types["province"]
        )
        self._new_by_province: dict[str, list[NewCommune]] = defaultdict(list)
        for c in reg.new_communes.values():
            self._new_by_province[c.province_code].append(c)
        self._province_matches = memo(self._match_province, PROVINCE_MATCHES)
        self._successors = memo(self._from_codes, SUCCESSORS)
        self._steps = memo(self._upper_steps, UPPER_STEPS)
        self._district_index = memo(self._build_district_index, DISTRICT_INDEXES)
        self._commune_index = memo(self._build_commune_index, COMMUNE_INDEXES)
        self._new_commune_index = memo(self._build_new_commune_index, NEW_COMMUNE_INDEXES)
        self._accented_aliases = {name_key(k): v for k, v in PROVINCE_ALIASES_ACCENTED.items()}
        self._old_by_province: dict[str, list[OldCommune]] = defaultdict(list)
        for oc in reg.old_communes.values():
            self._old_by_province[oc.province_code].append(oc)
        self._history: HistoryResolver | None = None
        # Where a commune retired with no successor established was (its district then and its
        # districts and provinces of 30 June 2025): only an address read there may name one.
        abolished = crosswalk.chain.unresolved
        self._abolished_districts = frozenset(d for e in abolished for d in (e.district_code, *e.districts))
        self._abolished_provinces = frozenset(
            reg.old_districts[d].province_code for d in self._abolished_districts if d in reg.old_districts
        ) | frozenset(e.province_code for e in abolished)
        self._abolished_names = frozenset(name_key(split_type(e.name, Level.COMMUNE).core) for e in abolished)

    # ----- indexes, built on first use and memoised -----------------------------------
    def _build_district_index(self, province_codes: tuple[str, ...]) -> NameIndex[OldDistrict]:
        if province_codes:
            units = [d for p in province_codes for d in self.reg.districts_of(p)]
        else:
            units = list(self.reg.old_districts.values())
        return NameIndex(units, Level.DISTRICT)

    def _build_commune_index(self, scope: tuple[str, tuple[str, ...]]) -> NameIndex[OldCommune]:
        kind, codes = scope
        units: Iterable[OldCommune]
        if kind == "district":
            units = [c for d in codes for c in self.reg.communes_of_district(d)]
        elif kind == "province":
            units = [c for p in codes for c in self._old_by_province[p]]
        else:
            units = self.reg.old_communes.values()
        return NameIndex(units, Level.COMMUNE, self._aliases[("old", "commune")])

    def _build_new_commune_index(self, province_codes: tuple[str, ...]) -> NameIndex[NewCommune]:
        if province_codes:
            units = [c for p in province_codes for c in self._new_by_province[p]]
        else:
            units = list(self.reg.new_communes.values())
        return NameIndex(units, Level.COMMUNE, self._aliases[("new", "commune")], self._later_types["commune"])

    def later_types(self, level: str) -> dict[str, frozenset[str]]:
        """The types the new units of ``level`` (province, commune) took after 1 July 2025, by code."""
        return self._later_types[level]

    @property
    def addresses(self) -> AddressReader:
        """The address reader of this resolver, built on first use (its name lookups take a
        moment to build and are not needed for codes and name columns)."""
        if self._addresses is None:
            self._addresses = AddressReader(self)
        return self._addresses

    @property
    def numbered(self) -> NumberedReadings:
        """The address reader's readings shared by addresses that differ only in their house or
        hamlet number (``Số 124 Lê Lợi``, ``Số 126 Lê Lợi``): ``numbered.located`` is ``located``."""
        if self._numbered is None:
            self._numbered = NumberedReadings(self.addresses)
        return self._numbered

    # ----- entry point ----------------------------------------------------------------
    def resolve(self, ref: Reference) -> Resolution:
        address = ref.address
        alone = address is not None and address != "" and not address.isspace() and not ref.has_columns()
        if alone and (kept := self.numbered.answer(str(ref.address))) is not None:
            return kept  # an address that differs from one read before only in its house number
        res = self._resolved(ref, self._resolve(ref))
        if alone:
            self.numbered.keep(str(ref.address), res)
        return res

    def resolve_read(self, ref: Reference, read: Resolution) -> Resolution:
        """``resolve`` for an address alone (no columns beside it) that the address reader has
        read as ``read`` (its street included: ``located`` with the street set): the same answer,
        without reading the address a second time."""
        return self._resolved(ref, read)

    def _resolved(self, ref: Reference, res: Resolution) -> Resolution:
        """The answer for ``ref`` once read as ``res``: earlier registers and the commune before;
        an address alone read as nothing or flagged, without separators, read again cut at its type
        words or at the names it holds (``_cut_read``)."""
        found = self._answered(ref, res)
        if (
            found.status is Status.FUZZY
            and not self._cutting
            and ref.address
            and "#" in ref.address
            and not ref.has_columns()
            and any("#" in (part or "") for part in found.parsed)
        ):
            # A near reading of units run into hashtags (``... chính chủ. #XãTânPhú #TâyNinh
            # #sổhồng``: ``Xã Tân Phú #Tây`` in a province ``Ninh #sổhồng``): the tags' places
            # instead, when the words besides the tags name no place.
            tags = self._tags_read(ref.address)
            if (
                tags is not None
                and (tags.status in _FIRM_OR_NEAR or (tags.status is Status.AMBIGUOUS and tags.candidates))
                and self._read_again(without_tags(ref.address)).status is Status.UNMATCHED
            ):
                return tags
        if found.street and not self._cutting and not ref.has_columns() and ref.address:
            top = self._from_the_top(ref.address, found)
            if top is not None:
                return top
        if found.status not in (Status.UNMATCHED, Status.AMBIGUOUS) or self._cutting or ref.has_columns():
            return found
        if not ref.address:
            return found
        if found.reason is Reason.NO_COMMUNE_WRITTEN and (district := self._province_as_district(ref.address, found)):
            return district
        if found.reason is Reason.NO_COMMUNE_WRITTEN and (skipped := self._middle_unread(ref.address, found)):
            return skipped
        again = self._tags_read(ref.address) if "#" in ref.address else None
        # A post whose words say no place besides its tags (``Bán lô đất ... #SơnBình #ChâuĐức``):
        # the tags are its address; a shop's tag beside an address is none (``Cafe #ConDao, ...``).
        tags_only = again is not None and found.status is Status.AMBIGUOUS and again.status in _FIRM_OR_NEAR
        if again is not None and tags_only and self._read_again(without_tags(ref.address)).status is Status.UNMATCHED:
            return again
        if again is None:
            again = self._cut_read(ref.address)
        if again is None:
            return found
        if found.status is Status.UNMATCHED:
            return again
        extra: set[str]
        if again.status in _FIRM_OR_NEAR:
            extra = set(again.codes()) - set(found.candidates)
        elif (
            found.status is Status.AMBIGUOUS
            and again.status is Status.AMBIGUOUS
            and found.parsed[0] is None
            and again.parsed[0] is not None
        ):
            # ``Phú Thọ Hòa Bình Thống Nhất``: as written, a district of Đồng Nai alone; cut, a flag
            # in the province written (twice: Phú Thọ, the old Hòa Bình).
            extra = set(again.candidates) - set(found.candidates)
        else:
            extra = set()
        if not extra:
            return found
        # Flagged as written, one unit when cut (``Phước Hải Đất Đỏ Bà Rịa Vũng Tàu``: Bà Rịa read as
        # a district before Vũng Tàu): it joins the candidates, the flag stays.
        codes = tuple(sorted(set(found.candidates) | extra))
        return replace(found, candidates=codes, note=f"{found.note}; or {again.note}" if found.note else again.note)

    def _from_the_top(self, address: str, found: Resolution) -> Resolution | None:
        """An address whose street starts with a typed province none of the units read is in
        (``Tỉnh Nam Định, Nam Định, P. Nguyễn Du``: Hà Nội's Nguyễn Du read, the province left
        in the street): read again in the usual order, its parts reversed, and taken when that
        reads a unit, or candidates, in the province written."""
        provinces = self._top_provinces(found)
        if not provinces:
            return None  # a province or district read at the end: an address of its own after a
            # province field (``Tỉnh Sóc Trăng, Phường 10, Quận 11, Thành phố Hồ Chí Minh``); or
            # no province's type word first in the street (most streets)
        if self._provinces_of(found) & provinces:
            return None
        parts = [p.strip() for p in _PARTS.split(address) if p.strip()]
        if len(parts) < 2:
            return None
        again = self._read_again(", ".join(reversed(parts)))
        if again.status is Status.UNMATCHED or not self._provinces_of(again) & provinces:
            return None
        if again.status not in (Status.AMBIGUOUS, Status.SPLIT) and again.new_province_code not in provinces:
            return None
        street = ", ".join(reversed(_PARTS.split(again.street))) if again.street else None  # as written
        if len(street or "") >= len(found.street or ""):
            return None  # it explains no more of the text than the first reading
        read = "read from the province down, the province written first"
        return replace(again, street=street, note=f"{again.note}; {read}" if again.note else read)

    def _province_as_district(self, address: str, found: Resolution) -> Resolution | None:
        """An address read as a province alone, a typed commune before it (``Xã Minh Diệu, Hoà
        Bình``: none of the province Hòa Bình's), read again with the province's name as the
        district of that name (Bạc Liêu's Huyện Hòa Bình): taken when that reads a unit firmly."""
        written, street = found.parsed[0], found.street or ""
        if written is None or found.parsed[1] is not None or not self.addresses.typed_commune(street):
            return None
        if split_type(written, Level.PROVINCE).type is not None or not self.history().names_a_district(written):
            return None  # (a province typed as one, or a name no district had)
        at = address.rfind(written)
        if at < 0:
            return None
        kinds = sorted({d.type for d in self.reg.old_districts.values() if name_key(d.short_name) == name_key(written)})
        for kind in kinds:
            again = self._read_again(f"{address[:at]}{kind.capitalize()} {address[at:]}")
            if again.status in _FIRM_OR_NEAR and again.parsed[1] is not None and again.parsed[2] is not None:
                # As sure as a near name at most: the text's last part was read as another level.
                read = f"{written} read as the district of that name, not the province (none of its communes)"
                status = Status.FUZZY if again.status is Status.EXACT else again.status
                note = f"{again.note}; {read}" if again.note else read
                return replace(again, status=status, score=min(again.score, 90.0), note=note)
        return None

    def _middle_unread(self, address: str, found: Resolution) -> Resolution | None:
        """An address read as a province alone, a typed commune left in the street, parts between
        them that name no unit (``Phường Tân Lập, Buôn Ma Thlột, Đắk Lắk``: the district misspelt
        past a near name): read again without those parts, and flagged with what that reads."""
        parts = [p for p in _PARTS.split(address) if p.strip()]
        province = found.new_province_code
        if len(parts) < 3 or province is None or found.parsed[0] is None or found.parsed[0] not in parts[-1]:
            return None  # (no province read: ``Phường 13, Quận 13, Paris, Pháp``)
        typed = [k for k, part in enumerate(parts[:-1]) if self.addresses.typed_commune(part)]
        if not typed or typed[-1] >= len(parts) - 2:
            return None  # (no typed commune, or nothing between it and the province)
        k = typed[-1]
        middle = parts[k + 1 : -1]
        if len(middle) > 2 or any(self.addresses.starts_typed(part) for part in middle):
            return None  # (a typed district is read or disagrees, never skipped: ``Huyen Vinh Tuong cu``)
        again = self._read_again(", ".join([*parts[: k + 1], parts[-1]]))
        if again.status in (Status.UNMATCHED, Status.EMPTY) or again.parsed[2] is None:
            return None
        if again.status is Status.AMBIGUOUS and not again.candidates:
            return None
        if self._provinces_of(again) - {None} != {province}:
            return None  # read in the province read first, or not at all
        # Flagged, never answered: the part left unread may name the district of another unit of
        # the name (``Xã Tân Phú, XYZ, Đồng Nai``: the new Tân Phú, or an old one of a district).
        unread = ", ".join(middle)
        note = f"{unread!r} left unread (no unit of that name here): candidates of {again.parsed[2]} in the province"
        return again.flagged(
            again.codes(), note, score=min(again.score, 85.0), other_province=province, reason=Reason.DISTRICT_NOT_FOUND
        )

    def _read_again(self, address: str) -> Resolution:
        """``resolve`` of a text made from an address, without a second reading of its own."""
        self._cutting = True
        try:
            return self.resolve(Reference(address=address))
        finally:
            self._cutting = False

    def _tags_read(self, address: str) -> Resolution | None:
        """``address`` read again as the places its hashtags name (``#XãTânPhú #ĐứcHòa #LongAn``,
        ``hashtag_places``), when it reads as nothing or as a flag as written: a shop's tag
        (``Cafe #ConDao, 12 Trần Phú, Lộc Thọ, Nha Trang``) is no place where the text names one."""
        tagged = hashtag_places(address, self.addresses.is_unit_name)
        if tagged == address:
            return None
        again = self._read_again(tagged)
        if again.status is Status.UNMATCHED:
            return None
        read = f"read as {tagged!r} (the places its hashtags name)"
        return replace(again, note=f"{again.note}; {read}" if again.note else read)

    def _cut_read(self, address: str) -> Resolution | None:
        """``address`` read again with a comma before each type word, or else at the names it holds
        (``cut_at_types``, ``cut_at_names``), when it has no separator; None when that reads
        nothing more."""
        cut, by_names = cut_at_types(address), False
        if cut == address and _LATIN_WORDS.fullmatch(cut) is not None:
            cut, by_names = cut_at_names(address, self.addresses.g.known.__contains__), True
        if cut == address:
            return None
        again = self._read_again(cut)
        if again.status is Status.UNMATCHED:
            return None
        if by_names and (again.street or "") != (cut.split(", ")[0] if _DIGIT.search(cut) else ""):
            return None  # cut at names, every part is a unit read but the street in front
        # The reader found no unit among these words: as sure as a near name at most (the OCR
        # repair's rule), with the text that was read in the note.
        read = f"read as {cut!r} (units cut where nothing separated them)"
        note = f"{again.note}; {read}" if again.note else read
        if again.status is Status.EXACT:
            return replace(again, status=Status.FUZZY, score=min(again.score, 90.0), note=note)
        return replace(again, score=min(again.score, 90.0), note=note)

    def _answered(self, ref: Reference, res: Resolution) -> Resolution:
        if not (ref.address and not ref.address.isspace() and not ref.has_columns()):
            if self.may_be_earlier(res):
                earlier = self.history().resolve(ref, None)
                if earlier is not None:
                    return earlier
            if (
                _blank(ref.commune_code)
                and not _blank(ref.commune)
                and self._may_name_abolished(res.old)
                and self._names_abolished(str(ref.commune))
            ):
                history = self.history()
                found = history.abolished(
                    ref.province, ref.district, str(ref.commune), ref.province_code, ref.district_code
                )
                abolished = history.abolished_flag(found) if found else None
                if abolished is not None:
                    if res.status in _FIRM and history.spelled_as_read(str(ref.commune), res):
                        return self._abolished_namesake(res, history.describe(found))
                    return self._with_today(abolished, res)
            return res
        # An address alone: a commune retired with no successor established, named in its district
        # or province as written, is flagged before anything else reads it (nothing firmer than
        # its name says which unit it became). A firm reading of today is looked at only in the
        # districts where such a commune was; any other is looked at by the commune's name.
        commune = res.parsed[2]
        if (
            commune is not None
            and (
                res.status not in _FIRM
                or (res.status is not Status.ALREADY_NEW and self._may_name_abolished(res.old))
                or self._new_with_old_parts(res)
            )
            and self._names_abolished(commune)
        ):
            history = self.history()
            found = history.abolished(res.parsed[0], res.parsed[1], commune)
            abolished = history.abolished_flag(found) if found else None
            if abolished is not None and not named_now(ref.address, commune):
                if res.status not in _FIRM or not history.spelled_as_read(commune, res):
                    return self._with_today(abolished.with_address_parts(res.street, res.parsed), res)
                res = self._abolished_namesake(res, history.describe(found))
        if self._history_may_read(res):
            earlier = self.history().resolve(ref, res)
            if earlier is not None and earlier.parsed[1] != res.parsed[2] and self._district_named_only(res):
                # Read again only for the part before a district's name (``Ha Vi, Bach Thong``): an
                # earlier reading that does not take that name for the district (``My Tan - My Loc -
                # Nam Dinh``: Thị trấn Mỹ Lộc until 2024; ``2, Ben Tre, Vinh Long``: TP Vĩnh Long's
                # Phường 2, Bến Tre dropped) explains no more of the text.
                earlier = None
            if (
                earlier is not None
                and res.status is Status.UNMATCHED
                and earlier.parsed[1] is None
                and self._province_named(earlier.parsed[2])
            ):
                # ``Bình Dương, Phú Thọ``: an earlier Xã Bình Dương of Phú Thọ's, or Phường Phú Thọ
                # of Bình Dương written from the province down: the text does not say which.
                note = f"{earlier.note}; {earlier.parsed[2]} is a province's name too"
                score = min(earlier.score, REPAIRED_SCORE)
                earlier = earlier.flagged(earlier.codes(), note, score=score, other_province=earlier.new_province_code)
            if (
                earlier is None
                and res.status is Status.FUZZY
                and res.parsed[0]
                and res.parsed[2]
                and not self.addresses.commune_named_today(res)
            ):
                other = self.history().names(res.parsed[0], None, res.parsed[2])
                exact = other is not None and other.status in (Status.EXACT, Status.SPLIT)
                if other is not None and exact and not other.codes() & res.codes():
                    # ``P.Hương Hồ, Q. Phú Xuân, TP. Huế``: a near name of today in the district
                    # written, the name exactly a unit of the province in an earlier register
                    # (Hương Hồ, merged in 2025, of another district then): flagged with both.
                    return self._flagged_with(res, other, f"near names disagree: today's and {other.note}")
            if earlier is not None and self._earlier_reads_more(res, earlier, str(ref.address or "")):
                if res.reason is Reason.READINGS_DISAGREE and not self._alone_flagged(res):
                    if earlier.status is Status.EXACT and earlier.codes() == set(res.candidates):
                        # The commune of another district today was in the district written then
                        # (``X. Thân Thuộc, H. Than Uyên``: moved to Tân Uyên in 2008): no conflict.
                        return earlier
                    if self._moved_since(res, earlier):
                        return earlier
                    if self._typed_commune_explained(res, earlier):
                        return earlier
                    return self._with_earlier(res, earlier)
                if res.status is Status.AMBIGUOUS and earlier.parsed[1] is None and earlier.parsed[2] == res.parsed[1]:
                    # Today's district read as a commune of an earlier register (``Bản Hno, Tam
                    # Đường, Lai Châu``: Xã Tam Đường until 2004): one more candidate, no answer.
                    return self._with_earlier(res, earlier)
                if res.status is Status.FUZZY and earlier.status is Status.FUZZY and not earlier.codes() & res.codes():
                    # Near names today and in an earlier register, leading apart (``Xã Hương Son,
                    # Tp. Huế``: Xã Hương Sơn of today, or Phường Hương Sơ of the city until 2025).
                    return self._flagged_with(res, earlier, f"near names disagree: today's and {earlier.note}")
                if res.status in (Status.AMBIGUOUS, Status.SPLIT) and HALF_UPDATED in earlier.note and res.candidates:
                    # Flagged today, and only a near reading of then (a commune of another
                    # district then, ``half updated``): one more candidate, no answer.
                    return self._with_earlier(res, earlier)
                if (
                    res.status is Status.AMBIGUOUS
                    and res.reason is Reason.SEVERAL_OLD_COMMUNES
                    and earlier.status is Status.FUZZY
                    and res.candidates
                    and res.parsed[2] is not None
                    and earlier.parsed[2] == res.parsed[2]
                    and earlier.parsed[1] is None  # (``Phường Tân Sơn, TP Thanh Hóa``: the city's ward then)
                ):
                    # The name fits several communes of the province exactly (``Ap 2, My Thanh, T.
                    # Ben Tre``: two Xã Mỹ Thạnh), and an earlier unit only nearly: one more
                    # candidate, no answer.
                    return self._with_earlier(res, earlier)
                return earlier
        elif self._new_with_old_parts(res):
            earlier = self.history().resolve(ref, res)
            if (
                earlier is not None
                and earlier.status in (Status.EXACT, Status.SPLIT)
                and not earlier.codes() & res.codes()
                and not self.addresses.typed_commune(earlier.street)
            ):
                return earlier if self._type_disagrees(res) else self._new_or_earlier(res, earlier)
            if (
                earlier is not None
                and earlier.status in (Status.SPLIT, Status.AMBIGUOUS)
                and res.codes() < earlier.codes()
                and self._type_disagrees(res)
            ):
                # ``Thị trấn Quan Sơn, Quan Sơn, Thanh Hóa``: not the new Xã Quan Sơn, typed as
                # written; the town merged into Sơn Lư in 2019, split in 2025 (Quan Sơn one part).
                # ``Xã Bình Phước, Tỉnh Đồng Nai``: not the new Phường Bình Phước as typed; an
                # earlier Xã Bình Phước, flagged with its namesakes since (this one among them).
                return replace(earlier.with_address_parts(res.street, res.parsed), note=earlier.note)
        elif self._read_in_another_old_province(res):
            # (In the old province of the name alone: the one the text may mean by it.)
            earlier = self.history().names(res.parsed[0], None, res.parsed[2] or "", made=False)
            firm = earlier is not None and earlier.status in (Status.EXACT, Status.SPLIT)
            if earlier is not None and firm and not earlier.codes() & res.codes():
                # ``150 Nguyễn Huệ, P. 2, Vĩnh Long``: no Phường 2 in the old Vĩnh Long of 2025
                # (renamed in 2024), one in the new province (Trà Vinh's Duyên Hải): either.
                return self._flagged_with(res, earlier, f"in the province of 2025 of that name; or {earlier.note}")
        return self.addresses.commune_before(res)

    def _province_unread(self, res: Resolution) -> bool:
        """Whether the province written in a reading names no province of 30 June 2025 nor of the
        new register, not even nearly (an earlier one's, left unread)."""
        written = res.parsed[0]
        if not written:
            return False
        return (
            self.match_province(written).kind is MatchKind.NONE
            and self.match_new_province(written).kind is MatchKind.NONE
        )

    def _district_named_only(self, res: Resolution) -> bool:
        """Whether ``_history_may_read`` holds for ``res`` only as its commune, read bare after a
        street, is a district's name (the part before it may be the commune)."""
        return not self._weakly_read(res)

    def _weakly_read(self, res: Resolution) -> bool:
        """Not read, read by a near name, flagged between near names or readings, or against the
        province written: an earlier register may read it (see ``_history_may_read``)."""
        return (
            res.status is Status.UNMATCHED
            or res.status is Status.FUZZY
            or res.reason in _NOT_READ
            or res.reason is Reason.NOT_IN_PROVINCE  # ``Huyện Mê Linh, Vĩnh Phúc``: so until 2008
            or self._alone_flagged(res)
            or self._weakly_flagged(res)
        )

    def _province_named(self, commune: str | None) -> bool:
        """Whether ``commune``, as written, is a province's name alone (no type word)."""
        if not commune or split_type(commune, Level.COMMUNE).type is not None:
            return False
        return self.match_province(commune).kind is MatchKind.EXACT

    def _read_in_another_old_province(self, res: Resolution) -> bool:
        """A commune read firmly without district under a province's name that is an old province's
        too, in another old province (one merged into the new province of that name)."""
        if res.status is not Status.EXACT or res.parsed[1] is not None or not res.parsed[0] or not res.parsed[2]:
            return False
        read = res.old.province_code
        if read is None:
            return False
        named = self.match_province(res.parsed[0])
        return named.kind is MatchKind.EXACT and bool(named.units) and all(u.code != read for u in named.units)

    def _may_name_abolished(self, old: OldUnits) -> bool:
        """Whether a reading whose old units are ``old`` may name a commune retired with no
        successor established: read in one of their districts (or, no district read, in one of
        their provinces, or nowhere). A look-up of codes: the hot path of addresses pays no more."""
        if old.district_code is not None:
            return old.district_code in self._abolished_districts
        return old.province_code is None or old.province_code in self._abolished_provinces

    def _names_abolished(self, commune: str) -> bool:
        """Whether ``commune`` has the name of a commune retired with no successor established
        (the reader of earlier registers is not built for it)."""
        return name_key(split_type(commune, Level.COMMUNE).core) in self._abolished_names

    @staticmethod
    def _abolished_namesake(today: Resolution, retired: str) -> Resolution:
        """Today's unit of exactly the name written, kept, with a note on the retired commune
        (``retired``, described) that had the name before it."""
        note = f"the unit of 30 June 2025 of that name; the name was also that of {retired}"
        return replace(today, note=f"{today.note}; {note}" if today.note else note)

    @staticmethod
    def _with_today(abolished: Resolution, today: Resolution) -> Resolution:
        """A retired commune's flag, with the unit today's reading found by that name (a unit of
        30 June 2025 that took the name later) among the candidates."""
        if today.status not in _FIRM or today.codes() <= abolished.codes():
            return abolished
        return replace(
            abolished,
            candidates=tuple(sorted(abolished.codes() | today.codes())),
            new_province_code=abolished.new_province_code
            if abolished.new_province_code == today.new_province_code
            else None,
            note=f"{abolished.note}; or the unit of that name today",
        )

    def _new_with_old_parts(self, res: Resolution) -> bool:
        """A commune read as already new, but typed with a type word that is not its own (``Thị
        trấn Nghi Xuân``: a town until 2020, a xã now), or written with an old district, typed or
        not (``X.Thanh Bình, huyện Thanh Liêm``): an earlier unit of exactly that name (and type)
        may be meant."""
        code = res.new_commune_code
        if res.status is not Status.ALREADY_NEW or code is None:
            return False
        return res.parsed[1] is not None or self._type_disagrees(res)

    def _type_disagrees(self, res: Resolution) -> bool:
        """The new commune read was typed with a type word that is not its own, now or later."""
        typed = self.addresses.commune_type(res.parsed[2])
        code = res.new_commune_code
        unit = self.reg.new_communes.get(code) if code is not None else None
        if typed is None or unit is None:
            return False
        return typed != unit.type and typed not in self.later_types("commune").get(unit.code, ())

    @staticmethod
    def _new_or_earlier(today: Resolution, earlier: Resolution) -> Resolution:
        """A new commune written with an old district that had an earlier commune of that name
        (merged before 2025): either may be meant; flagged with both."""
        return today.flagged(
            today.codes() | earlier.codes(),
            f"readings disagree: a new commune of that name, or {earlier.note}",
            score=min(today.score, earlier.score),
            other_province=earlier.new_province_code,
            old=earlier.old,
        )

    def _moved_since(self, today: Resolution, earlier: Resolution) -> bool:
        """Today's commune, written with a district that does not hold it (flagged with the
        district's own communes, or the commune's namesakes), where an earlier register had that
        commune in that district, by the same words (``xã Nậm Hàng, huyện Mường Tè, Tỉnh Lai Châu``: in Nậm Nhùn
        since 2012): the earlier reading explains every unit written."""
        return (
            earlier.status is Status.EXACT
            and today.parsed[1] is not None
            and today.parsed[2] is not None
            and earlier.parsed[1:] == today.parsed[1:]
            and (earlier.street or "") == (today.street or "")
            and bool(earlier.codes())
            and (
                today.note.startswith(f"{today.parsed[2]} is not in ")
                or ("(moved)" in earlier.note and earlier.codes() <= set(today.candidates))
            )
            and self._named_in(str(earlier.parsed[1]), earlier.note)
            and not self._namesakes_today(today, earlier)
        )

    def _namesakes_today(self, today: Resolution, earlier: Resolution) -> bool:
        """Whether a candidate of today's flag beside the earlier reading's units was made from a
        commune named as written, or one letter off (``Xã Nghi Phong, Huyện Nghi Lộc``: Nghi
        Phương of Nghi Lộc; ``X. Thái Học, H.Nguyên Bình``: Bảo Lâm's Thái Học): then the text
        does not settle it, and the flag stays."""
        written = ascii_key(split_type(str(today.parsed[2]), Level.COMMUNE).core)
        for code in set(today.candidates) - earlier.codes():
            for row in self.crosswalk.predecessors(code):
                name = ascii_key(split_type(row.old_commune_name, Level.COMMUNE).core)
                if Levenshtein.distance(name, written, score_cutoff=1) <= 1:
                    return True
        return False

    @staticmethod
    def _named_in(district: str, note: str) -> bool:
        """The district written is named in full (not by its initials: ``quận BT``) in an earlier
        reading's note (``read in the register before 2013-06-11: Xã Chiềng Xuân, Huyện Mộc
        Châu (moved)``)."""
        core = ascii_key(split_type(district, Level.DISTRICT).core)
        return len(core.replace(" ", "")) > 4 and f"{core} " in f"{ascii_key(note).replace(',', ' ')} "

    def _typed_commune_explained(self, today: Resolution, earlier: Resolution) -> bool:
        """Readings of today that disagree and leave a typed commune in the street, which an
        earlier register reads in the district written, leading to one of today's candidates
        (``240 Phạm Văn Chiêu, Phường 9, Gò Vấp, Hồ Chí Minh``: Gò Vấp as today's ward, or as the
        district with a Phường 9 it no longer had on 30 June 2025; the register before 1 January
        2025 had it, merged then): the earlier reading explains every unit written, today's leave
        one unread."""
        codes, district = earlier.codes(), earlier.parsed[1]
        return (
            bool(codes)
            and (codes <= set(today.candidates) or self._name_cut(today, earlier))
            and district is not None
            and earlier.parsed[2] is not None
            and self._district_by_its_name(district, earlier.old.district_code)
            and self.addresses.typed_commune(today.street) is not None
            and len(earlier.street or "") < len(today.street or "")
        )

    @staticmethod
    def _name_cut(today: Resolution, earlier: Resolution) -> bool:
        """Today's reading took the last words of a typed commune's name as the commune, in the
        district the earlier reading read (``phường Phạm Hồng Thái, quận Hồng Bàng``: today's
        Hồng Thái of another district, ``phường Phạm`` left in the street; Phường Phạm Hồng Thái
        of Hồng Bàng until 2020): the earlier reading has the whole name."""
        mine, theirs = today.parsed[2], earlier.parsed[2]
        if mine is None or theirs is None or today.parsed[1] != earlier.parsed[1]:
            return False
        whole = name_key(split_type(theirs, Level.COMMUNE).core)
        part = name_key(split_type(mine, Level.COMMUNE).core)
        return bool(part) and whole.endswith(f" {part}")

    def _district_by_its_name(self, written: str, code: str | None) -> bool:
        """The district ``written`` is the name of district ``code`` (type word aside, marks or
        not), not its initials or a near name (``quận BT`` is Bình Thạnh as often as Bến Tre)."""
        district = self.reg.old_districts.get(code or "")
        typed = split_type(written, Level.DISTRICT)
        if district is None or (typed.type is not None and typed.type != district.type):
            return False
        return ascii_key(typed.core) == ascii_key(district.short_name)

    @staticmethod
    def _flagged_with(today: Resolution, earlier: Resolution, note: str) -> Resolution:
        """Today's reading and an earlier register's, leading apart: flagged with the units of both
        (the lower score of the two)."""
        return today.flagged(
            today.codes() | earlier.codes(),
            note,
            score=min(today.score, earlier.score),
            other_province=earlier.new_province_code,
        )

    @staticmethod
    def _with_earlier(today: Resolution, earlier: Resolution) -> Resolution:
        """Readings of today that disagree stay flagged, with the unit an earlier register reads
        among the candidates and in the note (``Xã Nghi Phong, Huyện Nghi Lộc``: in Nghi Lộc until
        2025, in TP Vinh since; Nghi Lộc has Nghi Phương)."""
        codes = earlier.codes() | set(today.candidates)
        return replace(today, candidates=tuple(sorted(codes)), note=f"{today.note}; {earlier.note}")

    def _earlier_reads_more(self, today: Resolution, earlier: Resolution, address: str) -> bool:
        """Whether an address alone is taken as read in an earlier register: it keeps no typed
        commune in its street, and over a reading of today it explains at least as much of the
        text (a fuzzy one), or more (a firm one): ``Phú Sơn, Nho Quan, Ninh Bình`` is no earlier
        Thị trấn Nho Quan with ``Phú Sơn`` left in the street."""
        if self.addresses.typed_commune(earlier.street):
            return False
        if today.status is Status.FUZZY and self._city_read_as_province(today, earlier):
            return True
        if (
            today.status is Status.FUZZY
            and not earlier.codes() <= today.codes()
            and self._read_by_its_name(today, address)
        ):
            # The commune named exactly today, the doubt another part's (``Xã Đông Quang, Tỉnh Thái
            # Bnìh``: the province misspelt): an earlier unit of the name leading elsewhere (Đông
            # Hưng's Đông Quang, merged in 2024) only when it explains more of the text: a part
            # more, or the province written, which names none of today's (``xã Phương Độ, Tỉnh Hà
            # Tây``: Hà Giang's Phương Độ read, Hà Tây left unread).
            return len(earlier.street or "") < len(today.street or "") or self._province_unread(today)
        if today.status is Status.FUZZY or self._weakly_flagged(today):
            return len(earlier.street or "") <= len(today.street or "")
        if today.status in (Status.EXACT, Status.ALREADY_NEW) or self._alone_flagged(today):
            return len(earlier.street or "") < len(today.street or "")
        return True

    def _city_read_as_province(self, today: Resolution, earlier: Resolution) -> bool:
        """Today's reading took for the province a part typed as a city that no province of the
        name is, which the earlier reading took for the city of that name (``150 Nguyễn Huệ, P.2,
        TP Vĩnh Long``: TP Vĩnh Long's Phường 2 until 2024, not Trà Vinh's Phường 2 in the new Tỉnh
        Vĩnh Long): the earlier reading explains the type word, today's only the name."""
        written = today.parsed[0]
        if not written:
            return False
        as_city = earlier.parsed[1] == written and earlier.parsed[0] is None
        if not as_city and not (earlier.parsed[0] == written and self._in_city_named(earlier, written)):
            return False
        kind = split_type(written, Level.PROVINCE).type
        provinces = (
            self.reg.old_provinces.get(today.old.province_code or ""),
            self.reg.new_provinces.get(today.new_province_code or ""),
        )
        types = {p.type for p in provinces if p is not None}
        return kind == "thành phố" and bool(types) and kind not in types

    def _in_city_named(self, earlier: Resolution, written: str) -> bool:
        """The earlier reading, the part typed as a city read as its province, found a unit of
        the city of that name (``P.2 tp Trà Vinh``: Thành phố Trà Vinh's Phường 2 until 2024)."""
        district = self.reg.old_districts.get(earlier.old.district_code or "")
        if district is None or district.type != "thành phố" or earlier.parsed[1] is not None:
            return False
        return ascii_key(district.short_name) == ascii_key(split_type(written, Level.PROVINCE).core)

    def _read_by_its_name(self, res: Resolution, address: str) -> bool:
        """The commune part of a reading is the name of the unit read, marks and all, as written in
        the address (not a repaired reading), and its type word (if any) the unit's."""
        typed = split_type(res.parsed[2] or "", Level.COMMUNE)
        written = name_key(typed.core)
        if not written or f" {written} " not in f" {name_key(address)} ":
            return False  # not as written: repaired (``Hà Vân`` read as heard, Hà Giang)
        units: list[OldCommune | NewCommune] = [
            self.reg.old_communes[c] for c in res.old.commune_codes if c in self.reg.old_communes
        ]
        if not units and res.new_commune_code in self.reg.new_communes:
            units = [self.reg.new_communes[res.new_commune_code or ""]]
        return any(name_key(u.short_name) == written and typed.type in (None, u.type) for u in units)

    @staticmethod
    def _weakly_flagged(res: Resolution) -> bool:
        """Flagged between near names or readings that disagree (``Xã Thụy Dũng, Huyện Thái
        Thụy``: merged in 2019, near two communes of today): an earlier unit of exactly that name
        may settle it."""
        if res.status is not Status.AMBIGUOUS:
            return False
        return res.reason is Reason.READINGS_DISAGREE or (
            res.reason is Reason.SEVERAL_OLD_COMMUNES and res.score < ASCII_SCORE
        )

    @staticmethod
    def _alone_flagged(res: Resolution) -> bool:
        """A commune read alone (no district, no province) after a street, flagged."""
        province, district, _ = res.parsed
        return res.status is Status.AMBIGUOUS and province is None and district is None and bool(res.street)

    def _history_may_read(self, res: Resolution) -> bool:
        """Whether an address alone may name a unit of a register before 30 June 2025. It has had
        all its readings weighed (fuzzy names and conflicts included): earlier registers are read
        when its commune names nothing of today's, or today's only by a fuzzy match, which gives
        way to an earlier unit of exactly that name (``Xã Sơn Long, Huyện Hương Sơn``, merged in
        2025, is no ``Sơn Hồng``), or when the untyped name read as its commune, with no district,
        was a district's (often abolished since): the part before it may be the commune
        (``304 Chí Công, Trúc Lâm, Tĩnh Gia, Thanh Hóa`` is no Phường Tĩnh Gia), or when only a
        commune was read, and flagged, at the end of a longer text (``Hòa Phú, Ứng Hòa, Hà Tây``)."""
        if self._weakly_read(res):
            return True
        commune = res.parsed[2]
        return (
            self.addresses.bare_commune_read(res)
            and commune is not None
            and self.history().names_a_district(commune, unmarked=True)
        )

    def unread(self, res: Resolution, street: str | None) -> bool:
        """Whether ``resolve`` reads more than the address reader for an address alone read as
        ``res`` (without its street) and ``street``: the history, or a commune before the one read."""
        if self._new_with_old_parts(res):
            return True
        if res.parsed[1] is not None and res.status in _FIRM and res.reason not in _NOT_READ:
            # The common case, a unit read with its district: unless the district is one where a
            # commune was retired with no successor established, and the commune has its name.
            commune = res.parsed[2]
            return commune is not None and self._may_name_abolished(res.old) and self._names_abolished(commune)
        res = res.with_street(street)
        return (
            self._history_may_read(res)
            or self.addresses.bare_commune_read(res)
            or self._read_in_another_old_province(res)
            or res.reason is Reason.NO_COMMUNE_WRITTEN  # (``_province_as_district``, ``_middle_unread``)
            or bool(self._top_provinces(res))
        )

    def _top_provinces(self, res: Resolution) -> set[str]:
        """The provinces ``_from_the_top`` may read ``res`` (with its street) in again: nothing
        read above the commune, a typed province first in the street; none otherwise."""
        if res.parsed[0] is not None or res.parsed[1] is not None or not res.street:
            return set()
        return self.addresses.typed_province(_PARTS.split(res.street, maxsplit=1)[0])

    def _provinces_of(self, res: Resolution) -> set[str | None]:
        """The new provinces a resolution leads to: its own, and its candidates'."""
        communes = self.reg.new_communes
        return {res.new_province_code} | {communes[c].province_code for c in res.candidates if c in communes}

    @staticmethod
    def may_be_earlier(res: Resolution) -> bool:
        """Whether a reference may name a unit of a register before 30 June 2025: not found, or
        found only by a fuzzy match (one unit or several), which gives way to an earlier unit of
        exactly that name (an abolished Xã Bình Long is not its neighbour of a similar name)."""
        status = res.status
        return (
            status is Status.UNMATCHED
            or status is Status.FUZZY
            or (status is Status.AMBIGUOUS and (not res.old.commune_codes or res.score < ASCII_SCORE))
        )

    def history(self) -> HistoryResolver:
        """The reader of earlier registers, built on first use (most runs never need it)."""
        if self._history is None:
            from admin_merge.matching.history import HistoryResolver

            self._history = HistoryResolver(self)
        return self._history

    def _resolve(self, ref: Reference) -> Resolution:
        if ref.address and not ref.address.isspace():
            if not ref.has_columns() and (found := self.numbered.located(ref.address)) is not None:
                return found[0].resolution.with_street(found[1])  # ``AddressReader.read`` for an address alone
            return self.addresses.read(ref)
        if ref.is_empty():
            return Resolution(Status.EMPTY)
        if not _blank(ref.commune_code):
            return self._by_commune_code(ref)
        if not _blank(ref.commune):
            return self.resolve_names(ref)
        if not _blank(ref.district_code) or not _blank(ref.district):
            return self._district_only(ref)
        return self._province_only(ref)

    # ----- codes --------------------------------------------------------------------
    def _by_commune_code(self, ref: Reference) -> Resolution:
        code = normalize_code(ref.commune_code, "commune")
        if code is None:
            return Resolution(
                Status.UNMATCHED, note=f"'{ref.commune_code}' is not a commune code", reason=Reason.NOT_A_CODE
            )
        old = self.reg.old_communes.get(code)
        if old is not None:
            conflict = self._code_conflict(old, ref)
            result = self.from_old_communes([old], 100.0, MatchKind.EXACT)
            if conflict:
                return Resolution(
                    Status.AMBIGUOUS,
                    new_province_code=result.new_province_code,
                    candidates=result.candidates or ((result.new_commune_code,) if result.new_commune_code else ()),
                    primary=result.primary,
                    old=result.old,
                    note=conflict,
                    reason=Reason.CONFLICT,
                )
            return result
        new = self.reg.new_communes.get(code)
        if new is not None:
            return Resolution(
                Status.ALREADY_NEW, score=100.0, new_province_code=new.province_code, new_commune_code=new.code
            )
        retired = self.reg.retired.get(code)
        if retired is not None and retired.successor_old_code in self.reg.old_communes:
            successor = self.reg.old_communes[retired.successor_old_code]
            result = self.from_old_communes([successor], RETIRED_SCORE, MatchKind.FUZZY)
            conflict = self._code_conflict(successor, replace(ref, commune=None))
            if conflict:
                return Resolution(Status.UNMATCHED, note=f"retired code {code}: {conflict}", reason=Reason.RETIRED_CODE)
            note = f"retired code {code} ({retired.name}) read as {successor.code} ({retired.successor_basis})"
            return replace(result, note=note, reason=Reason.RETIRED_CODE)
        if retired is not None:
            note = f"commune code {code} ({retired.name}) was retired before 30 June 2025"
            return Resolution(Status.UNMATCHED, note=note, reason=Reason.RETIRED_CODE)
        return Resolution(
            Status.UNMATCHED, note=f"commune code {code} is in neither register", reason=Reason.UNKNOWN_CODE
        )

    def _code_conflict(self, old: OldCommune, ref: Reference) -> str:
        district = normalize_code(ref.district_code, "district") if not _blank(ref.district_code) else None
        province = normalize_code(ref.province_code, "province") if not _blank(ref.province_code) else None
        if district is not None and district != old.district_code:
            return f"commune code {old.code} is in district {old.district_code}, the record says {district}"
        if province is not None and province != old.province_code:
            return f"commune code {old.code} is in province {old.province_code}, the record says {province}"
        if not _blank(ref.commune):
            m = NameIndex([old], Level.COMMUNE, self._aliases[("old", "commune")]).match(str(ref.commune))
            if m.kind is MatchKind.NONE:
                return f"commune code {old.code} is {old.name}, the record says '{ref.commune}'"
        return ""

    # ----- names ----------------------------------------------------------------------
    def match_province(self, text: str) -> NameMatch[OldProvince]:
        return self._province_matches(text)

    def _province_alias(self, text: str) -> str | None:
        """An informal province name: ASCII forms by compact key, accented ones by name key."""
        if text.isascii():
            code = PROVINCE_ALIASES.get(ascii_key(text).replace(" ", ""))
            parsed = split_type(text, Level.PROVINCE)
            if code is None and parsed.type:
                code = PROVINCE_ALIASES.get(ascii_key(parsed.core).replace(" ", ""))
            return code
        key = name_key(text)
        return self._accented_aliases.get(key) or self._accented_aliases.get(
            name_key(split_type(text, Level.PROVINCE).core)
        )

    def _match_province(self, text: str) -> NameMatch[OldProvince]:
        code = self._province_alias(text)
        if code is not None and code in self.reg.old_provinces:
            return NameMatch(MatchKind.EXACT, (self.reg.old_provinces[code],), 100.0)
        return self.old_provinces.match(text)

    def _province_step(self, ref: Reference) -> _Step:
        if not _blank(ref.province_code):
            code = normalize_code(ref.province_code, "province")
            unit = self.reg.old_provinces.get(code or "")
            return _Step([unit] if unit else [], 100.0, True, MatchKind.EXACT)
        if not _blank(ref.province):
            m = self.match_province(str(ref.province))
            return _Step(m.units, m.score, True, m.kind)
        return _Step([], 100.0, False, MatchKind.EXACT)

    def _district_step(self, ref: Reference, provinces: _Step) -> _Step:
        scope = tuple(sorted(p.code for p in provinces.units))
        if not _blank(ref.district_code):
            code = normalize_code(ref.district_code, "district")
            unit = self.reg.old_districts.get(code or "")
            ok = unit is not None and (not scope or unit.province_code in scope)
            return _Step([unit] if ok else [], 100.0, True, MatchKind.EXACT)
        if not _blank(ref.district):
            m = self._district_index(scope).match(str(ref.district))
            return _Step(m.units, m.score, True, m.kind)
        return _Step([], 100.0, False, MatchKind.EXACT)

    def old_commune_match(
        self, commune: str, provinces: Sequence[OldProvince], districts: Sequence[OldDistrict]
    ) -> NameMatch[OldCommune]:
        scope: tuple[str, tuple[str, ...]]
        if districts:
            codes = (districts[0].code,) if len(districts) == 1 else tuple(sorted(d.code for d in districts))
            scope = ("district", codes)
        elif provinces:
            codes = (provinces[0].code,) if len(provinces) == 1 else tuple(sorted(p.code for p in provinces))
            scope = ("province", codes)
        else:
            scope = ("nation", ())
        return self._commune_index(scope).match(commune, fuzzy=bool(districts or provinces))

    def upper_steps(self, ref: Reference) -> tuple[_Step, _Step]:
        """Province and district candidates of a reference; memoised (they repeat endlessly)."""
        return self._steps(ref.province_code, ref.province, ref.district_code, ref.district)

    def named_steps(self, province: str | None, district: str | None) -> tuple[_Step, _Step]:
        """``upper_steps`` of a province and district given by name (the address reader's case)."""
        return self._steps(None, province, None, district)

    def _upper_steps(
        self, province_code: str | None, province: str | None, district_code: str | None, district: str | None
    ) -> tuple[_Step, _Step]:
        ref = Reference(province_code=province_code, district_code=district_code, province=province, district=district)
        provinces = self._province_step(ref)
        return provinces, self._district_step(ref, provinces)

    def resolve_names(self, ref: Reference) -> Resolution:
        """Province / district / commune given as names (or codes for the upper levels)."""
        provinces, districts = self.upper_steps(ref)
        if provinces.given and not provinces.units:
            return self._try_new_only(ref) or Resolution(
                Status.UNMATCHED, note="province not found", reason=Reason.PROVINCE_NOT_FOUND
            )
        if districts.given and not districts.units:
            return self._try_new_only(ref) or Resolution(
                Status.UNMATCHED, note="district not found in the province", reason=Reason.DISTRICT_NOT_FOUND
            )
        province_units = provinces.units or list(
            {d.province_code: self.reg.old_provinces[d.province_code] for d in districts.units}.values()
        )
        m = self.old_commune_match(str(ref.commune), province_units, districts.units)
        score = min(provinces.score, districts.score, m.score)
        kind = m.kind
        if not provinces.given and not districts.given and kind is MatchKind.EXACT:
            # A commune name with no province or district around it: unique in the nation,
            # but a person should look once.
            score, kind = min(score, NO_CONTEXT_SCORE), MatchKind.FUZZY
        old_result = self.from_old_communes(list(m.units), score, kind) if m.units else None
        if not districts.given:
            new_result = self._try_new_only(ref)
            if new_result is not None:
                if old_result is None:
                    return new_result
                if old_result.new_commune_code == new_result.new_commune_code:
                    # The same unit either way: a name as written since 1 July 2025 is already new
                    # (Xã/Phường Long Thành), one that only the old register has is exact.
                    return old_result if old_result.status is Status.EXACT else new_result
                evidence = self._province_register(ref)
                if evidence == "old" and kind is MatchKind.EXACT:
                    return old_result  # the province is named as it was before 2025
                if evidence == "new":
                    return new_result  # the province is named as it is since 2025
                return self._ambiguous_between(old_result, new_result)
        if old_result is None:
            return Resolution(Status.UNMATCHED, note="commune not found", reason=Reason.COMMUNE_NOT_FOUND)
        return old_result

    def _district_only(self, ref: Reference) -> Resolution:
        provinces = self._province_step(ref)
        districts = self._district_step(ref, provinces)
        if not districts.units:
            return Resolution(Status.UNMATCHED, note="district not found", reason=Reason.DISTRICT_NOT_FOUND)
        if len(districts.units) > 1:
            return Resolution(
                Status.AMBIGUOUS, note="district name fits several districts", reason=Reason.SEVERAL_DISTRICTS
            )
        return self.district_resolution(districts.units[0], min(provinces.score, districts.score))

    def district_resolution(self, district: OldDistrict, score: float) -> Resolution:
        """What a record that names only this district (and no commune) resolves to."""
        codes = self.crosswalk.district_successors(district.code)
        province = self.reg.old_provinces[district.province_code].new_code
        old = OldUnits(district.province_code, district.code)
        if len(codes) == 1:
            return Resolution(Status.EXACT, score=score, new_province_code=province, new_commune_code=codes[0], old=old)
        return Resolution(
            Status.AMBIGUOUS,
            score=score,
            new_province_code=province,
            candidates=tuple(sorted(codes)),
            old=old,
            note="only the district is given",
            reason=Reason.NO_COMMUNE_WRITTEN,
        )

    def _province_only(self, ref: Reference) -> Resolution:
        provinces = self._province_step(ref)
        if len(provinces.units) == 1:
            p: OldProvince = provinces.units[0]
            return Resolution(Status.EXACT, score=provinces.score, new_province_code=p.new_code, old=OldUnits(p.code))
        if not _blank(ref.province):
            m = self.new_provinces.match(str(ref.province))
            if m.unit is not None:
                return Resolution(Status.ALREADY_NEW, score=m.score, new_province_code=m.unit.code)
        return Resolution(
            Status.UNMATCHED if not provinces.units else Status.AMBIGUOUS,
            note="province not found",
            reason=Reason.PROVINCE_NOT_FOUND,
        )

    # ----- already in the new form ------------------------------------------------------
    def match_new_province(self, text: str) -> NameMatch[NewProvince]:
        m = self.new_provinces.match(text)
        if m.kind is MatchKind.NONE:
            old = self.match_province(text)
            if old.unit is not None and old.unit.new_code in self.reg.new_provinces:
                return NameMatch(old.kind, (self.reg.new_provinces[old.unit.new_code],), old.score)
        return m

    def _try_new_only(self, ref: Reference) -> Resolution | None:
        """The reference read in the new two-level register (no district)."""
        if _blank(ref.commune) or not _blank(ref.district) or not _blank(ref.district_code):
            return None
        scope: tuple[str, ...] = ()
        score = 100.0
        if not _blank(ref.province_code):
            code = normalize_code(ref.province_code, "province")
            if code not in self.reg.new_provinces:
                return None
            scope = (str(code),)
        elif not _blank(ref.province):
            # Only a name of a new province (or a province that kept its code): an old
            # province that was merged away means the record is in the old form.
            p = self.match_new_province(str(ref.province))
            if p.unit is None or (self._province_register(ref) == "old" and p.unit.code != self._old_code(ref)):
                return None
            scope, score = (p.unit.code,), p.score
        m = self._new_commune_index(scope).match(str(ref.commune), fuzzy=bool(scope))
        if m.unit is None or m.kind is not MatchKind.EXACT:
            return None
        return Resolution(
            Status.ALREADY_NEW,
            score=min(score, m.score),
            new_province_code=m.unit.province_code,
            new_commune_code=m.unit.code,
        )

    def _province_register(self, ref: Reference) -> str:
        """Which register the written province belongs to: 'old', 'new', 'both' or 'none'."""
        if not _blank(ref.province_code):
            code = normalize_code(ref.province_code, "province") or ""
            in_old, in_new = code in self.reg.old_provinces, code in self.reg.new_provinces
        elif not _blank(ref.province):
            text = str(ref.province)
            alias = self._province_alias(text)
            in_old = self.match_province(text).kind is not MatchKind.NONE
            in_new = self.new_provinces.match(text).kind is not MatchKind.NONE or (
                alias is not None and alias in self.reg.new_provinces
            )
        else:
            return "none"
        return "both" if in_old and in_new else "old" if in_old else "new" if in_new else "none"

    def _old_code(self, ref: Reference) -> str | None:
        m = self.match_province(str(ref.province))
        return m.unit.code if m.unit is not None else None

    @staticmethod
    def _ambiguous_between(a: Resolution, b: Resolution) -> Resolution:
        codes = set(a.candidates) | {c for c in (a.new_commune_code, b.new_commune_code) if c}
        provinces = {p for p in (a.new_province_code, b.new_province_code) if p}
        return Resolution(
            Status.AMBIGUOUS,
            score=min(a.score, b.score),
            new_province_code=provinces.pop() if len(provinces) == 1 else None,
            candidates=tuple(sorted(codes)),
            old=a.old,
            note="the name fits an old unit and a different new unit",
            reason=Reason.OLD_AND_NEW,
        )

    # ----- from old communes to new ones ------------------------------------------------
    def from_old_communes(self, communes: Sequence[OldCommune], score: float, kind: MatchKind) -> Resolution:
        """What old communes resolve to; memoised (the same few thousand repeat endlessly)."""
        codes = (communes[0].code,) if len(communes) == 1 else tuple(c.code for c in communes)
        return self._successors(codes, score, kind)

    def _from_codes(self, codes: tuple[str, ...], score: float, kind: MatchKind) -> Resolution:
        return self._from_old_communes([self.reg.old_communes[c] for c in codes], score, kind)

    def _from_old_communes(self, communes: Sequence[OldCommune], score: float, kind: MatchKind) -> Resolution:
        if len(communes) == 1:
            only = communes[0]
            successors = self.crosswalk.successors(only.code)
            # The common case, without the general bookkeeping below: the memo serves repeats, but
            # every distinct commune still comes here once.
            if len(successors) == 1:
                row = successors[0]
                return Resolution(
                    Status.EXACT if kind is MatchKind.EXACT else Status.FUZZY,
                    score=score,
                    new_province_code=row.new_province_code,
                    new_commune_code=row.new_commune_code,
                    old=OldUnits(only.province_code, only.district_code, (only.code,)),
                )
        rows = [r for c in communes for r in self.crosswalk.successors(c.code)]
        codes = sorted({r.new_commune_code for r in rows})
        provinces = {r.new_province_code for r in rows}
        province = provinces.pop() if len(provinces) == 1 else None
        districts = {c.district_code for c in communes}
        old = OldUnits(
            communes[0].province_code if len({c.province_code for c in communes}) == 1 else None,
            districts.pop() if len(districts) == 1 else None,
            tuple(c.code for c in communes),
        )
        if not codes:
            return Resolution(
                Status.UNMATCHED,
                old=old,
                note="old commune has no successor in the mappings",
                reason=Reason.NO_SUCCESSOR,
            )
        if len(communes) == 1:
            if len(codes) == 1:
                status = Status.EXACT if kind is MatchKind.EXACT else Status.FUZZY
                return Resolution(status, score=score, new_province_code=province, new_commune_code=codes[0], old=old)
            primary = next((r.new_commune_code for r in rows if r.is_primary), None)
            return Resolution(
                Status.SPLIT,
                score=score,
                new_province_code=province,
                candidates=tuple(codes),
                primary=primary,
                old=old,
            )
        if len(codes) == 1 and all(r.relation == "whole" for r in rows):
            # Several old communes fit the text, but all went whole to the same new one.
            return Resolution(
                Status.EXACT if score >= EXACT_MIN_SCORE else Status.FUZZY,
                score=score,
                new_province_code=province,
                new_commune_code=codes[0],
                old=old,
                note="several old communes fit; all went to this one",
                reason=Reason.SEVERAL_OLD_COMMUNES,
            )
        return Resolution(
            Status.AMBIGUOUS,
            score=score,
            new_province_code=province,
            candidates=tuple(codes),
            old=old,
            note=f"the name fits {len(communes)} old communes",
            reason=Reason.SEVERAL_OLD_COMMUNES,
        )
