"""Addresses carried by a web link or a file's name.

A listing's link names its place in its last path segment, words joined by hyphens and the
listing's number at the end (``https://batdongsan.com.vn/ban-dat-xa-vinh-hau-an-giang-pr3175079``);
a report's file names its commune and province with underscores, its words run together in
capitals, and ends with the file's extension (``DS_ho_ngheo_2026_XaTranThuong_NinhBinh.pdf``).
``link_words`` gives the words such a text names, cut as an address is (``ban dat xa vinh hau an
giang``, ``DS ho ngheo 2026, Xa Tran Thuong, Ninh Binh``): a link's host and number and a file's
extension are no unit's name (``pdf``, ``doc``, ``pr7783625`` read as names gave other units).
A host alone (``xahoaphong.tayhoa.phuyen.gov.vn``: names run together without a capital) names no
unit that can be told: the text is then given as nothing.
"""

from __future__ import annotations

import re
from typing import Final

from admin_merge.text.ocr import split_camel

# A link (``http://``, ``https://``, ``www.``, or a host in lower case: ``xa.tanhiep.kiengiang.gov.vn``)
# anywhere in the text, up to the next space; an e-mail address (dropped: its words name no place
# that can be told).
_LINK: Final = re.compile(r"(?i:https?://|www\.)\S+|(?<![\w.@])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)\b\S*")
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A file's extension at the end (after a name with underscores, capitals or dashes).
_EXTENSIONS = r"(?:pdf|docx?|xlsx?|xlsm|csv|txt|odt|ods|rtf|pptx?|zip|rar|7z|jpe?g|png|tiff?)"
_EXTENSION: Final = re.compile(rf"(?i)\.{_EXTENSIONS}\s*$")
_LISTING_NUMBER: Final = re.compile(r"(?i)[-_](?:pr|id|p)?\d{5,}(?:\.html?)?$")
# Cheap first test: a link or a file's extension.
MAY_LINK: Final = re.compile(rf"(?i)://|www\.|@|\.{_EXTENSIONS}\b|(?-i:[a-z0-9]\.(?:vn|com|net|org)\b)")


def _may_link(text: str) -> bool:
    """A cheap test before ``MAY_LINK``: a slash, an at sign, a host's ending, or a dot near the
    end (a file's extension)."""
    return "/" in text or "@" in text or "." in text[-6:] or ".vn" in text or ".com" in text


def link_words(text: str) -> str:
    """``text`` with a link replaced by the words of its path's last segment and a file's name
    by its words (see the module's docstring); the same string when it holds neither, and ""
    when a link names nothing but its host."""
    if not _may_link(text) or MAY_LINK.search(text) is None:
        return text
    if "@" in text:
        text = _EMAIL.sub("", text)
    link = _LINK.search(text)
    if link is not None:
        url = link.group().rstrip("/.,;)")
        path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
        segments = [s for s in path.split("/")[1:] if s]
        slug = max(segments, key=lambda s: s.count("-"), default="")
        if slug.count("-") < 2:
            return (text[: link.start()] + text[link.end() :]).strip()  # the host alone: no place told
        slug = _LISTING_NUMBER.sub("", _EXTENSION.sub("", slug))
        return f"{text[: link.start()]}{slug.replace('-', ' ').replace('_', ' ')}{text[link.end() :]}".strip()
    ext = _EXTENSION.search(text)
    if ext is None:
        return text
    name = re.split(r"[\\/]", text[: ext.start()])[-1]  # a folder's path before it: the file's own name
    if "_" not in name or " " in name.strip():
        return name
    # Words joined by underscores run on; a run of capitalised words (``XaTranThuong``) is a part
    # of its own; a number (a year, ``Q2-2015``) ends a part and is dropped.
    parts: list[list[str]] = [[]]
    for token in (t for t in name.split("_") if t):
        if any(c.isdigit() for c in token):
            parts.append([])
        elif (words := split_camel(token)) != token:
            parts += [[words], []]
        else:
            parts[-1].append(token)
    return ", ".join(" ".join(p) for p in parts if p)
