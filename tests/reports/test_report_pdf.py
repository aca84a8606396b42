"""LibreOffice renders the quarterly report: the PDF text carries the figures and only Times-compatible fonts."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.reports.test_report_figures import expected
from tests.reports.helpers import Q3, vn

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdffonts")),
                                reason="LibreOffice / poppler not installed")


def test_pdf_text_and_fonts(demo_reports, tmp_path):
    db, q3, _ = demo_reports
    profile_dir = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile_dir}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(q3.docx)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / (q3.docx.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    e = expected(db, Q3)
    for words in ("BÁO CÁO", "Số: 07/BC-UBND", "ngày 05 tháng 10 năm 2026", "quý III năm 2026",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "Phụ lục II",
                  f"Tổ chức {vn(e['activities'])} hoạt động tuyên truyền với {vn(e['people'])} lượt người"):
        assert words in flat, words
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    faces = [line.split()[0] for line in fonts.splitlines()[2:] if line.strip()]
    assert faces
    for face in faces:
        base = face.split("+", 1)[-1]
        assert base.startswith(("LiberationSerif", "TimesNewRoman", "Times")), face
