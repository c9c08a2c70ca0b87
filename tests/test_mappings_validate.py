"""Inject each kind of defect into a small copy of the mappings (two provinces); assert code and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import admin_merge as am
from tests.conftest import SAMPLE

HCM = "79-ho-chi-minh.yaml"


def edit(directory: Path, name: str, old: str, new: str, count: int = 1) -> int:
    """Replace ``old`` by ``new`` in one file; return the 1-based line where it stood."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not found in {name}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def line_of(directory: Path, name: str, needle: str) -> int:
    text = (directory / name).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def found(directory: Path) -> set[tuple[str, str, int]]:
    return {(Path(p.file).name, p.code, p.line) for p in am.validate(directory).problems}


SAI_GON = '  - code: "26740"\n    name: "Phường Sài Gòn"'
BEN_NGHE = '{code: "26740", name: "Phường Bến Nghé", district: "760", relation: whole}'
DA_KAO_PRIMARY = '{code: "26737", name: "Phường Đa Kao", district: "760", relation: partial, primary: true'


def test_yaml_syntax_error_is_one_line_with_its_line(cli, two_provinces: Path) -> None:
    line = edit(two_provinces, HCM, '    name: "Phường Sài Gòn"', '    name: "Phường Sài Gòn')
    run = cli("mappings", "validate", two_provinces, code=1)
    lines = [x for x in run.stdout.splitlines() if "AM001" in x]
    assert len(lines) == 1 and "Traceback" not in run.stderr
    reported = int(lines[0].split(":")[1])
    assert line <= reported <= line + 2
    assert lines[0].startswith(f"{two_provinces / HCM}:") or HCM in lines[0]


@pytest.mark.parametrize(
    ("name", "old", "new", "code", "anchor"),
    [
        (
            "unknown key",
            '    name: "Phường Sài Gòn"\n',
            '    name: "Phường Sài Gòn"\n    colour: red\n',
            "AM101",
            "colour: red",
        ),
        (
            "missing key",
            '    name: "Phường Sài Gòn"\n    type: "phường"\n',
            '    name: "Phường Sài Gòn"\n',
            "AM102",
            SAI_GON,
        ),
        ("unquoted code", '  - code: "26740"\n', "  - code: 26740\n", "AM103", "  - code: 26740"),
        ("short code", '  - code: "26740"\n', '  - code: "2674"\n', "AM103", '  - code: "2674"'),
        (
            "duplicate key",
            '    name: "Phường Sài Gòn"\n',
            '    name: "Phường Sài Gòn"\n    name: "Phường Sài Gòn"\n',
            "AM105",
            SAI_GON + "\n    name|+2",
        ),
        (
            "bad relation",
            BEN_NGHE,
            BEN_NGHE.replace("relation: whole", "relation: entire"),
            "AM104",
            "relation: entire",
        ),
        (
            "new name mismatch",
            '    name: "Phường Sài Gòn"',
            '    name: "Phường Sài Gòn Mới"',
            "AM202",
            "Phường Sài Gòn Mới",
        ),
        (
            "new type mismatch",
            SAI_GON + '\n    type: "phường"',
            SAI_GON + '\n    type: "xã"',
            "AM203",
            SAI_GON + "\n    type|+2",
        ),
        ("source not in register", BEN_NGHE, BEN_NGHE.replace('"26740"', '"99999"'), "AM301", '"99999"'),
        (
            "source name mismatch",
            BEN_NGHE,
            BEN_NGHE.replace("Bến Nghé", "Bến Thành"),
            "AM302",
            'Phường Bến Thành", district: "760", relation: whole}',
        ),
        ("source district mismatch", BEN_NGHE, BEN_NGHE.replace('"760"', '"761"'), "AM303", '"761"'),
        (
            "no primary",
            DA_KAO_PRIMARY,
            DA_KAO_PRIMARY.replace("primary: true", "primary: false"),
            "AM306",
            '{code: "26737", name: "Phường Đa Kao"',
        ),
        (
            "province name",
            '  name: "Thành phố Hồ Chí Minh"',
            '  name: "Thành phố Sài Gòn"',
            "AM402",
            '  name: "Thành phố Sài Gòn"',
        ),
        ("merged_from", '    - {code: "74", name: "Tỉnh Bình Dương"}\n', "", "AM403", '  code: "79"'),
    ],
)
def test_each_defect_reports_code_and_line(
    cli: Callable[..., object], two_provinces: Path, name: str, old: str, new: str, code: str, anchor: str
) -> None:
    edit(two_provinces, HCM, old, new)
    needle, _, offset = anchor.partition("|")
    line = line_of(two_provinces, HCM, needle) + int(offset or 0)
    problems = found(two_provinces)
    assert (HCM, code, line) in problems, f"{name}: {sorted(problems)[:10]}"
    run = cli("mappings", "validate", two_provinces, "--format", "json", code=1)  # type: ignore[operator]
    assert any(p["code"] == code and p["line"] == line for p in run.json()["problems"])  # type: ignore[attr-defined]


def test_tone_placement_and_alias_variants_are_accepted(two_provinces: Path) -> None:
    # Phường Hoà Phú (25760) is written with the new tone placement in the register.
    edit(two_provinces, HCM, '"Phường Hoà Phú"', '"Phường Hòa Phú"')
    assert am.validate(two_provinces).problems == []


def test_duplicate_new_code(two_provinces: Path) -> None:
    edit(two_provinces, HCM, '  - code: "26743"\n', '  - code: "26740"\n')
    line = line_of(two_provinces, HCM, '  - code: "26740"\n    name: "Phường Bến Thành"')
    problems = found(two_provinces)
    assert (HCM, "AM205", line) in problems
    assert any(code == "AM206" for _, code, _ in problems)  # 26743 is now missing
    assert any(code == "AM501" for _, code, _ in problems)  # and the totals are off


def test_whole_source_in_two_places(two_provinces: Path) -> None:
    # Bến Nghé is also claimed whole by Phường Bến Thành.
    anchor = '{code: "26743", name: "Phường Bến Thành", district: "760", relation: whole}'
    edit(two_provinces, HCM, anchor, anchor + "\n      - " + BEN_NGHE)
    lines = [i for i, text in enumerate((two_provinces / HCM).read_text().splitlines(), 1) if BEN_NGHE in text]
    assert (HCM, "AM304", max(lines)) in found(two_provinces)


def test_old_commune_going_nowhere(two_provinces: Path) -> None:
    edit(two_provinces, HCM, "      - " + BEN_NGHE + "\n", "")
    problems = am.validate(two_provinces).problems
    assert any(p.code == "AM305" and "26740" in p.message and HCM in p.file for p in problems)
    old = (two_provinces / "registers" / "old_communes.csv").read_text(encoding="utf-8").count("\n") - 1
    covered = f"old communes covered: {old - 1:,} mapped, the register has {old:,}"
    assert any(p.code == "AM501" and covered in p.message for p in problems)


def test_several_primaries(two_provinces: Path) -> None:
    other = '{code: "26737", name: "Phường Đa Kao", district: "760", relation: partial, primary: false}'
    line = edit(two_provinces, HCM, other, other.replace("primary: false", "primary: true, primary_basis: x"))
    assert (HCM, "AM307", line) in found(two_provinces) or (
        HCM,
        "AM307",
        line_of(two_provinces, HCM, DA_KAO_PRIMARY),
    ) in found(two_provinces)


def test_missing_province_file_breaks_national_totals(cli, mapping_copy: Path) -> None:
    """The one defect test on the whole national set (the others use two provinces)."""
    (mapping_copy / "96-ca-mau.yaml").unlink()
    data = cli("mappings", "validate", mapping_copy, "--format", "json", code=1).json()
    codes = {p["code"] for p in data["problems"]}
    assert {"AM406", "AM501", "AM305"} <= codes
    assert data["totals"]["provinces"] == 33


def test_github_format_groups_and_escapes(cli, two_provinces: Path) -> None:
    edit(two_provinces, HCM, '    name: "Phường Sài Gòn"', '    name: "Phường Sài Gòn, 100%: mới"')
    run = cli("mappings", "validate", two_provinces, "--format", "github", code=1)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("::group::") and lines[-1] == "::endgroup::"
    annotation = next(x for x in lines if "AM202" in x)
    assert annotation.startswith("::error file=")
    assert "title=AM202 new commune name does not match its code" in annotation
    assert "100%25: mới" in annotation.split("::", 2)[2]


def test_json_output_equals_library_result(cli, two_provinces: Path) -> None:
    data = cli("mappings", "validate", two_provinces, "--format", "json").json()
    lib = am.validate(two_provinces)
    assert data == {**lib.to_dict()} and data["ok"] is True


def test_step_summary_written_when_set(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, two_provinces: Path
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    cli("mappings", "validate", two_provinces)
    communes = (two_provinces / "registers" / "new_communes.csv").read_text(encoding="utf-8").count("\n") - 1
    assert communes > 100
    assert f"| new communes | {communes:,} |" in summary.read_text(encoding="utf-8")


def test_missing_directory_is_a_usage_error(cli, tmp_path: Path) -> None:
    run = cli("mappings", "validate", tmp_path / "nope", code=2)
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("command", ["resolve", "migrate", "review"])
def test_commands_refuse_mappings_with_errors(cli, two_provinces: Path, tmp_path: Path, command: str) -> None:
    """A broken mapping file must stop the work with its place named, never resolve without
    the units it maps (a syntax error in one province used to leave its communes unmatched)."""
    migrated = tmp_path / "migrated.csv"
    cli("migrate", SAMPLE / "addresses.csv", "-o", migrated, "--address-col", "dia_chi", "--quiet")
    line = edit(two_provinces, HCM, '    name: "Phường Sài Gòn"', '    name: "Phường Sài Gòn')
    args = {
        "resolve": ["resolve", "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM"],
        "migrate": ["migrate", SAMPLE / "addresses.csv", "-o", tmp_path / "out.csv", "--address-col", "dia_chi"],
        "review": ["review", "export", migrated, "-o", tmp_path / "review.csv"],
    }[command]
    run = cli(*args, "--mappings", two_provinces, code=2)
    message = run.stderr.strip()
    assert len(message.splitlines()) == 1 and "AM001" in message and HCM in message
    assert int(message.split(HCM + ":")[1].split(":")[0]) in range(line, line + 3)
    assert "mappings validate" in message
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "review.csv").exists()


def test_compiled_crosswalk_is_cached_and_an_edit_invalidates_it(
    two_provinces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from admin_merge.registry import cache

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    first = cache.compiled_crosswalk(two_provinces)
    stored = list((tmp_path / "cache").glob("crosswalk-*.pickle"))
    assert len(stored) == 1

    def no_compiling(directory: Path) -> None:
        raise AssertionError("compiled again although the mappings did not change")

    with monkeypatch.context() as m:
        m.setattr(cache, "_compile_checked", no_compiling)
        again = cache.compiled_crosswalk(two_provinces)
    assert again is not first and again.rows == first.rows and len(again.rows) > 100

    # An edit (a source note) changes the key: compiled afresh, and the edit is visible.
    edit(
        two_provinces,
        HCM,
        '{code: "26740", name: "Phường Bến Nghé", district: "760", relation: whole}',
        '{code: "26740", name: "Phường Bến Nghé", district: "760", relation: whole, note: "checked 2026"}',
    )
    edited = cache.compiled_crosswalk(two_provinces)
    assert [r.note for r in edited.successors("26740")] == ["checked 2026"]
    assert len(list((tmp_path / "cache").glob("crosswalk-*.pickle"))) == 2

    # A damaged cache file is compiled again, not trusted.
    for path in (tmp_path / "cache").glob("crosswalk-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cache.compiled_crosswalk(two_provinces).rows == edited.rows

    monkeypatch.setenv(cache.CACHE_ENV, "off")
    for path in (tmp_path / "cache").glob("crosswalk-*.pickle"):
        path.unlink()
    assert cache.compiled_crosswalk(two_provinces).rows == edited.rows
    assert not list((tmp_path / "cache").glob("crosswalk-*.pickle"))
