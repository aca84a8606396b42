"""Every report kind rendered through LibreOffice: page count, no blank page, Times-compatible fonts only, the first
page's heading, the Nơi nhận block naming the receiving office, appendices on their own pages; the annex too."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.reports.office import (
    TIMES_COMPATIBLE,
    flat,
    font_faces,
    office_or_skip,
    page_count,
    page_images,
    page_text,
    to_pdf,
)

# (database, period, report date, number): the commune with the sample plan (chart, targets) for the four kinds,
# the one without a plan for a quarter (indicators instead of targets).
CASES = [
    ("plan", "2026-Q1", date(2026, 4, 5), "3"),
    ("plan", "2026-H1", date(2026, 7, 3), "21"),
    ("plan", "2026-9M", date(2026, 10, 6), "34"),
    ("plan", "2026", date(2026, 12, 18), "47"),
    ("bare", "2026-Q3", date(2026, 10, 5), "7"),
]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, qapp):
    """{(db, period): (profile, files, pdf)} for every case, rendered once for the module."""
    office_or_skip()
    from commune_desk.domain.periods import Period
    from commune_desk.render.charts import targets_chart_png
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.reports.report_service import generate
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository

    base = tmp_path_factory.mktemp("render")
    dbs = {"plan": open_database(base / "plan.db"), "bare": open_database(base / "bare.db")}
    create_demo(dbs["plan"], year=2026, seed=7, force=False, actor="t", today=date(2026, 12, 18), with_plan=True)
    create_demo(dbs["bare"], year=2026, seed=12, force=False, actor="t", today=date(2026, 11, 20))
    out = {}
    for name, code, day, number in CASES:
        files = generate(
            dbs[name],
            Period.parse(code),
            base / name / code,
            day=day,
            number=number,
            actor="t",
            chart=targets_chart_png,
        )
        pdf = to_pdf(files.docx, base / "pdf" / name, base / "lo-profile")
        out[(name, code)] = (ProfileRepository(dbs[name], "t").get(), files, pdf)
    out["annex"] = to_pdf(out[("plan", "2026")][1].xlsx, base / "pdf" / "annex", base / "lo-profile")
    yield out
    for db in dbs.values():
        db.dispose()


def _content(text: str) -> str:
    """A page's text without the page number printed in the top margin."""
    return "\n".join(line for line in text.splitlines() if line.strip() and not line.strip().isdigit())


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_pages_fonts_heading_and_recipients(rendered, case):
    name, code, day, number = case
    profile, files, pdf = rendered[(name, code)]
    pages = page_count(pdf)
    texts = [page_text(pdf, i) for i in range(1, pages + 1)]
    images = page_images(pdf)
    # Page count: the body, Phụ lục I and Phụ lục II at least, and no page without content (the chart page has
    # its image; every other page has text beyond the page number).
    assert 3 <= pages <= 16, pages  # body 5–6, Phụ lục I 2–3, Phụ lục II (11 tables) 6–7
    blank = [i for i, t in enumerate(texts, start=1) if not _content(t) and not images.get(i)]
    assert blank == [], f"blank pages {blank} of {pages}"
    # Only Times-compatible faces (the chart is an image, its text is drawn in a serif face too).
    faces = font_faces(pdf)
    assert faces and all(f.startswith(TIMES_COMPATIBLE) for f in faces), faces
    # The first page's heading, as NĐ 30/2020 lays it out.
    first = flat(texts[0])
    issuing = [x for x in profile.issuing_body.split("\n") if x]
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    for words in (
        *issuing,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        f"Số: {int(number):02d}/BC-UBND",
        f"{profile.place_name}, ngày {day.day:02d} tháng {month} năm {day.year}",
        "BÁO CÁO",
        "Kết quả công tác phòng, chống mại dâm",
        f"Kính gửi: {profile.receiving_office}",
    ):
        assert words in first, words
    # Nơi nhận: its left column starts with the receiving office and ends with "Lưu".
    where = next(i for i, t in enumerate(texts) if "Nơi nhận:" in t)
    left = _left_column(pdf, where + 1)
    assert left[0] == f"- {profile.receiving_office};", left
    assert left[-1].startswith("- Lưu"), left
    # Each appendix begins its own page.
    for label in ("Phụ lục I", "Phụ lục II"):
        starts = [i for i, t in enumerate(texts, start=1) if _content(t).splitlines()[:1] == [label]]
        assert len(starts) == 1, (label, starts)


def _left_column(pdf, page: int) -> list[str]:
    """The Nơi nhận list as printed: the text of the page's left 290 pt (margin 30 mm + the 7 cm column) under
    "Nơi nhận:", one entry per "- " item (an item wrapping onto a second line is joined)."""
    import subprocess

    text = subprocess.run(
        [
            "pdftotext",
            "-f",
            str(page),
            "-l",
            str(page),
            "-r",
            "72",
            "-x",
            "0",
            "-y",
            "0",
            "-W",
            "290",
            "-H",
            "842",
            "-layout",
            str(pdf),
            "-",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line.strip() for line in text.splitlines()]
    top = next(i for i, line in enumerate(lines) if line.startswith("Nơi nhận:"))
    items: list[str] = []
    for line in lines[top + 1 :]:
        if not line:
            if items:
                break
            continue
        if line.startswith("-") or not items:
            items.append(line)
        else:
            items[-1] += " " + line
    return [flat(x) for x in items]


def test_tables_keep_rows_whole_and_repeat_their_headers(rendered):
    """Every table row is cantSplit; every statistical table's header row repeats (tblHeader)."""
    import zipfile

    for key, value in rendered.items():
        if key == "annex":
            continue
        xml = zipfile.ZipFile(value[1].docx).read("word/document.xml").decode("utf-8")
        tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S)
        assert len(tables) >= 7
        for table in tables:
            rows = re.findall(r"<w:tr[ >].*?</w:tr>", table, re.S)
            assert all("<w:cantSplit/>" in r for r in rows), key
        headed = [t for t in tables if "<w:tblHeader/>" in re.findall(r"<w:tr[ >].*?</w:tr>", t, re.S)[0]]
        assert len(headed) >= 6, key  # Phụ lục I and the five Biểu (layout tables have no header)


def test_no_word_is_split_inside_a_table_cell(rendered):
    """Every word of every table cell (headers, dates, ratios, amounts) fits its column in Liberation Serif: at
    1,0 cm "STT" printed as "ST / T", "Chuyển" as "Chuyể / n", "(đến ngày 05/12/2026)" as "05/12/20 / 26"."""
    from tests.reports.cell_fit import docx_overflows

    for key, value in rendered.items():
        if key != "annex":
            assert docx_overflows(value[1].docx) == [], key


def test_annex_columns_fit_and_rows_hold_their_text(rendered):
    """In every sheet of every annex: no header word split, no number too wide for its column ("###"), and each
    row (titles included) tall enough for its wrapped text measured with the real font (the Phụ lục I sheet
    printed overlapping lines, Biểu 3's two-line title was cut in half)."""
    from tests.reports.cell_fit import xlsx_overflows, xlsx_short_rows

    for key, value in rendered.items():
        if key != "annex":
            assert xlsx_overflows(value[1].xlsx) == [], key
            assert xlsx_short_rows(value[1].xlsx) == [], key


def test_annex_prints_vietnamese_numbers_without_overlap(rendered):
    pdf = rendered["annex"]
    text = flat(" ".join(page_text(pdf, i) for i in range(1, page_count(pdf) + 1)))
    # Percentages as the Word report writes them: 62,8% and 66% (not 66,0 % nor 0,931034…).
    assert re.search(r"\d,\d%", text), "percentages as 62,8%"
    assert re.search(r"\b\d{1,3}%", text), "whole percentages as 66%"
    # ("100 %" may stand in Phụ lục I: the plan's figure and its unit are two columns, "Kế hoạch" and "Đơn vị".)
    odd = re.findall(r".{20}(?:\d,\d %|\d,0%|\d\.\d%|0,\d{4,}).{5}", text)
    assert odd == []
    assert "###" not in text
    assert re.search(r"\d\.\d{3}", text), "thousands as 1.350"
    assert "PHỤ LỤC I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2026" in text
    faces = font_faces(pdf)
    assert faces and all(f.startswith(TIMES_COMPATIBLE) for f in faces), faces
