"""Every unit name of both registers, looked up by the words of an address.

The address reader asks, for a run of words, which units of one level carry that name: by the
diacritic-free key (one dict lookup), then checks the diacritics against the unit's own name
keys. Aliases (informal province names, spelling variants of the registers) and initials of
district names (``Đ.Đa`` for Đống Đa, ``HBT`` for Hai Bà Trưng) are keys too. A fuzzy match
is looked for only inside a known parent (the communes of one district, the districts of one
province) or among the provinces, never among all the communes of the country.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Final, Generic, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from admin_merge.registry.registers import (
    NewCommune,
    NewProvince,
    OldCommune,
    OldDistrict,
    OldProvince,
    Province,
    Registers,
)
from admin_merge.text.aliases import DISTRICT_ALIASES, PROVINCE_ALIASES, PROVINCE_ALIASES_ACCENTED
from admin_merge.text.normalize import ascii_key, name_key
from admin_merge.text.unit_names import Level, split_type

EXACT = 100.0  # the name as the register writes it (tone placement, case, spacing aside)
PLAIN = 96.0  # the name written without any diacritic
MARKED = 88.0  # the letters of the name, with wrong or missing diacritics
INITIALS = 90.0  # ``Đ.Đa``, ``HBT``: initials of a district name, inside its province
FUZZY_CUTOFF = 84.0
FUZZY_MARGIN = 6.0
FUZZY_LIMIT = 200_000
EDIT_REACH = 14.0  # how far under the cutoff a name as few edits away as the nearest is still a candidate

T = TypeVar("T")


class Hit(Generic[T]):
    """A unit whose name fits a run of words, and how well.

    A plain class with what a frozen dataclass would give (equality, hash, repr): mypyc cannot
    compile a generic dataclass (mypyc issue 827), and compiled, a plain class is a native one.
    """

    __slots__ = ("fuzzy", "quality", "unit")

    def __init__(self, unit: T, quality: float, fuzzy: bool = False) -> None:
        self.unit: Final = unit
        self.quality: Final = quality
        self.fuzzy: Final = fuzzy  # found by a fuzzy ratio (``quality`` is the ratio)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.unit, self.quality, self.fuzzy) == (other.unit, other.quality, other.fuzzy)

    def __hash__(self) -> int:
        return hash((self.unit, self.quality, self.fuzzy))

    def __repr__(self) -> str:
        return f"Hit(unit={self.unit!r}, quality={self.quality!r}, fuzzy={self.fuzzy!r})"


class Names(Generic[T]):
    """Units of one level and register, by name key."""

    def __init__(self, units: Iterable[T], level: Level) -> None:
        self.level = level
        self.by_ascii: dict[str, list[T]] = defaultdict(list)
        self.keys: dict[str, set[str]] = defaultdict(set)  # unit code -> its exact name keys
        self.units: list[T] = list(units)
        self._memo: dict[tuple[str, str, bool], list[Hit[T]]] = {}
        for unit in self.units:
            self.add(unit, _short(unit))

    def add(self, unit: T, name: str, *, accented: bool = True) -> None:
        folded = ascii_key(name)
        if not folded:
            return
        for key in {folded, folded.replace(" ", "")}:
            bucket = self.by_ascii[key]
            # By identity: comparing units field by field made building the lookups slow.
            if all(u is not unit for u in bucket):
                bucket.append(unit)
        if accented:
            self.keys[_code(unit)].add(name_key(name))

    def find(self, folded: str, key: str, marks: bool) -> list[Hit[T]]:
        """Units named ``folded`` (diacritic-free), exact when ``key`` is one of theirs; memoised."""
        memo_key = (folded, key, marks)
        found = self._memo.get(memo_key)
        if found is None:
            if len(self._memo) > FUZZY_LIMIT:
                self._memo.clear()
            found = self._memo[memo_key] = self._find(folded, key, marks)
        return found

    def _find(self, folded: str, key: str, marks: bool) -> list[Hit[T]]:
        units = self.by_ascii.get(folded)
        if units is None:
            units = self.by_ascii.get(folded.replace(" ", ""))
            if units is None:
                return []
        hits = []
        for unit in units:
            if key in self.keys.get(_code(unit), ()):
                hits.append(Hit(unit, EXACT))
            else:
                hits.append(Hit(unit, MARKED if marks else PLAIN))
        return hits


def _by_syllables(names: Sequence[str], sorted_words: dict[str, str]) -> dict[str, Any]:
    """Where each of ``names`` is, by its words in sorted order (names of two words or more);
    under ``""``, every name with its place, sorted (to find the names a text starts).
    ``sorted_words`` remembers each name's words in sorted order: the same names make up the
    scopes of many look-ups."""
    found: dict[str, Any] = defaultdict(list)
    for i, name in enumerate(names):
        if " " in name:
            key = sorted_words.get(name)
            if key is None:
                key = sorted_words[name] = " ".join(sorted(name.split()))
            found[key].append(i)
    found[""] = sorted(zip(names, range(len(names)), strict=True))
    return found


# Wards numbered in Roman numerals by the register, with the Arabic number people write.
_ROMAN: Final = {
    roman: str(i) for i, roman in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"), 1)
}


_ROMAN_NAMES: Final = {"3": "III", "4": "IV", "7": "VII"}


def _code(unit: Any) -> str:
    return str(unit.code)


def _short(unit: Any) -> str:
    return str(unit.short_name)


def initials(name: str) -> set[str]:
    """``Đống Đa`` -> ``d da``, ``dda``; ``Hai Bà Trưng`` -> ``hbt``, ``h b trung``."""
    words = ascii_key(name).split()
    if len(words) < 2 or any(w.isdigit() for w in words):
        return set()
    found = {" ".join(w[0] for w in words[:-1]) + " " + words[-1]}
    if len(words) >= 3:  # two letters are too often something else (``TP``, ``TX``, ``HN``)
        found.add("".join(w[0] for w in words))
    return found


# First-letter forms that name something else first: Long An's ``L.An`` and Nghệ An's ``N.An``
# (``nan``, an empty cell), Thái Bình's ``T.Bình`` (Quận Tân Bình).
_NOT_FIRST_LETTER_FORMS: Final = frozenset({"lan", "nan", "tbinh"})


def _first_letter_forms(provinces: Iterable[Province]) -> dict[str, str]:
    """A province's name with its first word cut to its first letter, as shipping labels and
    clerks abbreviate it (``Q.Nam``, ``QNam``, ``T.Hóa``, ``Đ.Nai``, ``H.Tĩnh``; compact keys:
    ``qnam``), where one province only has that form."""
    found: dict[str, set[str]] = defaultdict(set)
    for province in provinces:
        words = ascii_key(province.short_name).replace("-", " ").split()
        if len(words) == 2:
            found[words[0][0] + words[1]].add(province.code)
    return {k: next(iter(codes)) for k, codes in found.items() if len(codes) == 1 and k not in _NOT_FIRST_LETTER_FORMS}


def _new_first_letter_forms(reg: Registers) -> dict[str, str]:
    """The first-letter forms of the new provinces whose name is an old province's of the same form
    (``Đ.Tháp``: the Đồng Tháp of 2025 is coded 82, Tiền Giang's code, the old one 87), so that a
    unit of 2025 is read in it too."""
    old = _first_letter_forms(reg.old_provinces.values())
    names = {code: ascii_key(p.short_name) for code, p in reg.old_provinces.items()}
    return {
        key: code
        for key, code in _first_letter_forms(reg.new_provinces.values()).items()
        if key in old and names[old[key]] == ascii_key(reg.new_provinces[code].short_name) and old[key] != code
    }


class Gazetteer:
    """Name lookups over both registers, with the parent of every unit."""

    def __init__(self, reg: Registers, aliases: dict[tuple[str, str], dict[str, list[str]]]) -> None:
        self.reg = reg
        self.old_provinces: Names[OldProvince] = Names(reg.old_provinces.values(), Level.PROVINCE)
        self.new_provinces: Names[NewProvince] = Names(reg.new_provinces.values(), Level.PROVINCE)
        self.old_districts: Names[OldDistrict] = Names(reg.old_districts.values(), Level.DISTRICT)
        self.old_communes: Names[OldCommune] = Names(reg.old_communes.values(), Level.COMMUNE)
        self.new_communes: Names[NewCommune] = Names(reg.new_communes.values(), Level.COMMUNE)
        for compact, code in PROVINCE_ALIASES.items():
            self._province_alias(code, compact, accented=False)
        for compact, code in _first_letter_forms(reg.old_provinces.values()).items():
            self._province_alias(code, compact, accented=False)
        for compact, code in _new_first_letter_forms(reg).items():
            self.new_provinces.add(reg.new_provinces[code], compact, accented=False)
            self.new_provinces.keys[code].add(compact)
        for name, code in DISTRICT_ALIASES.items():
            district = reg.old_districts.get(code)
            if district is not None:
                self.old_districts.add(district, name, accented=not name.isascii())
        for name, code in PROVINCE_ALIASES_ACCENTED.items():
            self._province_alias(code, name)
        indexes: dict[tuple[str, str], tuple[Names[Any], dict[str, Any]]] = {
            ("old", "province"): (self.old_provinces, dict(reg.old_provinces)),
            ("new", "province"): (self.new_provinces, dict(reg.new_provinces)),
            ("old", "commune"): (self.old_communes, dict(reg.old_communes)),
            ("new", "commune"): (self.new_communes, dict(reg.new_communes)),
        }
        for (register, level), by_code in aliases.items():
            if (register, level) not in indexes:
                continue
            names, table = indexes[(register, level)]
            for code, written in by_code.items():
                unit = table.get(code)
                if unit is not None:
                    for alias in written:
                        names.add(unit, split_type(alias, Level(level)).core)
        # Vị Thanh's Phường IV, written ``P.4``, ``Phường 4``.
        communes: tuple[Names[Any], ...] = (self.old_communes, self.new_communes)
        for names in communes:
            for unit in names.units:
                number = _ROMAN.get(_short(unit))
                if number is not None:
                    names.add(unit, number)
        # And the other way, as a name of lower standing: Phường 3 of Sa Đéc written ``Phường III``
        # like Vị Thanh's (the other numerals are written in digits before any look-up, see
        # ``text.spoken.numbers_in_digits``; not one letter: ``I`` and ``V`` are a lot's or a block's).
        for unit in self.old_communes.units:
            roman = _ROMAN_NAMES.get(_short(unit))
            if roman is not None:
                self.old_communes.add(unit, roman, accented=False)
        self.city_wards: dict[str, tuple[str, str]] = {}  # see ``_city_wards``
        self._city_wards(reg)
        self.district_initials: dict[str, list[OldDistrict]] = defaultdict(list)
        for d in reg.old_districts.values():
            for key in initials(d.short_name):
                self.district_initials[key].append(d)
        self.districts_by_province: dict[str, list[OldDistrict]] = defaultdict(list)
        for d in reg.old_districts.values():
            self.districts_by_province[d.province_code].append(d)
        self.communes_by_district: dict[str, list[OldCommune]] = defaultdict(list)
        self.communes_by_province: dict[str, list[OldCommune]] = defaultdict(list)
        for c in reg.old_communes.values():
            self.communes_by_district[c.district_code].append(c)
            self.communes_by_province[c.province_code].append(c)
        self.new_by_province: dict[str, list[NewCommune]] = defaultdict(list)
        for n in reg.new_communes.values():
            self.new_by_province[n.province_code].append(n)
        # The first word of every name: a word that is none of them cannot start a unit.
        self.first_words: set[str] = set()
        for names in (self.old_provinces, self.new_provinces, self.old_districts, self.old_communes, self.new_communes):
            for folded in names.by_ascii:
                self.first_words.add(folded.split(" ", 1)[0])
        for key in self.district_initials:
            self.first_words.add(key.split(" ", 1)[0])
        # Every key that names something: a run of words that is none of them needs no lookup.
        self.known: set[str] = set(self.district_initials)
        for names in (self.old_provinces, self.new_provinces, self.old_districts, self.old_communes, self.new_communes):
            self.known.update(names.by_ascii)
        self._fuzzy_memo: dict[tuple[str, str], list[Hit[Any]]] = {}
        self._choices: dict[str, list[str]] = {}
        self._orders: dict[str, dict[str, Any]] = {}  # see ``fuzzy``
        self._sorted_words: dict[str, str] = {}  # see ``_by_syllables``

    def _city_wards(self, reg: Registers) -> None:
        """The wards of 2025 named after their former city too (``Phường Xuân Hương - Đà Lạt``),
        by their own name (``xuan huong``, folded) when no other new unit of the province has it,
        with their province's name:
        read so only after a ward's type word (``Phường Xuân Hương, Đà Lạt``, ``P. Lâm Viên``; a
        lake, a square, a hotel of the name are no ward), see ``AddressReader._city_ward_named``."""
        districts: dict[str, set[str]] = defaultdict(set)
        for d in reg.old_districts.values():
            province = reg.old_provinces.get(d.province_code)
            if province is not None and province.new_code:
                districts[province.new_code].add(name_key(d.short_name))
        names: dict[tuple[str, str], int] = defaultdict(int)
        for n in reg.new_communes.values():
            names[(n.province_code, name_key(_short(n)))] += 1
        for n in reg.new_communes.values():
            own, dash, city = _short(n).rpartition(" - ")
            if dash and name_key(city) in districts[n.province_code] and not names[(n.province_code, name_key(own))]:
                new = reg.new_provinces.get(n.province_code)
                self.city_wards[ascii_key(own)] = (_short(n), _short(new) if new is not None else city)

    def name_syllables(self) -> set[str]:
        """Every word (folded) of every unit name of both registers, with and without type word."""
        found: set[str] = set()
        for names in (self.old_provinces, self.new_provinces, self.old_districts, self.old_communes, self.new_communes):
            for unit in names.units:
                found.update(ascii_key(unit.name).split())
                found.update(ascii_key(_short(unit)).split())
        return found

    def _province_alias(self, code: str, name: str, *, accented: bool = True) -> None:
        old = self.reg.old_provinces.get(code)
        if old is not None:
            self.old_provinces.add(old, name, accented=accented)
            if not accented:
                self.old_provinces.keys[code].add(ascii_key(name))
        new = self.reg.new_provinces.get(code)
        if new is not None:
            self.new_provinces.add(new, name, accented=accented)
            if not accented:
                self.new_provinces.keys[code].add(ascii_key(name))

    def _ranked(
        self, scope: str, folded: str, units: Sequence[T], cutoff: float
    ) -> tuple[list[str], list[tuple[str, float, int]]]:
        """The folded names of ``units`` (the members of ``scope``, made once), and the four
        nearest ``folded`` by the ratio, down to ``EDIT_REACH`` under ``cutoff``."""
        choices = self._choices.get(scope)
        if choices is None:
            choices = self._choices[scope] = [ascii_key(_short(u)) for u in units]
        ranked = process.extract(folded, choices, scorer=fuzz.ratio, limit=4, score_cutoff=cutoff - EDIT_REACH)
        return choices, ranked

    def nearest_by_edits(self, scope: str, folded: str, units: Sequence[T]) -> tuple[int, list[Hit[T]]]:
        """The letters changed (spaces aside) from ``folded`` to the nearest names of ``units`` (the
        members of ``scope``) among those a fuzzy look ranks first, and their units (fuzzy hits);
        99 and none when none is near."""
        _, ranked = self._ranked(scope, folded, units, FUZZY_CUTOFF)
        bare = folded.replace(" ", "")
        edits = [(OSA.distance(bare, name.replace(" ", "")), score, i) for name, score, i in ranked]
        least = min((e for e, _, _ in edits), default=99)
        return least, [Hit(units[i], float(score), True) for e, score, i in edits if e == least]

    def fuzzy(
        self,
        scope: str,
        folded: str,
        units: Sequence[T],
        cutoff: float = FUZZY_CUTOFF,
        margin: float = FUZZY_MARGIN,
        one_edit: bool = False,
    ) -> list[Hit[T]]:
        """Units of ``units`` (the members of ``scope``) whose folded name is near ``folded``;
        ``one_edit``: under the cutoff, the one name a letter away too (see below)."""
        memo_key = (scope if one_edit else f"{scope}=", folded)
        found = self._fuzzy_memo.get(memo_key)
        if found is not None:
            return found
        if len(self._fuzzy_memo) > FUZZY_LIMIT:
            self._fuzzy_memo.clear()
        choices, ranked = self._ranked(scope, folded, units, cutoff)
        hits: list[Hit[T]] = []
        if ranked and ranked[0][1] >= cutoff:
            # Near by the ratio, or as few edits away as the nearest (even under the cutoff: the
            # ratio of short names moves a lot with one letter): ``đak sơn`` is one letter from both
            # ``Đà Sơn`` (dropped) and ``Đại Sơn`` (changed), ``ea bla`` from ``Ea Bá`` and ``Ea Bia``.
            # Edits are counted without spaces (``EaBia`` is how the register writes ``Ea Bia``).
            # Two letters swapped count as one edit (``Ka Đnơ`` is as near Ka Đơn as Ka Đô).
            bare = folded.replace(" ", "")
            best, edits = ranked[0][1], OSA.distance(bare, ranked[0][0].replace(" ", ""))
            hits = [
                Hit(units[i], float(score), True)
                for name, score, i in ranked
                if (score >= cutoff and score >= best - margin)
                or OSA.distance(bare, name.replace(" ", ""), score_cutoff=edits) <= edits
            ]
        elif one_edit and ranked and len(bare := folded.replace(" ", "")) >= 4:
            # Under the cutoff, one name alone a letter away (changed, dropped, added or two
            # swapped): the ratio of short names falls under it with one letter (``to kua``: Tô
            # Múa, ``bz vi``: Ba Vì). Every unit of that name (``la sao``: both Ia Sao of Gia Lai).
            # (Not a name the text may have been cut from: ``Xã Đông`` for Đông Á, Đông La...)
            close = [
                (name, score, i)
                for name, score, i in ranked
                if OSA.distance(bare, name.replace(" ", ""), score_cutoff=1) < 2 and not name.startswith(folded)
            ]
            if len({name for name, _, _ in close}) == 1:
                nearest = close[0][0]
                hits = [
                    Hit(units[i], float(close[0][1]), True) for i, choice in enumerate(choices) if choice == nearest
                ]
        if " " in folded:
            # The names people misremember as the one written: its syllables in another order
            # (``Hòa Xuân`` for Xuân Hòa), a candidate beside the near names, never beaten by them
            # in silence; with a near name found, the names it starts too (its last syllable
            # dropped: ``Bình Hàng`` for Bình Hàng Trung and Bình Hàng Tây).
            order = self._orders.get(scope)
            if order is None:
                order = self._orders[scope] = _by_syllables(choices, self._sorted_words)
            named = list(order.get(" ".join(sorted(folded.split())), ()))
            start = folded + " "
            at = bisect_left(order[""], (start, -1))
            while hits and at < len(order[""]) and order[""][at][0].startswith(start):
                named.append(order[""][at][1])
                at += 1
            for i in named:
                if choices[i] != folded and all(h.unit is not units[i] for h in hits):
                    hits.append(Hit(units[i], float(cutoff), True))
        self._fuzzy_memo[memo_key] = hits
        return hits
