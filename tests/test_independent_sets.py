"""The eighteen independent noise models (`benchmarks/independent_a.py`, `independent_b.py`,
`independent_c.py`, `independent_d.py`, `independent_e.py`, `independent_f.py`, `independent_g.py`,
`independent_h.py`, `independent_i.py`, `independent_j.py`, `independent_k.py`, `independent_l.py`,
`independent_m.py`, `independent_n.py`, `independent_o.py`, `independent_p.py`, `independent_q.py`,
`independent_r.py`), written by
fresh-eyes testers from the registers only, as regression guards for the address reader.

Each set is resolved once on a fixed seed (the testers' own) at 150 addresses per family (set o at
60) and scored by `benchmarks/evaluate_independent.py`, the testers' classification. A confidently wrong
answer (resolved to a unit the text does not name) is the worst outcome: every family allows none
except the ones below, whose bounds are the counts measured when the guard was written (upper
bounds: a reader that fixes them passes, one that adds a wrong answer fails). The overall right
rate has a floor a few points below the measured one.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from typing import Any

import pytest

from benchmarks.evaluate_independent import evaluate
from tests.conftest import REPO, reference_or_skip

N = 150

# Set a (seed 2025): measured 90.4 % right, 1 confidently wrong (85.9 % and 5 before a town
# written for its district was read as that district; 2 before today's district was no longer
# taken for a commune of 2004: "TDP Sa Pả, Bản Hno, Tam Đường, Tỉnh Lai Châu" is flagged).
# Since 3 December 2026 none: "93/30 Lý Thái Tổ Đất Đỏ Bà Rịa Vũng Tàu" (new Xã Đất Đỏ), read as
# Phường Bà Rịa while Tổ (of the king's name) started a group named Đất Đỏ, is flagged with both.
SEED_A = 2025
FLOOR_A = 87.0
WRONG_A: dict[str, int] = {}
# Set b (seed 23): measured 91.7 % right, none confidently wrong (91.3 % and 1 before namesake
# districts of a merged province were read: "Thị trấn Tân Hiệp, H. Châu Thành, Đồng Tháp").
SEED_B = 23
FLOOR_B = 88.0
WRONG_B: dict[str, int] = {}
# Set c (seed 1507): measured 94.0 % right (2,256 of 2,400), none confidently wrong (80.9 % and 2
# when the set was written, before a record's other fields, 'cũ'/'mới' marks, Telex, VNI and
# mis-decoded files were read).
SEED_C = 1507
FLOOR_C = 90.0
WRONG_C: dict[str, int] = {}
# Set d (seed 4242): measured 89.9 % right (2,022 of 2,250), none confidently wrong, when the set
# was written (the reader had not been tuned on it); 94.7 % after notes after the address, marks
# that decide between two names and namesake districts of a merged province were read.
SEED_D = 4242
FLOOR_D = 91.0
WRONG_D: dict[str, int] = {}
# Set e (seed 3321): measured 91.1 % right (1,776 of 1,950), none confidently wrong, when the set
# was written (the reader had not seen it). Its weakest family was the new form with the old
# address in a note (`Xã A, Tỉnh B (cũ: xã C, huyện D)`): 50.7 % right, 42 % flagged with only
# the truth as candidate. 96.2 % right at 300 per family after what it found was read (the note
# given aside, landmarks, Saigon, unread districts and provinces, Telex/VNI keys left in a word).
SEED_E = 3321
FLOOR_E = 93.0
WRONG_E: dict[str, int] = {}
# Set f (seed 2026): measured 54.5 % right (981 of 1,800), none confidently wrong, when the set was
# written (the reader had not seen it; 54.1 % and 1 confidently wrong at 300 per family). Its weakest families: the new and
# the old address side by side with no word between them, and a shop's checkout with the drop-down
# values after the buyer's line (flagged with only the truth as candidate), the identity card's
# place of origin above the place of residence (flagged), a wrapped table cell and the register's
# codes printed beside the names (mostly unmatched). 90.4 % right (89.5 / 89.8 % at seeds 7 / 99),
# none confidently wrong, after what it found was read (labels of forms, wrapped cells, register
# codes, the residence of two places, a unit written twice, fields cut short, cells glued after
# a number).
SEED_F = 2026
FLOOR_F = 87.0
WRONG_F: dict[str, int] = {}
# Set g (seed 1654): measured 61.2 % right (1,101 of 1,800) and 8 confidently wrong when the set
# was written (the reader had not seen it; 60.8 % and 9 at 300 per family). Its weakest families:
# a district or province picked one row off in a drop-down (flagged with only the truth, or
# unmatched when the province is the wrong one), names with two syllables swapped (flagged), call
# transcripts with filler words and numbers in words, and web residue (character references,
# `&nbsp;`, `<br>`, `NULL` cells) (unmatched). The bounds are the confidently wrong answers of that
# reader: character references read by a fuzzy match (web_artefacts), swapped syllables read as a
# neighbouring unit (syllable_slip), full-width and VIQR text (viqr_fullwidth).
# After the reader was fixed against it (3 December 2026): 87.2 % right (1,569 of 1,800), none
# confidently wrong; the rest flagged with the truth among the candidates (mostly a district or
# province one row off: the text contradicts itself).
SEED_G = 1654
FLOOR_G = 84.0
WRONG_G: dict[str, int] = {}
# Set h (seed 1010): measured 60.7 % right (1,092 of 1,800) and 1 confidently wrong when the set
# was written (the reader had not seen it; 61.3 % and 3 at 300 per family). Its weakest families:
# the administrative part first and the hamlet or street after it (5 % right: unmatched, or the
# trailing `Tổ 4` / `Xóm 7` read as Quận 4 / Quận 7), old and new parts mixed (a new commune with
# an old district that is not its origin: flagged without the truth or unmatched), delivery notes
# mixed in (unmatched; `không giao thứ 7` read as Quận 7) and heavy OCR (unmatched). The bound is
# the confidently wrong answer of that reader: an untyped hamlet named like a province read as the
# province (`Long An, Phước Hậu, Huyện Long Hồ, Vĩnh Long`, hamlet_namesake).
# After the reader was fixed against it (3 December 2026): 72.1 % right, none confidently wrong;
# after set i's fixes and set h's mixed parts, directions and heavy OCR: 77.7 %.
SEED_H = 1010
FLOOR_H = 74.0
WRONG_H: dict[str, int] = {}
# Set i (seed 2612): measured 70.1 % right (1,472 of 2,100), none confidently wrong, when the set was
# written (the reader had not seen it; 69.5 % at 300 per family, and 68.8 % / 69.7 % with 2 / 1
# confidently wrong at seeds 7 / 99, all in spreadsheet columns without type words). Its weakest
# families: the QR code of a chip identity card (`|`-separated fields, all unmatched), the managing
# tax office after a business or tax-code address (`Chi cục Thuế huyện Y`: flagged with the truth
# among the district's communes), old unit codes beside or instead of the name (flagged or
# unmatched) and the farm town written `TTNT Việt Lâm` (flagged with Xã Việt Lâm).
# After the reader was fixed against it (3 December 2026): 96.0 % right, none confidently wrong.
SEED_I = 2612
FLOOR_I = 93.0
WRONG_I: dict[str, int] = {}
# Set j (seed 3012): measured 69.9 % right (1,364 of 1,950) and 1 confidently wrong when the set
# was written (the reader had not seen it; 70.8 % and 5 at 300 per family, 70.8 % / 70.4 % with
# 8 / 4 at seeds 7 / 99). Its weakest families: city districts by their initials (`Q.gv`, `QHM`,
# `q.dd`: mostly unmatched), teen code and chat phrases around the address (`fường`, `wận`,
# `đc ko ạ`, `j cũng đc`: about half unmatched), a buyer's name, phone and note with the address
# among them (unmatched or flagged with the truth) and cities by their nicknames (`BMT`, `Ban Mê`,
# `TDM`). The bound is the confidently wrong answer of that reader: `số 15 Nguyễn Đình Chiểu TT
# Thạnh Hóa Thạnh Hóa` (Thị trấn Thạnh Hóa of Long An, truth 27865 Xã Thạnh Hóa) read as Xã Thanh
# Phong 16213 of Thanh Hóa (missing_province). After the reader was fixed against it (3 December
# 2026): 73.8 % right, none confidently wrong (that case is flagged with both).
SEED_J = 3012
FLOOR_J = 70.0
WRONG_J: dict[str, int] = {}
# Set k (seed 1107): measured 65.4 % right (1,177 of 1,800) and 4 confidently wrong when the set
# was written (the reader of 082e563 had not seen it; 65.0 % and 10 at 300 per family, 65.7 % /
# 65.6 % with 6 / 6 at seeds 7 / 99). Its weakest families: geocoders' components with their type
# names (`administrative_area_level_3: X`, HERE's `city=` / `county=`), percent-encoded, `+`-joined
# and `\u`-escaped text (all but unmatched), marketplace paths and labelled fields, foreigners'
# `village` / `county` in large-to-small order. No bound is set for the 4 confidently wrong answers
# at this seed (a province as Google's level-1 component read as a ward, an earlier-round commune
# read as a namesake neighbour, a JSON object, `Lam Son Commune | Khanh Hoa` read as Phường Ninh
# Chử): they are left for the reader to fix. After the reader was fixed against it (3 December
# 2026: an export decoder for those formats, `County`/`Village`/`State`, a province written twice
# with `Province`, farm towns, `(cũ)` in earlier registers): 93.3 % right, none confidently wrong.
SEED_K = 1107
FLOOR_K = 90.0
WRONG_K: dict[str, int] = {}
# Set l (seed 1203): measured 74.1 % right (1,112 of 1,500) and 12 confidently wrong when the set
# was written (the reader of 3b3ae19 had not seen it; 73.9 % and 18 at 300 per family, 73.9 % /
# 74.0 % with 11 / 12 at seeds 7 / 99). Set l is about time: units of earlier rounds as registers of
# 2004-2024 wrote them, chains of changes, retired codes beside the name, 2026 changes. Its weakest
# families: abolished communes with no unique successor (never right: resolved to one unit, or
# flagged without or with part of the candidates), a retired statistics-office code beside the name
# (`Mã xã: 15595`, `(18511)`, `[26074]`, `| MaDVHC=11428`: a quarter unmatched) and time notes
# (`từ 01/06/2020 là xã Châu Sơn`: unmatched). No bound is set for the 12 confidently wrong answers
# (a retired commune's name read by a fuzzy match as a neighbour: `Xã Thọ Trường (15601), Huyện Thọ
# Xuân` as Xã Lam Sơn, `Xã Long Tân, Huyện Ngã Năm` as Xã Tân Long): they are left for the reader to fix.
# After the reader was fixed against it (3 December 2026: earlier registers read without the notes,
# codes, labels and `từ <date> là ...` around the units): 80.6 % right, none confidently wrong.
SEED_L = 1203
FLOOR_L = 77.0
WRONG_L: dict[str, int] = {}
# Set m (seed 1312): text that says less, or something else, than it seems (a district or a
# province alone, a numbered ward or a shared name without its district, an organisation or a
# person named like a place, a hamlet named like a commune elsewhere, addresses abroad, two
# residences in one field, truncated fields, blank forms). Its right answer is often a flag listing
# every candidate or `unmatched` (`right_unmatched` on an empty truth), so its floor counts right,
# right_flag and right_unmatched. Measured 88.6 % (1,462 of 1,650) and 5 confidently wrong when the
# set was written (the reader of b911e0b had not seen it; 88.3 % and 14 at 300 per family, 88.8 % /
# 88.5 % with 19 / 7 at seeds 7 / 99): `Ốt-xtrây-li-a` (Australia) read as Xã Lìa (abroad), a street
# named after a person read as the commune inside its name (`229 Lê Hồng Phong, Tỉnh Bình Thuận` as
# old Xã Hồng Phong, province_only), a truncated commune read as a namesake of another province
# against the province and district written (`Tỉnh Quảng Ngãi - huyện Ba Tơ - X. Ba`, truncated).
# Once the reader was fixed for them: 89.7 % and none; no confidently wrong answer is allowed.
# Once two residences in one field were each read and flagged together: 93.2 %. Once a home and a
# temporary one in parentheses, HKTT and the present home, a tax office named first and the
# buyer's lines around an address were read (3 December 2026, evening): 96.0 %.
SEED_M = 1312
FLOOR_M = 94.0
RIGHT_M = ("right", "right_flag", "right_unmatched")
WRONG_M: dict[str, int] = {}
MAX_CONFIDENTLY_WRONG_M = 0
# Set n (seed 2107): addresses inside prose and documents (judgments, decisions, news items,
# petitions, CVs, land documents, death notices, business licences, sights, wedding announcements,
# projects over two communes), where one place, or two of equal standing, is the address asked for.
# Its right answer may be a flag listing both places or `unmatched` on an empty truth, so its floor
# counts right, right_flag and right_unmatched. Measured 16.1 % (264 of 1,650) and none confidently
# wrong when the set was written (the reader of e93d1e5 had not seen it: 15.5 % at 300 per family,
# 16.0 % / 14.9 % at seeds 7 / 99, none confidently wrong); the reader declines most prose
# (unmatched). Once the reader took the place a document's words name as the address
# (`text/prose.py`: `nơi cư trú:`, `trú quán:`, `địa chỉ thửa đất:`, `thuộc địa phận`, ...):
# 79.9 % (72.7 % right), none confidently wrong. Once two places of equal standing, each after its
# label (a wedding's two families, a permanent and a temporary residence), were each read and
# flagged together: 87.4 %; what stays unmatched is mostly projects over two communes. Once a
# project's site, a boundary or a bridge between two communes was read as two such places, a
# sentence ended after a name's two-letter syllable (`tỉnh Nghệ An. Hôn lễ ...`), and a parcel's
# place after its area and use (3 December 2026, evening): 99.8 %.
SEED_N = 2107
FLOOR_N = 97.0
RIGHT_N = ("right", "right_flag", "right_unmatched")
WRONG_N: dict[str, int] = {}
MAX_CONFIDENTLY_WRONG_N = 0
# Set o (seed 15070): how the names themselves are spelt (apostrophes and joined or split syllables
# of ethnic-minority names, old and new tone placement, y/i, qui/quy, d/đ, k/c, gi/d, marks dropped
# on some syllables, popular and former names of provinces and cities, a province by ambiguous
# initials such as `ĐN` or `QN`, numbers in words or Roman numerals, farm towns, capitals and no
# marks). Resolved at 60 addresses per family, which keeps it to about two seconds. Its right answer
# may be a flag listing every unit the initials leave or `unmatched` on a province alone, so its
# floor counts right, right_flag and right_unmatched. Measured 96.4 % and 1 confidently wrong at 60
# per family when the set was written (the reader of ec8c983 had not seen it; 95.7 % / 96.0 % /
# 95.3 % with 2 / 1 / 3 confidently wrong at 300 per family, seeds 15070 / 7 / 99): the farm towns
# (`Nông trường Mộc Châu`, `TT Nông trường Mộc Châu`, Thị trấn NT Mộc Châu until 2025) and `Ngã 7`
# (Ngã Bảy) read since. 97.3 % and none confidently wrong at 60 per family then; 99.1 % once
# numbers in words and Roman numerals, Pleiku's spellings, initials with a dot between (`B.D`) and
# farm towns by their initials (`TTNT`) were read (3 December 2026, evening).
SEED_O = 15070
N_O = 60
FLOOR_O = 97.0
RIGHT_O = ("right", "right_flag", "right_unmatched")
WRONG_O: dict[str, int] = {}
MAX_CONFIDENTLY_WRONG_O = 0
# Set p (seed 1611): addresses as offices hold them beside other numbered and named things
# (statistics-office exports with codes beside names, health-insurance claims, electricity and
# water bills, outage notices, police confirmations of residence, voter lists of 2021 and 2026,
# addresses typed by ear over the phone, service records, the new form with a predecessor in odd
# brackets, streets named like a unit of the district, very long addresses with two streets,
# decomposed and Windows-1258 Unicode, foreigners' bilingual declarations). A split commune's
# right answer is a flag listing its successors, so its floor counts right and right_flag.
# Measured 54.9 % (1,070 of 1,950) and 1 confidently wrong when the set was written (the reader of
# af65280 had not seen it; 55.1 % / 55.5 % / 54.7 % with 2 / 1 / 0 confidently wrong at 300 per
# family, seeds 1611 / 7 / 99). The bound is that answer: `Tỉnh/TP: [77] Bà Rịa - Vũng Tàu
# Huyện/Quận: [747] Vũng Tàu  Xã/Phường: [26518] 5  Địa bàn: 010` (Phường 5, truth 26506 Phường
# Vũng Tàu) read as Phường 10 (26536 Phường Rạch Dừa) by the enumeration area `010`. Its weakest
# families: voter lists (none right: `khóa XV` / `Đơn vị bầu cử số 3` around the units, flagged
# without the truth or unmatched), bills and foreigners' declarations (almost all unmatched),
# outage notices (two thirds unmatched). The same day, once the field labelled as the address of
# a record is read alone, English beside the units dropped, notes in other brackets set in
# parentheses and a census record's enumeration area dropped (`admin_merge/text/records.py`):
# 78.9 % (1,539 of 1,950), none confidently wrong; with a record's residence and home-town labels
# (``HKTT``, ``Nơi ở``, ``Quê quán``) and the one field of an unlabelled record written as an
# address: 89.5 % (1,746 of 1,950), none confidently wrong (85.4-86.0 % right and 3.5-4.2 %
# rightly flagged at 300 per family, seeds 1611 / 7 / 99, none confidently wrong). A review then
# found addresses whose units are labelled fields or columns cut to their street; a record's field
# is now weighed against the whole text, whose firm reading stands: 82.5 % (1,608 of 1,950), none
# confidently wrong (78.3-79.0 % right, 3.5-4.2 % rightly flagged, ~10 % flagged with the truth).
SEED_P = 1611
FLOOR_P = 80.0
RIGHT_P = ("right", "right_flag")
WRONG_P: dict[str, int] = {}
# Set q (seed 1712): addresses as sector registers hold them (land certificates, business and tax
# lines with place names in the company's name, institutions named after a neighbouring commune,
# pupils' records, bank exports in capitals without marks with a province cut by the column, a
# village named after the old commune, half-updated addresses with the old district left in, units
# beside their codes, parcel labels, unusual abbreviations and tone placement, vehicle
# registrations, a household's move with the former residence beside the present one). A split
# commune's or a half-updated address's right answer may be a flag listing every unit the words
# fit, so its floor counts right and right_flag. Measured 88.2 % (1,588 of 1,800) and 2 confidently
# wrong when the set was written (the reader of b30398a had not seen it; 87.9 / 88.7 / 88.4 % right
# or rightly flagged with 3 / 1 / 2 confidently wrong at 300 per family, seeds 1712 / 7 / 99). The
# bounds are those answers: `THON 4 / X PHUC LOC / T NGHE` (Xã Phúc Lộc of Nghệ An, the province
# cut by a bank's column) read as Xã Phúc Lộc 01894 of Thái Nguyên; `... Địa chỉ: TT Bảo Lạc,
# huyện Bảo Lạc, Tỉnh Cao Bằng, ... Nơi đăng ký: Công an huyện Bảo Lạc` (truth 01321 Xã Bảo Lạc)
# read as 01339 Xã Xuân Trường. Its weakest families: a household's move (`Nơi thường trú: B. Nơi
# thường trú trước khi chuyển đến: A` flagged with A only, `Đã chuyển hộ khẩu từ A về B`
# unmatched), a code with only the province (unmatched), land certificates (13 % unmatched), a
# district's police or post office after the address (flagged with the district's successors).
# After the reader's rules for commune codes (`MaXa: 13459`, `mã ĐVHC cấp xã`) and a record's
# address field read exactly where the whole text reads by a near name: 91.5 % and 1 confidently
# wrong (the bank export above; the vehicle registration is flagged with its truth); 84.9 / 85.1 /
# 84.6 % right at 300 per family, seeds 1712 / 7 / 99, one confidently wrong each. After a
# household's move is read as its present residence (the place left dropped, a trailing day too):
# 95.8 % (91.9 % right), household moves 20 -> 95 % right; 91.1 / 91.2 / 90.9 % right at 300.
# After a land record's parcel address is read (not the owner's, nor the issuing office's): 97.2 %
# (93.1 % right); land parcels 81 -> 95-97 % right; 92.3 / 92.4 / 92.3 % right at 300. After a
# province piece that names none (`T NGHE`) confines new communes no more than old ones, a type
# letter at a field's start in capitals (`/ X TOAN SON /`) counts as a typed commune left in the
# street, and a record's exact address field decides among the whole text's candidates: 99.2 %
# (95.2 % right), none confidently wrong; 94.8 / 94.6 / 94.4 % right at 300, none wrong. After
# the review narrowed the parcel, move and type-letter rules (and T.Phố read as Thành phố): 99.1 %
# (95.2 % right); 94.9 / 94.7 / 94.7 % right at 300, none confidently wrong.
SEED_Q = 1712
FLOOR_Q = 97.0
RIGHT_Q = ("right", "right_flag")
WRONG_Q: dict[str, int] = {}
# Set r (seed 1808): public texts that hold an address among other words (real-estate and review
# listings, letterheads, news leads with the units in parentheses, lists of communes, candidate
# lists, wanted notices, lost-papers notices, martyrs' records with provinces of 1976-1991, OCOP
# labels, bank transfer memos, mixtures). Measured 31.6 / 31.8 / 30.7 % right and 7 / 2 / 1
# confidently wrong at 300 per family, seeds 1808 / 7 / 99, when the set was written (the reader of
# 4ca4b68 had not seen it; 46 % unmatched). The typed communes such a text names are now read, but
# given only as candidates (two reviews found no sign in the words that says which place is the
# text's: an addressee, an office, a workplace look the same), a list of communes is flagged with
# all of them, 'Nguyên quán' is a labelled place, a near reading whose street holds an exact
# commune and district is flagged: a flag listing the truth is this set's right answer for most
# texts, so its floor counts right, right_flag and flagged_with_truth. Measured 84.0 % (36.7 %
# right, 12.1 % right flags, 35.2 % flagged with the truth), none confidently wrong. Still weak:
# bank transfer memos in capitals without marks or type words (mostly unmatched).
SEED_R = 1808
FLOOR_R = 80.0
RIGHT_R = ("right", "right_flag", "flagged_with_truth")
WRONG_R: dict[str, int] = {}
# Set s: registers through time and names that mislead (a town named like its district, namesakes,
# split communes, the 2026 changes, communes of the 2019-2021 rounds, new communes named like an
# old district, the old district by habit, provinces of another era, reverse order, streets named
# like a commune, numbered wards, mixtures). Measured 70.0 % right, 24.4 % right flags and 3 / 4 /
# 10 confidently wrong at seeds 1919 / 7 / 99 when the set was written (the reader of 745711d had not
# seen it; the wrong ones: communes of the earlier rounds behind a label, without marks or in
# reverse order read by a near name of today, a hamlet at the end read as a province). Measured
# after: 71.3 % right and 24.4 % right flags (95.7 %), none confidently wrong.
SEED_S = 1919
FLOOR_S = 92.0
RIGHT_S = ("right", "right_flag")
WRONG_S: dict[str, int] = {}
# Set t: how forms and spreadsheets write the parts (Roman numerals and numbers in words, type
# words cut short, type words after the name in brackets, 'thuộc' chains, a commune written twice,
# cells in another order, capitals inverted, syllables glued, slashed abbreviations, mixtures).
# Measured 63.8 % right and 32 / 26 / 40 confidently wrong at seeds 2020 / 7 / 99 when the set was
# written (the reader of d5bfd8b had not seen it; the wrong ones: a province's name read as the
# commune named like it when the type words come after the names, 'Thị x' read as a commune typed
# 'x', cells in another order read by a near name). Measured after: 89.2 % right and 6.1 % right
# flags (95.3 %), none confidently wrong (one at seed 99, as before: see README).
SEED_T = 2020
FLOOR_T = 92.0
RIGHT_T = ("right", "right_flag")
WRONG_T: dict[str, int] = {}
# Set u: what registers copy around the units since July 2025 (the resolutions' wording of what a
# new unit was made from, forms' labels with two or three types, regional hamlet words, postal
# codes, look-alike letters of other scripts, UTF-8 read as Windows-1258 or saved through
# Windows-1252, a word or unit written twice, lost horns and breves, the cities of 2026, special
# zones, a legal basis after the address, converters' lines, mixtures). Measured 77.0 / 74.2 /
# 76.3 % right and 7 / 3 / 4 confidently wrong at seeds 3131 / 7 / 99 (1,950 each) when the set was
# written, and a RecursionError (the reader of 6c4b792 had not seen it). Measured after: 91.9 %
# right and 5.1 % right flags at seed 3131 (97.0 %), none confidently wrong at the three seeds.
SEED_U = 3131
FLOOR_U = 94.0
RIGHT_U = ("right", "right_flag")
WRONG_U: dict[str, int] = {}
# Set v: voice typing with its punctuation said, web breadcrumbs, streets named after provinces,
# house numbers with letters and slashes, spreadsheet dates, former provinces and city names,
# parcel labels, communes named with a hamlet's or a type's word, a name's last word cut to its
# initial, every name's first syllable cut to its initial, type words after the names, mixtures.
# Measured 60.8 / 59.8 / 60.1 % right and 8 / 3 / 7 confidently wrong at seeds 4141 / 7 / 99
# (1,800 each) when the set was written (the reader of 512b29a had not seen it). Measured after:
# 72.3 % right and 5.5 % right flags at seed 4141 with 2 confidently wrong answers left, names cut
# to their first syllable's initial (``C.Tiên 3``; ``T. Đ.Tháp`` for the new Đồng Tháp, coded as
# Tiền Giang was); after those and arrows read as a path's separators: 73.2 % right and 5.5 % right
# flags at seed 4141 (78.7 %), none confidently wrong at seeds 4141, 7 and 99.
SEED_V = 4141
FLOOR_V = 78.0
RIGHT_V = ("right", "right_flag")
WRONG_V: dict[str, int] = {}
# Set w: French and Han-character forms, province nicknames, seal rings, bold Unicode letters,
# hashtags, self-corrections, hyphenated syllables, slipped type words, pre-reform types in the
# two-level form, hard-wrapped receipts, mixtures. Measured 49.6 / 51.2 / 48.6 % right and 13 / 11 /
# 9 confidently wrong at seeds 4242 / 7 / 99 (1,800 each) when the set was written (the reader of
# 881a684 had not seen it): every one a commune struck through or taken back in words (``xã ~~A~~
# B``, ``A à nhầm B``, ``... Sửa lại: ...``) read as written. After what was taken back is dropped:
# 57.9 % right and 2.5 % right flags at seed 4242, none confidently wrong at the three seeds. After
# the passes for bold Unicode letters, Han-character and French forms, hashtags, seal rings and
# receipts cut mid-word (``text/styled.py``, ``han.py``, ``french.py``, ``hashtags.py``,
# ``seals.py``, ``receipts.py``): 90.8 / 92.3 / 90.3 % right and 94.5 / 95.1 / 93.2 % with the right
# flags at seeds 4242 / 7 / 99, none confidently wrong.
SEED_W = 4242
FLOOR_W = 94.0
RIGHT_W = ("right", "right_flag")
WRONG_W: dict[str, int] = {}
# Set x: phố written P. before the ward, hamlets numbered beside numbered wards, a syllable left
# out inside a name, slips that give another real name, units named like provinces, directions,
# the new communes' service points and party committees, neighbouring provinces, fishing boats'
# papers, parish records, old names now another unit's, TP. for a city or its province. Measured
# 61.2 / 60.7 / 61.4 % right and 11 / 7 / 9 confidently wrong at seeds 5353 / 7 / 99 (1,800 each)
# when the set was written (the reader of e10cf21 had not seen it). After: 63.4 % right and 76.2 %
# with right flags at seed 5353 and none confidently wrong there; 1 at seeds 7 and 99 each (``X.
# Trung Hạ, H.Củ Chi``: Trung Hạ is a unit's own name elsewhere; a party committee's commune read
# in the register of 2024 before its ``địa điểm:``). Since set z: 64.6 % right and 77.4 % with right
# flags at seed 5353; ``X. Trung Hạ`` flagged with Trung Lập Hạ (the name left a syllable short is
# another province's unit's).
SEED_X = 5353
FLOOR_X = 76.0
RIGHT_X = ("right", "right_flag")
WRONG_X: dict[str, int] = {}
# Set y: communes named like a district of another province, the 2026 types, names with numerals
# (``A Lưới V``, ``Tân Phước I``, ``Đạ Tẻh số 3``), streets named like a neighbouring unit, Word
# tables, CSV rows, roads with type words, industrial zones and markets named after other units,
# island units, dialect spellings with abbreviations. Measured about 88 % right and 4 / 4 / 3
# confidently wrong at seeds 6464 / 7 / 99 (1,650 each; the reader of 9ed2212 had not seen it), every
# one a numeral written in Roman, in words or after ``số``. After numerals are read as the name's
# number where that is a unit's name: 92.6 % right and 96.7 % with right flags at seed 6464, none
# confidently wrong at the three seeds.
SEED_Y = 6464
FLOOR_Y = 96.0
RIGHT_Y = ("right", "right_flag")
WRONG_Y: dict[str, int] = {}
# Set z: first syllables written as initials (``Q.Nam``, ``X. V.Bản``), bare names run together
# with spaces, insurance-card lines in capitals, the new province with the old one it absorbed,
# descriptive words after the type word, region labels, exam registrations, a health facility as
# the place of birth. Measured 62.3 / 62.8 / 62.1 % right and 3 / 2 / 5 confidently wrong at seeds
# 7272 / 7 / 99 (1,500 each; the reader of f76e9da had not seen it), nine of the ten a commune's
# first syllable as its initial read by a near name. After the communes that fit the initial are
# looked for: 69.5 % right and 76.7 % with right flags at seed 7272 (69.3 / 69.4 % at 7 / 99),
# none confidently wrong at the three seeds (``Nghệ An Vinh Hưng Bình``, Vinh Hưng and a word
# ``Bình`` left before the end, is flagged with the other cut, Vinh and Hưng Bình; taking that cut
# instead made hundreds of other runs wrong: tests/test_review_probes_3.py). After describing
# words are dropped (``xã miền núi``, ``tỉnh cực Bắc``) and type words after the names read with a
# street first: 80.4 % right and 87.7 % with right flags (79.2 / 79.3 % at 7 / 99), none wrong.
SEED_Z = 7272
FLOOR_Z = 85.0
RIGHT_Z = ("right", "right_flag")
WRONG_Z: dict[str, int] = {}
# Set aa: addresses typed in old fonts (TCVN3, VNI), listings' links and reports' file names,
# encyclopedia leads and infoboxes, search-box questions, names ending in a letter, voice-typed
# numbers, epidemic notices, letters' signature blocks with their recipients. Measured 37.5 / 36.1 /
# 36.0 % right and 54 / 69 / 65 confidently wrong at seeds 9191 / 7 / 99 (1,500 each; the reader of
# 0177abe had not seen it), all but 21 a commune among a letter's recipients (``Nơi nhận:``), the
# others a link's host or a file's extension read as a name. After recipients, links, file names,
# labelled addresses, encyclopedia leads, questions and voice-typed numbers are read: 64.2 % right
# and 67.9 % with right flags at seed 9191, none confidently wrong at the three seeds.
SEED_AA = 9191
FLOOR_AA = 66.0
RIGHT_AA = ("right", "right_flag")
WRONG_AA: dict[str, int] = {}


@pytest.fixture(scope="module")
def set_a() -> dict[str, Any]:
    return evaluate("a", N, SEED_A, reference_or_skip())


@pytest.fixture(scope="module")
def set_b() -> dict[str, Any]:
    return evaluate("b", N, SEED_B, reference_or_skip())


@pytest.fixture(scope="module")
def set_c() -> dict[str, Any]:
    return evaluate("c", N, SEED_C, reference_or_skip())


@pytest.fixture(scope="module")
def set_d() -> dict[str, Any]:
    return evaluate("d", N, SEED_D, reference_or_skip())


@pytest.fixture(scope="module")
def set_e() -> dict[str, Any]:
    return evaluate("e", N, SEED_E, reference_or_skip())


@pytest.fixture(scope="module")
def set_f() -> dict[str, Any]:
    return evaluate("f", N, SEED_F, reference_or_skip())


@pytest.fixture(scope="module")
def set_g() -> dict[str, Any]:
    return evaluate("g", N, SEED_G, reference_or_skip())


@pytest.fixture(scope="module")
def set_h() -> dict[str, Any]:
    return evaluate("h", N, SEED_H, reference_or_skip())


@pytest.fixture(scope="module")
def set_i() -> dict[str, Any]:
    return evaluate("i", N, SEED_I, reference_or_skip())


@pytest.fixture(scope="module")
def set_j() -> dict[str, Any]:
    return evaluate("j", N, SEED_J, reference_or_skip())


@pytest.fixture(scope="module")
def set_k() -> dict[str, Any]:
    return evaluate("k", N, SEED_K, reference_or_skip())


@pytest.fixture(scope="module")
def set_l() -> dict[str, Any]:
    return evaluate("l", N, SEED_L, reference_or_skip())


@pytest.fixture(scope="module")
def set_m() -> dict[str, Any]:
    return evaluate("m", N, SEED_M, reference_or_skip())


@pytest.fixture(scope="module")
def set_n() -> dict[str, Any]:
    return evaluate("n", N, SEED_N, reference_or_skip())


@pytest.fixture(scope="module")
def set_o() -> dict[str, Any]:
    return evaluate("o", N_O, SEED_O, reference_or_skip())


@pytest.fixture(scope="module")
def set_p() -> dict[str, Any]:
    return evaluate("p", N, SEED_P, reference_or_skip())


@pytest.fixture(scope="module")
def set_q() -> dict[str, Any]:
    return evaluate("q", N, SEED_Q, reference_or_skip())


@pytest.fixture(scope="module")
def set_r() -> dict[str, Any]:
    return evaluate("r", N, SEED_R, reference_or_skip())


@pytest.fixture(scope="module")
def set_s() -> dict[str, Any]:
    return evaluate("s", N, SEED_S, reference_or_skip())


@pytest.fixture(scope="module")
def set_t() -> dict[str, Any]:
    return evaluate("t", N, SEED_T, reference_or_skip())


@pytest.fixture(scope="module")
def set_u() -> dict[str, Any]:
    return evaluate("u", N, SEED_U, reference_or_skip())


@pytest.fixture(scope="module")
def set_v() -> dict[str, Any]:
    return evaluate("v", N, SEED_V, reference_or_skip())


@pytest.fixture(scope="module")
def set_w() -> dict[str, Any]:
    return evaluate("w", N, SEED_W, reference_or_skip())


@pytest.fixture(scope="module")
def set_x() -> dict[str, Any]:
    return evaluate("x", N, SEED_X, reference_or_skip())


@pytest.fixture(scope="module")
def set_y() -> dict[str, Any]:
    return evaluate("y", N, SEED_Y, reference_or_skip())


@pytest.fixture(scope="module")
def set_z() -> dict[str, Any]:
    return evaluate("z", N, SEED_Z, reference_or_skip())


@pytest.fixture(scope="module")
def set_aa() -> dict[str, Any]:
    return evaluate("aa", N, SEED_AA, reference_or_skip())


def _wrong(result: dict[str, Any]) -> dict[str, int]:
    return {f: fam["counts"].get("CONFIDENTLY_WRONG", 0) for f, fam in result["families"].items()}


def _check(
    result: dict[str, Any], allowed: dict[str, int], floor: float, right: tuple[str, ...] = ("right",), n: int = N
) -> None:
    assert set(allowed) <= set(result["families"]), "a bound names a family the model does not have"
    assert result["overall"]["n"] == n * len(result["families"])
    assert not result["overall"]["counts"].get("EXCEPTION"), result["families"]
    over = {f: n for f, n in _wrong(result).items() if n > allowed.get(f, 0)}
    examples = {f: result["families"][f]["wrong_examples"] for f in over}
    assert not over, f"confidently wrong answers above the bounds {allowed}: {over}\n{examples}"
    assert sum(result["overall"]["percent"][c] for c in right) >= floor, result["overall"]


def test_set_a_no_new_confidently_wrong_answers(set_a: dict[str, Any]) -> None:
    _check(set_a, WRONG_A, FLOOR_A)


def test_set_b_no_new_confidently_wrong_answers(set_b: dict[str, Any]) -> None:
    _check(set_b, WRONG_B, FLOOR_B)


def test_set_c_no_new_confidently_wrong_answers(set_c: dict[str, Any]) -> None:
    _check(set_c, WRONG_C, FLOOR_C)


def test_set_d_no_new_confidently_wrong_answers(set_d: dict[str, Any]) -> None:
    _check(set_d, WRONG_D, FLOOR_D)


def test_set_e_no_new_confidently_wrong_answers(set_e: dict[str, Any]) -> None:
    _check(set_e, WRONG_E, FLOOR_E)


def test_set_f_no_new_confidently_wrong_answers(set_f: dict[str, Any]) -> None:
    _check(set_f, WRONG_F, FLOOR_F)


def test_set_g_no_new_confidently_wrong_answers(set_g: dict[str, Any]) -> None:
    _check(set_g, WRONG_G, FLOOR_G)


def test_set_h_no_new_confidently_wrong_answers(set_h: dict[str, Any]) -> None:
    _check(set_h, WRONG_H, FLOOR_H)


def test_set_i_no_new_confidently_wrong_answers(set_i: dict[str, Any]) -> None:
    _check(set_i, WRONG_I, FLOOR_I)


def test_set_j_no_new_confidently_wrong_answers(set_j: dict[str, Any]) -> None:
    _check(set_j, WRONG_J, FLOOR_J)


def test_set_k_no_new_confidently_wrong_answers(set_k: dict[str, Any]) -> None:
    _check(set_k, WRONG_K, FLOOR_K)


def test_set_l_no_new_confidently_wrong_answers(set_l: dict[str, Any]) -> None:
    _check(set_l, WRONG_L, FLOOR_L)


def test_set_m_no_new_confidently_wrong_answers(set_m: dict[str, Any]) -> None:
    _check(set_m, WRONG_M, FLOOR_M, RIGHT_M)
    assert set_m["overall"]["counts"].get("CONFIDENTLY_WRONG", 0) <= MAX_CONFIDENTLY_WRONG_M


def test_set_n_no_new_confidently_wrong_answers(set_n: dict[str, Any]) -> None:
    _check(set_n, WRONG_N, FLOOR_N, RIGHT_N)
    assert set_n["overall"]["counts"].get("CONFIDENTLY_WRONG", 0) <= MAX_CONFIDENTLY_WRONG_N


def test_set_o_no_new_confidently_wrong_answers(set_o: dict[str, Any]) -> None:
    _check(set_o, WRONG_O, FLOOR_O, RIGHT_O, n=N_O)
    assert set_o["overall"]["counts"].get("CONFIDENTLY_WRONG", 0) <= MAX_CONFIDENTLY_WRONG_O


def test_set_p_no_new_confidently_wrong_answers(set_p: dict[str, Any]) -> None:
    _check(set_p, WRONG_P, FLOOR_P, RIGHT_P)


def test_set_q_no_new_confidently_wrong_answers(set_q: dict[str, Any]) -> None:
    _check(set_q, WRONG_Q, FLOOR_Q, RIGHT_Q)


def test_set_r_no_new_confidently_wrong_answers(set_r: dict[str, Any]) -> None:
    _check(set_r, WRONG_R, FLOOR_R, RIGHT_R)


def test_set_s_no_new_confidently_wrong_answers(set_s: dict[str, Any]) -> None:
    _check(set_s, WRONG_S, FLOOR_S, RIGHT_S)


def test_set_t_no_new_confidently_wrong_answers(set_t: dict[str, Any]) -> None:
    _check(set_t, WRONG_T, FLOOR_T, RIGHT_T)


def test_set_u_no_new_confidently_wrong_answers(set_u: dict[str, Any]) -> None:
    _check(set_u, WRONG_U, FLOOR_U, RIGHT_U)


def test_set_v_no_new_confidently_wrong_answers(set_v: dict[str, Any]) -> None:
    _check(set_v, WRONG_V, FLOOR_V, RIGHT_V)


def test_set_w_no_new_confidently_wrong_answers(set_w: dict[str, Any]) -> None:
    _check(set_w, WRONG_W, FLOOR_W, RIGHT_W)


def test_set_x_no_new_confidently_wrong_answers(set_x: dict[str, Any]) -> None:
    _check(set_x, WRONG_X, FLOOR_X, RIGHT_X)


def test_set_y_no_new_confidently_wrong_answers(set_y: dict[str, Any]) -> None:
    _check(set_y, WRONG_Y, FLOOR_Y, RIGHT_Y)


def test_set_z_no_new_confidently_wrong_answers(set_z: dict[str, Any]) -> None:
    _check(set_z, WRONG_Z, FLOOR_Z, RIGHT_Z)


def test_set_aa_no_new_confidently_wrong_answers(set_aa: dict[str, Any]) -> None:
    _check(set_aa, WRONG_AA, FLOOR_AA, RIGHT_AA)


@pytest.mark.parametrize("name", [f"independent_{x}" for x in [*"abcdefghijklmnopqrstuvwxyz", "aa"]])
def test_models_stay_independent_of_the_reader(name: str) -> None:
    """The noise models import nothing of the project: a model written in the shapes the reader
    knows would prove nothing."""
    tree = ast.parse((REPO / "benchmarks" / f"{name}.py").read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not {m for m in imported if m.split(".")[0] in ("admin_merge", "benchmarks", "tests")}


@pytest.mark.parametrize("name", [f"independent_{x}" for x in [*"abcdefghijklmnopqrstuvwxyz", "aa"]])
def test_models_are_reproducible(name: str) -> None:
    """The same seed gives the same addresses in another process, whatever the string hash seed
    (the bounds above rely on it); another seed gives others."""
    ref = reference_or_skip()
    script = (
        f"import sys; from pathlib import Path; from benchmarks.{name} import generate\n"
        "for seed in (1, 2): print(repr(generate(20, seed, Path(sys.argv[1]))))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(ref)],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        for hash_seed in ("1", "2")
    ]
    assert len(runs[0]) == 2
    assert runs[0] == runs[1]
    assert runs[0][0] != runs[0][1]
