"""References written in a register before 30 June 2025: names and codes of earlier rounds.

The resolver tries the register of 30 June 2025 first; only a reference it cannot place comes
here. The history states (``mappings/history``) give, for every unit state of the earlier
registers, its successors in the register of 30 June 2025, from where the crosswalk leads on.
Three ways in, surest first:

1. the commune's own earlier state, found by name inside the province and district as written
   then (``Phường 13, Quận Gò Vấp`` until 2025-01-01);
2. an earlier district or province name leading to units of 30 June 2025, inside which the
   commune is found by its name (``Quận 2`` → Thành phố Thủ Đức; ``Thành phố Huế`` → Quận Thuận
   Hóa / Quận Phú Xuân; ``Tỉnh Hà Tây`` → Hà Nội);
3. the commune's earlier state inside the province as written, when the district written is not
   the one of the state (a lower score, and a note).

A commune whose code was retired with no successor established (``mappings/history/unresolved.yaml``)
is never answered as one unit: named as the registers wrote it, inside its district or province as
written then or now (or by its retired code), it is flagged with the new units of its candidates,
and the note names it and the year it was abolished.

Every resolution found here says which register it was read in (``note``: ``read in the register
of ...``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from admin_merge.matching.codes import normalize_code
from admin_merge.matching.model import HALF_UPDATED, OldUnits, Reason, Reference, Resolution, Status
from admin_merge.matching.names import MatchKind
from admin_merge.memo import memo, memoize
from admin_merge.registry.registers import OldCommune, OldDistrict, OldProvince
from admin_merge.registry.steps import HistoryState, UnresolvedRetired
from admin_merge.text.address import (
    GLUED_CELLS,
    LATER_NAME,
    MAY_BE_GLUED,
    SPACE_DASH,
    last_segments,
    split_address,
)
from admin_merge.text.aliases import PROVINCE_ALIASES
from admin_merge.text.normalize import TONE_MARKS, ascii_key, clean, name_key
from admin_merge.text.tokens import strip_noise
from admin_merge.text.unit_names import Level, split_type

# Flags of today's reading that a near name made: the name fits several units nearly (see
# ``HistoryResolver._read_parts``; not readings that disagree: a text's units found among other
# words are flagged so, and stay candidates).
_NEAR_FLAGS = frozenset({Reason.SEVERAL_OLD_COMMUNES})

# What an old record writes around its units that names none of them: notes and codes in
# brackets (``(cũ)``, ``(trước 2020)``, ``(18511)``, ``[26074]``), a labelled code (``Mã xã: 15595``,
# ``| MaDVHC=12805``), a field's label first (``Quê quán:``, ``Nơi sinh:``, ``ĐC:``) and a note on
# what the unit became at a date (``..., từ 01/12/2019 là xã Ứng Hoè``).
_ASIDE = re.compile(
    r"\s*[(\[][^()\[\]]*[)\]]"
    r"|[\s.,;|]*\b(?:[Mm]ã(?: xã| ĐVHC| đơn vị)?|MaDVHC|Ma xa|[Cc]ode)\s*[:=]?\s*\d{4,6}\b"
    r"|^\s*[^\d,;:|=()]{1,30}:\s*"
    rf"|{LATER_NAME}"
)

# A district's type word as written (marks or a dot: ``Quận``, ``Q.``, ``Huyện``, ``H.``, ``Thị xã``,
# ``TX.``), not a name that folds like one (``Quan Sơn``).
_DISTRICT_TYPED = re.compile(r"\s*(?:[Qq]uận|QUẬN|[Hh]uyện|HUYỆN|[Tt]hị [Xx]ã|THỊ XÃ|[QqHh]\.|TX\.)")

# Between the fields of a record: a semicolon, a bar, a line; a full stop before a label
# (``CMND số 766826627 cấp ngày 11/06/2007. Quê quán: Xã Quế Ninh, ...``).
_FIELDS = re.compile(r"\s*[;|\n]\s*|\.\s+(?=[^\W\d_][^\d,;:|=()]{0,30}:)")


def _plain(address: str) -> str:
    """An old record's address without what names no unit around them (see ``_ASIDE``); of a
    record of labelled fields (``Họ tên: ...; Sinh năm: 1965; Nơi sinh: xã ..., thị xã ...``), the
    field that holds the most parts, the address."""
    fields = _FIELDS.split(address)
    if len(fields) > 1 and any(":" in f for f in fields):
        address = max(reversed(fields), key=lambda f: (f.count(",") + f.count(" - "), len(f)))
    return _ASIDE.sub("", address).strip(" ,;.|-")


_SPACED_SIGN = re.compile(r"\s+[/_>]\s+")  # a slash, an underscore or a ``>`` between spaces: a separator
HISTORY_SCORE = 95.0
OTHER_DISTRICT_SCORE = 85.0
OTHER_TYPE_SCORE = 85.0
CODE_SCORE = 90.0
ABOLISHED_SCORE = 80.0  # a retired commune with no successor established: flagged, never one unit
HISTORY_MEMO = 50_000  # references read through the history, remembered per resolver
SCOPE_MEMO = 20_000  # provinces and districts as written, remembered per resolver
CORES = 100_000  # names read without their type word, remembered per process
HISTORY_NOTE = "read in the register before"
_TONE_KEY = re.compile(r"~\d")  # a name key's tone (``quang~3 phong``)
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


def _blank(value: str | None) -> bool:
    return value is None or not str(value).strip()


# A city's or a town's type word with a dot between its letters: ``T.P``, ``T.X.``.
_DOTTED_CITY = re.compile(r"([Tt])\.\s?([PpXx])\b\.?\s*")
_CAPITALS = re.compile(r"[A-Z]{2,3}")  # a district's initials alone (``GV``, ``BT``, ``PN``)
# A farm's town by its initials: ``TTNT``, ``T.T.N.T``, ``TT.NT``.
_FARM_TOWN_INITIALS = re.compile(r"(?i)t\.?\s?t\.?\s?n\.?\s?t\b\.?\s*")


@memoize(CORES)
def _core(text: str, level: Level) -> tuple[str, str | None]:
    """The name key of ``text`` without its type word, and the type word; memoised (a pure text
    function: the same names come back in address after address)."""
    if level is Level.COMMUNE and text[:1] in "Tt" and (farm := _FARM_TOWN_INITIALS.match(text)) is not None:
        text = "Thị trấn NT " + text[farm.end() :]  # ``TTNT Mộc Châu``, ``T.T.N.T Than Uyên``
    elif level is Level.DISTRICT and text[1:2] == "." and (typed := _DOTTED_CITY.match(text)) is not None:
        text = f"{typed.group(1)}{typed.group(2)} " + text[typed.end() :]  # ``T.P Ninh Bình``, ``T.X. Sơn Tây``
    parsed = split_type(text, level)
    core = parsed.core
    if core[:3] in ("NT ", "NT.") and level is Level.COMMUNE:
        core = "Nông trường " + core[3:].lstrip(". ")  # ``Thị trấn NT Mộc Châu``: as the reader writes it
    return name_key(core), parsed.type


def _spelling(text: str) -> str:
    """A name as spelt: case, tone placement and punctuation ignored, every letter kept (the name
    keys read ``Sĩ`` and ``Sỹ`` alike)."""
    words = []
    for word in clean(text).casefold().replace("'", "").split():
        decomposed = unicodedata.normalize("NFD", word)
        tones = [ch for ch in decomposed if ch in TONE_MARKS]
        base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
        words.append(base + (tones[0] if tones else ""))
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class _Scope:
    """Codes a written province or district may stand for: current (30 June 2025) and earlier."""

    current: frozenset[str]
    earlier: frozenset[str]
    given: bool
    via_history: bool
    states: tuple[HistoryState, ...] = ()

    # Written out: compiled with mypyc, the generated ``__init__`` stays interpreted (frozen: set
    # through ``object.__setattr__``, as the generated one does).
    def __init__(
        self,
        current: frozenset[str],
        earlier: frozenset[str],
        given: bool,
        via_history: bool,
        states: tuple[HistoryState, ...] = (),
    ) -> None:
        object.__setattr__(self, "current", current)
        object.__setattr__(self, "earlier", earlier)
        object.__setattr__(self, "given", given)
        object.__setattr__(self, "via_history", via_history)
        object.__setattr__(self, "states", states)

    @property
    def all(self) -> frozenset[str]:
        return self.current | self.earlier


ANY = _Scope(frozenset(), frozenset(), False, False)


class HistoryResolver:
    """Resolves references of earlier registers for one :class:`Resolver` (built on first use)."""

    def __init__(self, resolver: object) -> None:
        from admin_merge.matching.resolver import Resolver

        assert isinstance(resolver, Resolver)
        self.r = resolver
        self.reg = resolver.reg
        self.by_level: dict[str, dict[str, list[HistoryState]]] = {
            "province": defaultdict(list),
            "district": defaultdict(list),
            "commune": defaultdict(list),
        }
        self.by_code: dict[tuple[str, str], list[HistoryState]] = resolver.crosswalk.chain.history_by_code
        self._memo = memo(self._resolve, HISTORY_MEMO)
        # Provinces and districts as written: the same few hundred forms come back in address
        # after address, each read once.
        self._province_scope = memo(self._provinces_read, SCOPE_MEMO)
        self._district_scope = memo(self._districts_read, SCOPE_MEMO)
        self._district_cores: frozenset[str] | None = None  # see ``names_a_district``
        self._district_folded: frozenset[str] = frozenset()  # (the same, without marks)
        self._new_by_name: dict[tuple[str, str], set[str]] | None = None  # see ``_with_namesakes``
        self._districts_by_core: dict[str, frozenset[str]] | None = None  # see ``_districts_today``
        self._cores_by_district: dict[str, list[str]] | None = None  # see ``_continued``
        self._by_district: dict[str, list[HistoryState]] | None = None  # see ``_commune_states``
        self._ascii_names: dict[str, dict[str, list[HistoryState]]] = {}  # see ``_by_ascii``
        self._merged_names: dict[str, HistoryState] | None = None  # see ``_merged_provinces``
        for state in resolver.crosswalk.chain.history:
            core, _ = _core(state.name, Level(state.level))
            self.by_level[state.level][core].append(state)
        # Communes retired with no successor established, by name (without type word) and code.
        self.abolished_by_core: dict[str, list[UnresolvedRetired]] = defaultdict(list)
        self.abolished_by_code: dict[str, list[UnresolvedRetired]] = defaultdict(list)
        for entry in resolver.crosswalk.chain.unresolved:
            self.abolished_by_core[_core(entry.name, Level.COMMUNE)[0]].append(entry)
            self.abolished_by_code[entry.code].append(entry)

    def names_a_district(self, text: str, unmarked: bool = False) -> bool:
        """Whether a district of an earlier register or of 30 June 2025 had the name ``text``;
        with ``unmarked``, also written without marks (``Bach Thong``)."""
        core, _ = _core(text, Level.DISTRICT)
        if self._district_cores is None:
            cores = {_core(d.name, Level.DISTRICT)[0] for d in self.reg.old_districts.values()}
            self._district_cores = frozenset(cores | self.by_level["district"].keys())
            # Written without marks (``Ha Vi, Bach Thong, Thai Nguyen``): the names as they fold.
            names = [d.name for d in self.reg.old_districts.values()]
            names += [s.name for states in self.by_level["district"].values() for s in states]
            self._district_folded = frozenset(ascii_key(split_type(n, Level.DISTRICT).core) for n in names)
        return core in self._district_cores or (unmarked and core.isascii() and core in self._district_folded)

    def names_an_earlier_commune(self, text: str) -> bool:
        """Whether a commune of an earlier register had the name ``text`` (type word or not)."""
        return _core(text, Level.COMMUNE)[0] in self.by_level["commune"]

    def earlier_name_folded(self, folded: str, level: str = "commune") -> bool:
        """Whether a commune (or district) of an earlier register had the name ``folded`` (without
        marks, as ``ascii_key`` folds it)."""
        return folded in self._by_ascii(level)

    # ----- entry ------------------------------------------------------------------------
    def resolve(self, ref: Reference, read: Resolution | None = None) -> Resolution | None:
        """Memoised: the references that come here (unresolved today) repeat too. ``read`` is
        today's reading of an address alone: when its segments do not show the units (dashes,
        no commas), the province and district it read are tried with the typed unit it left at
        the end of the street (``Số 4 Trần Phú - P. Văn Miếu - Q.Đống Đa - Hà Nội``)."""
        found = self._memo(ref)
        if read is not None and not ref.has_columns():
            if found is None:
                found = self._left_in_street(read)
            if (found is None or len(found.street or "") > len(read.street or "")) and read.parsed[2] is not None:
                # The units as today's reader cut them from the text (a label before them,
                # ``HKTT (2014): X. Long Sơn – H Lương Sơn – tỉnh Hoà Bình``; no commas): an
                # earlier unit of those names explains as much of the text as today's reading.
                parts = self._read_parts(read, str(ref.address))
                if parts is not None:
                    found = parts
        return found

    def _read_parts(self, read: Resolution, address: str) -> Resolution | None:
        province, district, commune = read.parsed
        if commune is None or (province is None and district is None):
            return None  # a commune's name alone was that of many earlier units
        if any(part is not None and part not in address for part in read.parsed):
            return None  # a part read, not written (``ct`` read as Cần Thơ): no firmer than it was
        near = read.status is Status.AMBIGUOUS and read.score < 100 and read.reason in _NEAR_FLAGS
        if read.status not in (Status.FUZZY, Status.ALREADY_NEW) and not near:
            return None  # a flag stays one (a text's units are never given alone)
        res = self.names(province, district, commune)
        if res is None or (near and res.status not in (Status.EXACT, Status.SPLIT)):
            # (Flagged today because a near name fits several units: an earlier unit of exactly
            # that name in the district written explains it, ``Quảng Hùng Quảng Xương Thanh
            # Hóa``, moved to Sầm Sơn in 2019.)
            return None
        return res.with_address_parts(read.street, read.parsed)

    def _left_in_street(self, read: Resolution) -> Resolution | None:
        province, district, commune = read.parsed
        if commune is not None and (
            read.reason is not Reason.NOT_IN_DISTRICT or split_type(commune, Level.COMMUNE).type is not None
        ):
            # Only a bare name read as a commune not in the district written may give way to a
            # typed commune before it (``Xã Lưu Hoàng, Ứng Hòa, Huyện Ứng Hòa, Hà Nội``: the
            # district written twice, the commune merged in 2019).
            return None
        if read.street is None or (province is None and district is None):
            return None
        segs = [s for s in split_address(read.street) if s.strip()]  # as the address is cut
        # The last part before the units; or the first after them, the text read from the province
        # down (``T. Lang Son, H Loc Binh, X Xuan Le, Thon 8``).
        at = len(segs) - 1
        read_in_street = any(unit and unit in read.street for unit in (province, district))
        if segs and split_type(segs[at], Level.COMMUNE).type is None and not read_in_street:
            at = 0
        if not segs or split_type(segs[at], Level.COMMUNE).type is None:
            return None  # only a typed unit (``P. Văn Miếu``) is taken from the street
        commune = segs[at].strip()
        # The units as read (``Q.Đ.Đa`` is Quận Đống Đa by its initials), else as written.
        old = read.old
        if old.province_code or old.district_code:
            res = self.names(None, None, commune, old.province_code, old.district_code)
        else:
            res = self.names(province, district, commune)
        if res is None:
            return None
        street = ", ".join(segs[:at] + segs[at + 1 :])
        return res.with_address_parts(street or None, (province, district, commune))

    def _resolve(self, ref: Reference) -> Resolution | None:
        if not _blank(ref.address):
            # An address with code or name columns beside it: the resolver weighs the two; an
            # earlier register is read only from an address alone.
            return None if ref.has_columns() else self._address(str(ref.address))
        if not _blank(ref.commune_code):
            return self._code(ref)
        if _blank(ref.commune):
            return None
        return self.names(ref.province, ref.district, str(ref.commune), ref.province_code, ref.district_code)

    def _address(self, address: str) -> Resolution | None:
        quiet = strip_noise(address)  # ``..., Tỉnh Thừa Thiên Huế, Việt Nam``: the country, a postal code
        if len(quiet) < len(address.strip(" ,;.-()|")):
            address = quiet  # (only then: its edges' brackets are a note's, ``(Có SPA)``)
        if ")" in address or "]" in address or ":" in address or "=" in address or "/" in address:
            address = _plain(address)  # ``Tỉnh Ninh Bình (cũ)``, ``(18511)``, ``Quê quán: ...``
        if " / " in address or " _ " in address or " > " in address:
            address = _SPACED_SIGN.sub(", ", address)  # ``Kỳ Thượng / Huyện Hoành Bồ / Quảng Ninh``
        if MAY_BE_GLUED.search(address) is not None:
            address = GLUED_CELLS.sub(" ", address)  # ``Thị TrấnMường khến``: cells glued
        if " -" in address:
            address = SPACE_DASH.sub(" - ", address)  # ``Tháng 08 -P3``
        if address.count(",") >= 2:
            # ``P.2, TP, Vĩnh Long``: TP Vĩnh Long; ``Bình Thạnh, TP.HCM, Thành phố Hồ Chí Minh``
            address = self.r.addresses.province_parts_mended(address) or address
        last = last_segments(address, 3)
        if last is not None:  # commas only: no dash, and only the last three segments are read
            return self._parts(last, address) or self._alone(last, address) or self._merged_province_read(address)
        segs = [s for s in split_address(address) if s.strip()]
        # A dash between spaces may join a name (``Bà Rịa - Vũng Tàu``) or separate units
        # (``xã Yên Lư - huyện Yên Dũng - Bắc Giang``): cut there too when the parts do not read.
        dashed = [p for s in segs for p in _DASH.split(s) if p.strip()]
        tries = [segs]
        if dashed != segs:
            tries.append(dashed)
            if len(dashed) > 3:  # the province's own name may hold the last dash (``Bà Rịa - Vũng Tàu``)
                tries.append([*dashed[:-2], f"{dashed[-2]} - {dashed[-1]}"])
        for parts in tries:
            found = self._parts(parts)
            if found is not None:
                return found
        for parts in tries:
            found = self._alone(parts)
            if found is not None:
                return found
        return self._merged_province_read(address)

    def _merged_province_read(self, address: str) -> Resolution | None:
        """``Xã Vạn Thắng. H. Ba Vì. Hà Tây``, ``X.Cần Kiệm huyện Thạch Thất Hà Tây``: an address
        ending with a province of an earlier register that went whole into another (Hà Tây, into
        Hà Nội in 2008), its parts not cut apart by commas: read again with the province it went
        into, the earlier one in the note. None for any other text."""
        text = address.rstrip(" .,;-)")
        ws = text.split()
        for k in (2, 3, 4):
            if len(ws) <= k:
                return None
            state = self._merged_provinces().get(ascii_key(split_type(" ".join(ws[-k:]), Level.PROVINCE).core))
            if state is None:
                continue
            head = text[: text.rindex(ws[-k])].rstrip()
            today = self.reg.old_provinces[state.successors[0].code]
            again = self.r.resolve(Reference(address=f"{head} {today.name}"))
            if again.status in (Status.UNMATCHED, Status.EMPTY) or again.new_province_code is None:
                return None
            note = f"{HISTORY_NOTE} {state.valid_until}: {state.name} (merged into {today.name})"
            if again.note:
                note = f"{note}; {again.note}"
            parsed = (" ".join(ws[-k:]), again.parsed[1], again.parsed[2])
            score = min(again.score, HISTORY_SCORE)
            return replace(again, score=score, note=note, reason=Reason.EARLIER_REGISTER, parsed=parsed)
        return None

    def _merged_provinces(self) -> dict[str, HistoryState]:
        """Provinces of earlier registers that went whole into another one, by their names
        folded (built on first use): Hà Tây."""
        if self._merged_names is None:
            found = {}
            for states in self.by_level["province"].values():
                for state in states:
                    if len(state.successors) == 1 and state.successors[0].code != state.code:
                        found[ascii_key(split_type(state.name, Level.PROVINCE).core)] = state
            self._merged_names = found
        return self._merged_names

    def _parts(self, segs: list[str], address: str | None = None) -> Resolution | None:
        """The units read from the last segments ``segs``; when ``address`` is given, ``segs``
        are only its last three, and its street is cut from it again."""
        tries: list[tuple[str | None, str | None, str, int]] = []
        if len(segs) >= 3:
            tries.append((segs[-1], segs[-2], segs[-3], 3))
        if len(segs) >= 2:
            tries += [(None, segs[-1], segs[-2], 2), (segs[-1], None, segs[-2], 2)]
        for province, district, commune, used in tries:
            res = self.names(province, district, commune)
            if res is not None:
                every = segs if address is None else [s for s in split_address(address) if s.strip()]
                street = ", ".join(every[:-used]) or None
                return res.with_address_parts(street, (province, district, commune))
        return None

    def _alone(self, segs: list[str], address: str | None = None) -> Resolution | None:
        """The last two segments ``segs`` as a province and a district of an earlier register
        alone (see ``_district_alone``), once no reading with a commune was found."""
        if len(segs) < 2 or (alone := self._district_alone(segs[-1], segs[-2])) is None:
            return None
        every = segs if address is None else [s for s in split_address(address) if s.strip()]
        return alone.with_address_parts(", ".join(every[:-2]) or None, (segs[-1], segs[-2], None))

    def _district_alone(self, province: str, district: str) -> Resolution | None:
        """``Thị xã Cửa Lò, Nghệ An``: a district of an earlier register, typed, with no commune
        (Cửa Lò merged into Vinh on 1 January 2025): the communes it held when it ended, flagged
        as only the district is given (or their one new unit). None when a district of 30 June
        2025 has that name there (the register of 2025 reads it)."""
        core, kind = _core(district, Level.DISTRICT)
        if kind is None or core not in self.by_level["district"]:
            return None  # untyped, or no district of an earlier register of that name (most texts)
        provinces = self._provinces(province, None)
        if not provinces.given or not provinces.all:
            return None
        states = [
            st
            for st in self.by_level["district"][core]
            if st.province_code in provinces.all and name_key(st.name).startswith(name_key(kind)) and st.valid_until
        ]
        if len(states) != 1:
            return None  # none, or several of that name: not read from the district alone
        if any(_core(d.name, Level.DISTRICT)[0] == core for d in self._districts_of(provinces.current)):
            return None
        state = states[0]
        held = {
            c.code
            for c in self._commune_states(state.code)
            if c.valid_until == state.valid_until and c.code in self.reg.old_communes
        }
        if not held:
            return None
        res = self.r.from_old_communes(
            [self.reg.old_communes[c] for c in sorted(held)], HISTORY_SCORE - 5, MatchKind.FUZZY
        )
        note = f"only the district is given: {state.name}, until {state.valid_until}"
        if res.status in (Status.EXACT, Status.FUZZY):
            return self._noted(res, note)  # all its communes went to one new unit
        return res.flagged(
            res.codes(), note, score=res.score, other_province=res.new_province_code, reason=Reason.NO_COMMUNE_WRITTEN
        )

    def _districts_of(self, provinces: frozenset[str]) -> list[OldDistrict]:
        return [d for d in self.reg.old_districts.values() if d.province_code in provinces]

    def _commune_states(self, district: str) -> list[HistoryState]:
        """The commune states of the earlier registers inside a district (an index made once)."""
        if self._by_district is None:
            index: dict[str, list[HistoryState]] = defaultdict(list)
            for state in self.r.crosswalk.chain.history:
                if state.level == "commune":
                    index[state.district_code].append(state)
            self._by_district = dict(index)
        return self._by_district.get(district, [])

    # ----- codes ------------------------------------------------------------------------
    def _code(self, ref: Reference) -> Resolution | None:
        code = normalize_code(ref.commune_code, "commune")
        states = self.by_code.get(("commune", code or ""), [])
        if not states:
            return self._abolished_code(ref, code or "")
        if not _blank(ref.commune):
            core, _ = _core(str(ref.commune), Level.COMMUNE)
            named = [s for s in states if _core(s.name, Level.COMMUNE)[0] == core]
            if not named:
                return None
            states = named
        retired = code not in self.reg.old_communes
        if not retired and _blank(ref.commune):
            return None  # a living code without a name: the register of 30 June 2025 reads it
        states = [s for s in states if self._fits_codes(s, ref)]
        if not states:
            return None  # the record's province or district is another: a conflict, not a match
        # A code read through earlier registers is never certain (codes were re-used): fuzzy.
        return self._from_states(states, CODE_SCORE, f"code {code}")

    def _abolished_code(self, ref: Reference, code: str) -> Resolution | None:
        """A commune code retired with no successor established: flagged with its candidates.
        Not a code the register of 30 June 2025 has for another unit (``03002`` is Phường Cầu Mây
        until 2019, Phường Sa Pả since), unless the record names the retired commune."""
        entries = self.abolished_by_code.get(code, [])
        if not entries:
            return None
        if not _blank(ref.commune):
            core, _ = _core(str(ref.commune), Level.COMMUNE)
            entries = [e for e in entries if _core(e.name, Level.COMMUNE)[0] == core]
        elif code in self.reg.old_communes:
            return None
        province = normalize_code(ref.province_code, "province") if not _blank(ref.province_code) else None
        district = normalize_code(ref.district_code, "district") if not _blank(ref.district_code) else None
        entries = [
            e
            for e in entries
            if (province is None or province in self._abolished_provinces(e))
            and (district is None or district == e.district_code or district in e.districts)
        ]
        return self.abolished_flag(entries) if entries else None

    def _fits_codes(self, state: HistoryState, ref: Reference) -> bool:
        """The record's province and district codes, when given, are the state's own (then) or
        those of its successors (on 30 June 2025)."""
        now = [self.reg.old_communes[s.code] for s in state.successors if s.code in self.reg.old_communes]
        if not _blank(ref.province_code):
            province = normalize_code(ref.province_code, "province")
            if province != state.province_code and province not in {c.province_code for c in now}:
                return False
        if not _blank(ref.district_code):
            district = normalize_code(ref.district_code, "district")
            if district != state.district_code and district not in {c.district_code for c in now}:
                return False
        return True

    # ----- names ------------------------------------------------------------------------
    def names(
        self,
        province: str | None,
        district: str | None,
        commune: str,
        province_code: str | None = None,
        district_code: str | None = None,
        made: bool = True,
    ) -> Resolution | None:
        """``made``: a province written by the name of a new province too is read with the old
        provinces it was made of (without: the old province of that name only)."""
        if not self._may_name(province, district, commune):
            return None
        if _DISTRICT_TYPED.match(commune) is not None:
            return None  # ``Q. Thuận Hóa, Huế``: a district typed as one, not a commune by a near name
        provinces = self._provinces(province, province_code, made)
        if provinces.given and not provinces.all:
            return None
        districts = self._districts(district, district_code, provinces)
        if districts.given and not districts.all:
            return None
        if not provinces.via_history and not districts.via_history:
            found = self._states(commune, provinces, districts)
            if found:
                res = self._from_states(found, HISTORY_SCORE, commune)
                if (
                    res is not None
                    and made
                    and provinces.current != self._provinces(province, province_code, False).current
                ):
                    return self._with_namesakes(res, commune, provinces, districts)
                return res
            abolished = self._abolished_named(commune, provinces, districts)
            if abolished is not None:
                return abolished
            return self._retyped(commune, provinces, districts) or self._half_updated(commune, provinces, districts)
        # A province or district of an earlier register: the commune inside its successors now.
        found = self._states(commune, provinces, districts)
        if found:
            return self._from_states(found, HISTORY_SCORE, commune)
        current, kind = self._current_communes(commune, provinces, districts)
        abolished = self._abolished_named(commune, provinces, districts)
        if abolished is not None:
            # Also a unit of 30 June 2025 of exactly that name there (Xã Kỳ Sơn of Tứ Kỳ, so
            # named in 2025): one more candidate, not the answer.
            if current and kind is MatchKind.EXACT:
                extra = self.r.from_old_communes(current, 100.0, kind)
                return replace(abolished, candidates=tuple(sorted(abolished.codes() | extra.codes())))
            return abolished
        if current:
            res = self.r.from_old_communes(current, 100.0 if kind is MatchKind.EXACT else HISTORY_SCORE - 5, kind)
            via = [*districts.states, *provinces.states]
            return self._noted(res, "; ".join(dict.fromkeys(self._state_note(s) for s in via[:2])))
        if districts.given:
            other = self._states(commune, provinces, ANY)
            moved = self._from_states(other, OTHER_DISTRICT_SCORE, commune) if other else None
            if moved is not None:
                return self._noted(moved, f"the district written is not the one of {other[0].name} then")
        return self._retyped(commune, provinces, districts)

    def _half_updated(self, commune: str, provinces: _Scope, districts: _Scope) -> Resolution | None:
        """``Xã An Lộc, Huyện Thạch Hà``: a commune of an earlier register (An Lộc of Lộc Hà, renamed
        in 2020) written with the district its own district was later merged into (Lộc Hà into
        Thạch Hà in 2025): a list half updated. Never certain (at most fuzzy)."""
        if not (districts.given and provinces.given):
            return None
        states = [s for s in self._states(commune, provinces, ANY) if self._became(s.district_code, districts.all)]
        res = self._from_states(states, OTHER_DISTRICT_SCORE, commune) if states else None
        if res is None:
            return None
        return self._noted(res, f"{states[0].name} was of {states[0].district_name}, {HALF_UPDATED}")

    def _became(self, district: str, targets: frozenset[str]) -> bool:
        """Whether district ``district`` of an earlier register went (merged, in one step or a
        few) into one of the districts ``targets``."""
        seen: set[str] = set()
        todo = [district]
        while todo and len(seen) < 8:
            code = todo.pop()
            if code in seen:
                continue
            seen.add(code)
            for state in self.by_code.get(("district", code), []):
                for s in state.successors:
                    if s.level == "district":
                        if s.code in targets and s.code != district:
                            return True
                        todo.append(s.code)
        return False

    def _retyped(self, commune: str, provinces: _Scope, districts: _Scope) -> Resolution | None:
        """A commune of that name of another type then, where the record says (``Thị trấn Đồng
        Lý, Huyện Lý Nhân``: Xã Đồng Lý until 2020, then Thị trấn Vĩnh Trụ): a clerk wrote the type
        of a later state, or of a neighbour. Never certain, and only inside a district and a
        province written."""
        if not (districts.given and provinces.given) or _core(commune, Level.COMMUNE)[1] is None:
            return None
        core = _core(commune, Level.COMMUNE)[0]
        states = self._states(commune, provinces, districts, typed=False)
        today = self._districts_today(core)
        if not states or any(s.district_code in today for s in states):
            return None  # a unit of that name there today (Thị trấn Hương An, Xã Hương An until 2020)
        if any(self._continued(core, s.district_code) for s in states):
            # ``Phường Điện Thắng, Thị xã Điện Bàn``: Xã Điện Thắng until 2005, then three, Điện
            # Thắng Bắc, Trung and Nam (two of them new codes); a name of today cut short as
            # likely as the state of twenty years before, the type of neither.
            return None
        res = self._from_states(states, OTHER_TYPE_SCORE, commune)
        if res is None:
            return None
        return self._noted(res, f"the type written is not the one of {states[0].name} then")

    def _continued(self, core: str, district: str) -> bool:
        """A commune of district ``district`` on 30 June 2025 has a name that continues ``core``
        (a name key without type word) by a word or more (``dien thang bac``); an index of the
        districts' names made on first use."""
        if self._cores_by_district is None:
            index: dict[str, list[str]] = defaultdict(list)
            for c in self.reg.old_communes.values():
                index[c.district_code].append(_core(c.name, Level.COMMUNE)[0])
            self._cores_by_district = index
        start = core + " "
        return any(name.startswith(start) for name in self._cores_by_district.get(district, ()))

    def _districts_today(self, core: str) -> frozenset[str]:
        """The districts of 30 June 2025 with a commune named ``core`` (name key without type
        word); an index made on first use, not a scan of every commune per address."""
        if self._districts_by_core is None:
            index: dict[str, set[str]] = defaultdict(set)
            for c in self.reg.old_communes.values():
                index[_core(c.name, Level.COMMUNE)[0]].add(c.district_code)
            self._districts_by_core = {k: frozenset(v) for k, v in index.items()}
        return self._districts_by_core.get(core, frozenset())

    def _may_name(self, province: str | None, district: str | None, commune: str) -> bool:
        """Whether ``names`` can find anything: an earlier commune state of that name, or a
        province or district of that name in an earlier register (the only way to the communes
        of today). Most texts that come here are none of them, and this test, made on the name
        keys alone, spares them the reading of their province and district."""
        by_level = self.by_level
        core = _core(commune, Level.COMMUNE)[0]
        if core in by_level["commune"] or core in self.abolished_by_core:
            return True
        if core.isascii() and core in self._by_ascii():
            return True
        if not _blank(district) and _core(str(district), Level.DISTRICT)[0] in by_level["district"]:
            return True
        return not _blank(province) and _core(str(province), Level.PROVINCE)[0] in by_level["province"]

    def _provinces(self, text: str | None, code: str | None, made: bool = True) -> _Scope:
        return self._province_scope(text, code, made)

    def _provinces_read(self, text: str | None, code: str | None, made: bool = True) -> _Scope:
        if not _blank(code):
            c = normalize_code(code, "province") or ""
            return _Scope(frozenset({c} & self.reg.old_provinces.keys()), frozenset(), True, False)
        if _blank(text):
            return _Scope(frozenset(), frozenset(), False, False)
        written = str(text)
        current: set[str] = set()
        m = self.r.match_province(written)
        if m.kind in (MatchKind.EXACT, MatchKind.AMBIGUOUS) or (m.kind is MatchKind.FUZZY and m.score >= 88):
            current = {u.code for u in m.units}
        if made and m.kind is MatchKind.EXACT:
            # The name of a new province too (``Xã Đông Viên, Thái Nguyên``: Bắc Kạn's until 2020,
            # in the new Thái Nguyên): the old provinces it was made of. (Not an old province
            # merged into one of another name: ``Tỉnh Vĩnh Phúc`` is Vĩnh Phúc's alone.)
            news = self.reg.new_provinces
            kept = {
                u.new_code
                for u in m.units
                if u.new_code in news and ascii_key(news[u.new_code].short_name) == ascii_key(u.short_name)
            }
            current |= {p.code for p in self.reg.old_provinces.values() if p.new_code in kept}
        alias = PROVINCE_ALIASES.get(ascii_key(written).replace(" ", ""))
        if alias:
            current.add(alias)
        core, kind = _core(written, Level.PROVINCE)
        earlier: set[str] = set()
        states = []
        states_named = self.by_level["province"].get(core)
        if states_named is None and core.isascii() and not current:
            states_named = self._by_ascii("province").get(core)  # ``tinh Ha Tay``: written without marks
        for state in states_named or ():
            if kind is None or name_key(state.name).startswith(name_key(kind)):
                earlier.add(state.code)
                states.append(state)
                current |= {s.code for s in state.successors}
        via = bool(earlier) and not m.units
        return _Scope(frozenset(current), frozenset(earlier), True, via, tuple(states))

    def _districts(self, text: str | None, code: str | None, provinces: _Scope) -> _Scope:
        return self._district_scope(text, code, provinces.current, provinces.all, provinces.given)

    def _districts_read(
        self, text: str | None, code: str | None, current: frozenset[str], every: frozenset[str], given: bool
    ) -> _Scope:
        """The districts ``text`` (or ``code``) may stand for, inside provinces ``current`` (of
        30 June 2025) and ``every`` (earlier ones too) when ``given``."""
        if not _blank(code):
            c = normalize_code(code, "district") or ""
            return _Scope(frozenset({c} & self.reg.old_districts.keys()), frozenset(), True, False)
        if _blank(text):
            return _Scope(frozenset(), frozenset(), False, False)
        written = str(text)
        scope = tuple(sorted(current))
        m = self.r._district_index(scope).match(written)
        named = {u.code for u in m.units} if m.kind in (MatchKind.EXACT, MatchKind.AMBIGUOUS) else set()
        core, kind = _core(written, Level.DISTRICT)
        if not named and current and (kind is not None or _CAPITALS.fullmatch(written.strip()) is not None):
            # A district by its initials, typed (``Q.GV``, ``Q.Đ.Đa``) as today's reader finds it,
            # or in capitals alone in their part (``Phường 7, GV, TP HCM``), as a city's clerks write them.
            cut = split_type(written, Level.DISTRICT).core
            named = {d.code for d in self.r.addresses.districts_by_initials(cut, current)}
        earlier: set[str] = set()
        successors: set[str] = set()
        states = []
        states_named = self.by_level["district"].get(core)
        if (
            states_named is None
            and core.isascii()
            and (kind is not None or (" " in core and self.r.match_province(written).kind is MatchKind.NONE))
        ):
            # Written without marks, typed (``Huyen Dong Son, Thanh Hoa``) or of two words at least
            # (``Lao Ho, Yen Dung, Bac Giang``): the names that fold to it (untyped, one word,
            # ``Hue`` is too many things).
            states_named = self._by_ascii("district").get(core)
        for state in states_named or ():
            if kind is not None and not name_key(state.name).startswith(name_key(kind)):
                continue
            if given and state.province_code not in every:
                continue
            earlier.add(state.code)
            states.append(state)
            successors |= {s.code for s in state.successors if s.level == "district"}
        via = bool(earlier) and not named
        return _Scope(frozenset(named or successors), frozenset(earlier), True, via, tuple(states))

    def _states(self, commune: str, provinces: _Scope, districts: _Scope, typed: bool = True) -> list[HistoryState]:
        """Earlier commune states of that name, inside the province and district as written; of
        the type written too, unless not ``typed``."""
        core, kind = _core(commune, Level.COMMUNE)
        found = []
        states = self.by_level["commune"].get(core)
        if states is None and core.isascii():
            # Written without marks (``X.Quang Phong,H. Quang Xuong``): the names that fold to it.
            states = self._by_ascii().get(core)
        for state in states or ():
            if typed and kind is not None and not name_key(state.name).startswith(name_key(kind)):
                continue
            if districts.given and state.district_code not in districts.all:
                continue
            if provinces.given and state.province_code not in provinces.all:
                continue
            found.append(state)
        return found

    def _by_ascii(self, level: str = "commune") -> dict[str, list[HistoryState]]:
        """Earlier communes (or districts) by their names without marks (built on first use)."""
        folded = self._ascii_names.get(level)
        if folded is None:
            found: dict[str, list[HistoryState]] = defaultdict(list)
            for core, states in self.by_level[level].items():
                found[ascii_key(_TONE_KEY.sub("", core))].extend(states)
            folded = self._ascii_names[level] = dict(found)
        return folded

    def _with_namesakes(self, res: Resolution, commune: str, provinces: _Scope, districts: _Scope) -> Resolution:
        """An earlier unit read in the old provinces a new one was made of, flagged with the units
        named exactly so there since (of 30 June 2025, or of the new register where no district is
        written; by the name alone, of any type): ``Chi cục Thuế thành phố Cao Lãnh Phường 4, Đồng
        Tháp``: Gò Công's Phường 4 until 2024, or Cao Lãnh's, Sa Đéc's; ``Xã Bình Phước, Tỉnh Đồng
        Nai``: Bình Phước's commune until 2007, or the new Phường Bình Phước. The text says no date."""
        province_units = [self.reg.old_provinces[c] for c in sorted(provinces.current) if c in self.reg.old_provinces]
        district_units = [self.reg.old_districts[c] for c in sorted(districts.current) if c in self.reg.old_districts]
        if districts.given and not district_units:
            return res
        core = split_type(commune, Level.COMMUNE).core
        written = ascii_key(core)
        m = self.r.old_commune_match(core, province_units, district_units)
        named = [u for u in m.units if ascii_key(u.short_name) == written]  # (not a near name)
        codes = set(res.codes())
        if m.kind in (MatchKind.EXACT, MatchKind.AMBIGUOUS) and named:
            codes |= self.r.from_old_communes(named, 100.0, MatchKind.EXACT).codes()
        if not districts.given:
            if self._new_by_name is None:
                index: dict[tuple[str, str], set[str]] = defaultdict(set)
                for u in self.reg.new_communes.values():
                    index[(u.province_code, ascii_key(u.short_name))].add(u.code)
                self._new_by_name = dict(index)
            for new in {p.new_code for p in province_units}:
                codes |= self._new_by_name.get((new, written), set())
        if codes == res.codes():
            return res
        note = f"{res.note}; or a unit of that name since"
        return res.flagged(codes, note, score=min(res.score, HISTORY_SCORE), other_province=None)

    def _current_communes(
        self, commune: str, provinces: _Scope, districts: _Scope
    ) -> tuple[list[OldCommune], MatchKind]:
        province_units: Sequence[OldProvince] = [
            self.reg.old_provinces[c] for c in sorted(provinces.current) if c in self.reg.old_provinces
        ]
        district_units: Sequence[OldDistrict] = [
            self.reg.old_districts[c] for c in sorted(districts.current) if c in self.reg.old_districts
        ]
        if districts.given and not district_units:
            return [], MatchKind.NONE
        m = self.r.old_commune_match(commune, province_units, district_units)
        if m.kind is MatchKind.EXACT or (m.kind is MatchKind.FUZZY and m.score >= 88):
            return list(m.units), m.kind
        return [], MatchKind.NONE

    # ----- communes retired with no successor established ------------------------------
    def names_abolished(self, commune: str) -> bool:
        """Whether ``commune`` (type word or not) is the name of a commune retired with no
        successor established: a look-up of its name key."""
        return _core(commune, Level.COMMUNE)[0] in self.abolished_by_core

    def abolished(
        self,
        province: str | None,
        district: str | None,
        commune: str,
        province_code: str | None = None,
        district_code: str | None = None,
    ) -> list[UnresolvedRetired]:
        """The communes retired with no successor established named ``commune`` inside the
        province and district as written (then or now): flag them with ``abolished_flag``."""
        if not self.names_abolished(commune):
            return []
        provinces = self._provinces(province, province_code)
        districts = self._districts(district, district_code, provinces)
        return self._abolished_entries(commune, provinces, districts)

    def spelled_as_read(self, commune: str, read: Resolution) -> bool:
        """Whether ``commune`` is, letter for letter (``y`` and ``i`` told apart, unlike the name
        keys), the name of every commune of 30 June 2025 that ``read`` found: a unit of the
        register by exactly that name, firmer than a retired commune of the same name (Xã Kỳ Sơn
        of Tứ Kỳ since 2025, not Xã Kỳ Sơn until 2019; Xã Hồng Sỹ, not Xã Hồng Sĩ until 2020)."""
        codes = read.old.commune_codes
        if not codes or any(c not in self.reg.old_communes for c in codes):
            return False
        written = _spelling(split_type(commune, Level.COMMUNE).core)
        return all(_spelling(split_type(self.reg.old_communes[c].name, Level.COMMUNE).core) == written for c in codes)

    def _abolished_named(self, commune: str, provinces: _Scope, districts: _Scope) -> Resolution | None:
        found = self._abolished_entries(commune, provinces, districts)
        return self.abolished_flag(found) if found else None

    def _abolished_entries(self, commune: str, provinces: _Scope, districts: _Scope) -> list[UnresolvedRetired]:
        """Communes retired with no successor established, named ``commune`` (its type word, when
        written, theirs) inside the province and district as written; at least one of the two
        must be written."""
        if not provinces.given and not districts.given:
            return []
        core, kind = _core(commune, Level.COMMUNE)
        if not districts.given and (kind is None or self._current_communes(commune, provinces, districts)[0]):
            # Only a province: the name typed as a commune (``Phong Thổ, Lai Châu`` is today's
            # district), and no unit of that name in the province on 30 June 2025.
            return []
        found = []
        for entry in self.abolished_by_core.get(core, ()):
            if kind is not None and not name_key(entry.name).startswith(name_key(kind)):
                continue
            if districts.given and not ({entry.district_code, *entry.districts} & districts.all):
                continue
            if provinces.given and not (self._abolished_provinces(entry) & provinces.all):
                continue
            found.append(entry)
        return found

    def _abolished_provinces(self, entry: UnresolvedRetired) -> set[str]:
        """The province of a retired commune then, and those of its districts on 30 June 2025."""
        districts = self.reg.old_districts
        return {entry.province_code, *(districts[d].province_code for d in entry.districts if d in districts)}

    @staticmethod
    def describe(entries: list[UnresolvedRetired]) -> str:
        """``Xã Nà Sác, Huyện Hà Quảng, Tỉnh Cao Bằng (abolished in 2020, successor not established)``."""
        first = entries[0]
        also = f" (and {len(entries) - 1} more of that name)" if len(entries) > 1 else ""
        where = f"{first.name}, {first.district_name}, {first.province_name}"
        return f"{where} (abolished in {first.valid_until[:4]}, successor not established){also}"

    def abolished_flag(self, entries: list[UnresolvedRetired]) -> Resolution | None:
        """Flagged with the new units of the candidates of ``entries`` (the units of the district
        that changed with the commune, or every unit of its district): the successor is not
        established, so no one of them is the answer, even when all lead to one new unit."""
        codes: set[str] = set()
        for entry in entries:
            if entry.candidates:
                codes |= {r.new_commune_code for c in entry.candidates for r in self.r.crosswalk.successors(c.code)}
            else:
                codes |= {c for d in entry.districts for c in self.r.crosswalk.district_successors(d)}
        if not codes:
            return None
        provinces = {self.reg.new_communes[c].province_code for c in codes if c in self.reg.new_communes}
        first = entries[0]
        districts = {d for e in entries for d in e.districts}
        district = districts.pop() if len(districts) == 1 else None
        old_district = self.reg.old_districts.get(district or "")
        province = old_district.province_code if old_district is not None else None
        where = "of its district that changed with it" if first.candidates else "of its district"
        note = (
            f"{HISTORY_NOTE} {first.valid_until}: {self.describe(entries)}: "
            f"one of {len(codes)} new unit(s) of the units {where}"
        )
        return Resolution(
            Status.AMBIGUOUS,
            score=ABOLISHED_SCORE,
            new_province_code=provinces.pop() if len(provinces) == 1 else None,
            candidates=tuple(sorted(codes)),
            old=OldUnits(province, district),
            note=note,
            reason=Reason.EARLIER_REGISTER,
        )

    # ----- from states to resolutions ----------------------------------------------------
    def _from_states(self, states: list[HistoryState], score: float, written: str) -> Resolution | None:
        """Successors of earlier states. Exact when the name was found where the record says and
        the history data rates the successor ``high``; fuzzy otherwise."""
        exact = score >= HISTORY_SCORE and all(s.confidence == "high" for s in states)
        kind = MatchKind.EXACT if exact else MatchKind.FUZZY
        score = 100.0 if exact else min(score, HISTORY_SCORE - 5)
        communes: list[OldCommune] = []
        partial = False
        for state in states:
            for s in state.successors:
                partial |= s.relation == "partial"
                if s.level == "commune" and s.code in self.reg.old_communes:
                    communes.append(self.reg.old_communes[s.code])
                elif s.level == "district":
                    codes = self.r.crosswalk.district_successors(s.code)
                    if len(codes) == 1:
                        province = self.reg.new_communes[codes[0]].province_code
                        res = Resolution(
                            Status.FUZZY,
                            score=min(score, HISTORY_SCORE - 5),
                            new_province_code=province,
                            new_commune_code=codes[0],
                        )
                        return self._noted(res, self._state_note(state))
        if not communes:
            return None
        unique = list({c.code: c for c in communes}.values())
        res = self.r.from_old_communes(unique, score, kind)
        if partial and res.status is not Status.SPLIT and len(unique) > 1:
            res = replace(res, status=Status.SPLIT, new_commune_code=None)
        if len({(s.code, s.valid_until) for s in states}) > 1 and res.status in (Status.EXACT, Status.FUZZY):
            return self._noted(res, f"'{written}' fits {len(states)} earlier units; all lead here")
        return self._noted(res, self._state_note(states[0]))

    @staticmethod
    def _state_note(state: HistoryState) -> str:
        """``read in the register before 2021-01-01: Quận 2, Thành phố Hồ Chí Minh (renamed)``."""
        where = state.district_name or state.province_name
        return f"{HISTORY_NOTE} {state.valid_until}: {state.name}{', ' + where if where else ''} ({state.change})"

    @staticmethod
    def _noted(res: Resolution, note: str) -> Resolution:
        full = f"{note}; {res.note}" if res.note else note
        return replace(res, note=full, reason=Reason.EARLIER_REGISTER)
