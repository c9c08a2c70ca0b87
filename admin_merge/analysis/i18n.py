"""Words and number formats of the files a clerk reads (HTML report, diff report, review file).

Two catalogs, Vietnamese (the default for those files) and English. Every label a person reads
in them comes from here, so a missing translation is a KeyError in the tests, not an English
word left in a Vietnamese page. The CLI's own messages stay English.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")
DEFAULT_LANG: Lang = "vi"

STATUS_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "exact": "exact",
        "fuzzy": "fuzzy",
        "already_new": "already new",
        "decided": "decided",
        "split": "split",
        "ambiguous": "ambiguous",
        "unmatched": "unmatched",
        "empty": "empty",
    },
    "vi": {
        "exact": "khớp",
        "fuzzy": "khớp gần đúng",
        "already_new": "đã là đơn vị mới",
        "decided": "đã quyết định",
        "split": "bị chia tách",
        "ambiguous": "chưa rõ",
        "unmatched": "không tìm thấy",
        "empty": "trống",
    },
}

# key: (English, Vietnamese)
_WORDS: dict[str, tuple[str, str]] = {
    # page
    "report_title": ("Migration report", "Báo cáo chuyển đổi đơn vị hành chính"),
    "diff_title": ("Migration diff", "So sánh trước và sau chuyển đổi"),
    "generated": ("generated {when} by admin-merge {version}", "tạo lúc {when} bằng admin-merge {version}"),
    "summary": ("Summary", "Tóm tắt"),
    "filter": ("Filter…", "Lọc…"),
    "filter_label": ("filter the table", "lọc bảng"),
    "no_rows": ("No rows.", "Không có dòng nào."),
    "none_here": ("Nothing to show.", "Không có gì cần hiển thị."),
    "more_rows": ("{shown} of {total} shown.", "Hiển thị {shown} trên {total}."),
    "chart_label": ("rows per new province by status", "số dòng theo tỉnh mới và trạng thái"),
    # cards
    "rows": ("rows", "số dòng"),
    "resolved": ("resolved", "đã xác định"),
    "rows_before": ("rows before", "số dòng trước"),
    "rows_after": ("rows after", "số dòng sau"),
    "changed": ("changed", "thay đổi"),
    "only_before": ("only before", "chỉ có ở bản trước"),
    "only_after": ("only after", "chỉ có ở bản sau"),
    "identical": ("identical", "giống hệt"),
    "yes": ("yes", "có"),
    "no": ("no", "không"),
    # sections
    "by_province": ("Rows per new province, by status", "Số dòng theo tỉnh mới và trạng thái"),
    "by_province_after": ("Rows per new province (after), by status", "Số dòng theo tỉnh mới (bản sau) và trạng thái"),
    "unresolved_title": (
        "Unresolved: the record fits several units or none",
        "Chưa xác định: bản ghi khớp với nhiều đơn vị hoặc không khớp đơn vị nào",
    ),
    "unresolved_help": (
        "Decide each line once in the review file; the decision applies to every row with the same units.",
        "Mỗi dòng chỉ cần quyết định một lần trong tệp rà soát; quyết định áp dụng cho mọi bản ghi có cùng đơn vị.",
    ),
    "split_title": (
        "Split: the old commune was divided between several new ones",
        "Bị chia tách: xã cũ được chia cho nhiều xã mới",
    ),
    "split_help": (
        "Nothing in the record says which part the address lies in; rules or a decision settle it.",
        "Bản ghi không cho biết địa chỉ thuộc phần nào; cần quy tắc hoặc quyết định để xác định.",
    ),
    "moved_title": ("Moved to another province", "Chuyển sang tỉnh khác"),
    "moved_help": (
        "Rows whose province changed: the old province merged into another, or a commune handed to another province.",
        "Các dòng đổi tỉnh: tỉnh cũ sáp nhập vào tỉnh khác, hoặc xã được chuyển sang tỉnh khác.",
    ),
    "how_moved": ("how", "hình thức"),
    "merged": ("province merged", "sáp nhập tỉnh"),
    "handed_over": ("commune handed over", "xã chuyển tỉnh"),
    "old_communes_n": ("old communes", "số xã cũ"),
    "communes_title": ("New communes and the old units that fed them", "Xã mới và các đơn vị cũ hợp thành"),
    "changed_title": ("Rows whose unit or status changed", "Các dòng thay đổi đơn vị hoặc trạng thái"),
    # columns
    "code": ("code", "mã"),
    "province": ("province", "tỉnh"),
    "new_province": ("new province", "tỉnh mới"),
    "new_commune": ("new commune", "xã mới"),
    "commune": ("commune", "xã"),
    "old_province": ("old province", "tỉnh cũ"),
    "old_district": ("old district", "huyện cũ"),
    "old_commune": ("old commune", "xã cũ"),
    "old_units": ("old units that fed it", "đơn vị cũ hợp thành"),
    "reference": ("reference as written", "tham chiếu như đã ghi"),
    "examples": ("examples", "ví dụ"),
    "status": ("status", "trạng thái"),
    "candidates": ("candidates", "phương án"),
    "note": ("note", "ghi chú"),
    "reason": ("why", "lý do"),
    "key": ("key", "khóa"),
    "before": ("before", "trước"),
    "before_status": ("before status", "trạng thái trước"),
    "after": ("after", "sau"),
    "after_status": ("after status", "trạng thái sau"),
    "came_from": ("came from (top 5)", "nguồn (5 nhiều nhất)"),
    # candidates and old units
    "whole": ("whole of {name}", "toàn bộ {name}"),
    "part": ("part of {name}", "một phần {name}"),
    "primary": ("primary", "chính"),
    "unknown_unit": ("unknown", "không rõ"),
    "no_province": ("(no province)", "(không có tỉnh)"),
}

# Why a reference is unresolved (admin_merge.matching.model.Reason), in words a clerk reads.
REASONS: dict[str, tuple[str, str]] = {
    "conflict": ("the columns of the record contradict each other", "các cột của bản ghi mâu thuẫn nhau"),
    "not_a_code": ("the commune code column holds no code", "cột mã xã không chứa mã hợp lệ"),
    "unknown_code": ("a commune code in neither register", "mã xã không có trong danh mục cũ lẫn mới"),
    "retired_code": ("a code retired before the reform", "mã đã bị bãi bỏ trước khi sắp xếp"),
    "province_not_found": ("province not found", "không tìm thấy tỉnh"),
    "district_not_found": ("district not found", "không tìm thấy huyện"),
    "commune_not_found": ("commune not found", "không tìm thấy xã"),
    "no_unit_found": ("no administrative unit found in the address", "không nhận ra đơn vị hành chính trong địa chỉ"),
    "no_commune_written": ("no commune written", "không ghi xã"),
    "not_in_district": ("the commune written is not in the district", "xã đã ghi không thuộc huyện"),
    "not_in_province": ("the commune written is not in the province", "xã đã ghi không thuộc tỉnh"),
    "several_districts": ("the district name fits several districts", "tên huyện khớp với nhiều huyện"),
    "several_old_communes": ("the name fits several old communes", "tên xã khớp với nhiều xã cũ"),
    "old_and_new": (
        "the name fits an old unit and a different new unit",
        "tên khớp với một đơn vị cũ và một đơn vị mới khác",
    ),
    "no_successor": ("the old commune goes nowhere in the mappings", "xã cũ không có đơn vị kế thừa trong bảng ánh xạ"),
    "earlier_register": (
        "read in a register before 30 June 2025",
        "đọc theo danh mục đơn vị hành chính trước ngày 30/6/2025",
    ),
    "readings_disagree": (
        "the address reads two ways that lead to different units",
        "địa chỉ đọc được theo hai cách, dẫn đến hai đơn vị khác nhau",
    ),
}

# Columns of the review file. reference_key, candidates and decision are read back by
# `migrate --decisions` under either name (admin_merge.matching.decisions.COLUMN_ALIASES).
REVIEW_HEADERS: dict[str, tuple[str, str]] = {
    "reference_key": ("reference_key", "khoa_tham_chieu"),
    "status": ("status", "trang_thai"),
    "rows": ("rows", "so_dong"),
    "score": ("score", "diem"),
    "old_commune": ("old_commune", "xa_cu"),
    "old_district": ("old_district", "huyen_cu"),
    "old_province": ("old_province", "tinh_cu"),
    "candidates": ("candidates", "phuong_an"),
    "candidate_names": ("candidate_names", "ten_phuong_an"),
    "primary": ("primary", "phuong_an_chinh"),
    "rule": ("rule", "quy_tac"),
    "reason": ("reason", "ly_do"),
    "examples": ("examples", "vi_du"),
    "province_code": ("province_code", "ma_tinh"),
    "district_code": ("district_code", "ma_huyen"),
    "commune_code": ("commune_code", "ma_xa"),
    "province": ("province", "tinh"),
    "district": ("district", "huyen"),
    "commune": ("commune", "xa"),
    "address": ("address", "dia_chi"),
    "decision": ("decision", "quyet_dinh"),
}


class Words:
    """The words and number format of one language: ``t("rows")``, ``t.n(1234)``, ``t.status("split")``."""

    def __init__(self, lang: Lang = DEFAULT_LANG) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language '{lang}'; known: {', '.join(LANGS)}")
        self.lang: Lang = lang
        self._i = 0 if lang == "en" else 1  # column of _WORDS and REVIEW_HEADERS

    def __call__(self, key: str, **values: object) -> str:
        text = _WORDS[key][self._i]
        return text.format(**values) if values else text

    def status(self, status: str | None) -> str:
        return STATUS_NAMES[self.lang].get(status or "empty", status or "")

    def reason(self, reason: str) -> str:
        """The reason in words ("" for none or an unknown one)."""
        words = REASONS.get(reason)
        return words[self._i] if words else ""

    def header(self, column: str) -> str:
        return REVIEW_HEADERS[column][self._i]

    def n(self, value: float, decimals: int = 0) -> str:
        """``1,234.5`` in English, ``1.234,5`` in Vietnamese."""
        text = f"{value:,.{decimals}f}"
        if self.lang == "vi":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def percent(self, value: float) -> str:
        return f"{self.n(value, 1)} %"


def english_words() -> set[str]:
    """Every English label (for the test that no English is left in a Vietnamese page)."""
    labels = {en for en, vi in _WORDS.values() if en != vi}
    labels |= {en for key, en in STATUS_NAMES["en"].items() if en != STATUS_NAMES["vi"][key]}
    labels |= {en for en, vi in REASONS.values()}
    return labels
