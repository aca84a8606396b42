"""The official NĐ 30/2020 layout, checked by reopening the .docx (and, when LibreOffice is present, the PDF)."""

import shutil
import subprocess
from datetime import date

import pytest

from commune_desk.domain.doc_format import date_line, document_number, vn_int, vn_percent
from commune_desk.services.documents.docx_official import DocHeader, OfficialDocument, SignBlock, TableSpec

HEADER = DocHeader(
    issuing_body=("ỦY BAN NHÂN DÂN", "XÃ HÒA MỸ"), number_line=document_number(7), place="Xã Hòa Mỹ",
    day=date(2026, 1, 5), subject="Kết quả công tác phòng, chống mại dâm quý III năm 2026",
    addressees=("Sở Y tế tỉnh Thanh Hóa",),
)


def test_date_and_number_formats():
    assert date_line("Xã Hòa Mỹ", date(2026, 1, 5)) == "Xã Hòa Mỹ, ngày 05 tháng 01 năm 2026"
    assert date_line("Xã Hòa Mỹ", date(2026, 2, 28)) == "Xã Hòa Mỹ, ngày 28 tháng 02 năm 2026"
    assert date_line("Phường An", date(2026, 11, 3)) == "Phường An, ngày 03 tháng 11 năm 2026"
    assert date_line("Phường An", date(2026, 3, 15)) == "Phường An, ngày 15 tháng 3 năm 2026"
    assert document_number(7) == "Số: 07/BC-UBND" and document_number(112) == "Số: 112/BC-UBND"
    assert vn_int(1350) == "1.350" and vn_int(1234567) == "1.234.567"
    assert vn_percent(12.5) == "12,5%" and vn_percent(100.0) == "100%" and vn_percent(None) == "-"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "bao-cao.docx"
    doc = OfficialDocument(HEADER)
    doc.heading(1, "I. Kết quả thực hiện")
    doc.heading(2, "1. Công tác tuyên truyền")
    doc.paragraph("Tổ chức 12 buổi tuyên truyền với 1.350 lượt người tham dự.")
    doc.closing(["Sở Y tế tỉnh Thanh Hóa", "Lưu: VT, VHXH"], SignBlock(name="Nguyễn Văn An"))
    doc.appendix("Phụ lục I", "Biểu thống kê", "(Kèm theo Báo cáo số 07/BC-UBND ngày 05/01/2026)")
    doc.table(TableSpec(["STT", "Thôn", "Số buổi"], [["1", "Thôn Đông", "3"]], [1.2, 8, 3], {2}))
    doc.save(out)
    return out


def test_page_geometry(report):
    import docx
    from docx.shared import Mm

    section = docx.Document(str(report)).sections[0]
    # Stored in twips: equal to A4 within a tenth of a millimetre.
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    def within(value, low, high):  # twips round a millimetre value by up to 0.02 mm
        return Mm(low - 0.1) <= value <= Mm(high + 0.1)

    assert within(section.top_margin, 20, 25) and within(section.bottom_margin, 20, 25)
    assert within(section.left_margin, 30, 35) and within(section.right_margin, 15, 20)
    assert section.different_first_page_header_footer  # no page number on page 1
    assert "PAGE" in section.header._element.xml


def test_every_style_and_run_is_times_new_roman(report):
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(str(report))
    for rfonts in d.styles.element.iter(qn("w:rFonts")):
        assert not any(a.endswith("Theme") for a in rfonts.attrib), rfonts.attrib
        assert rfonts.get(qn("w:ascii")) == "Times New Roman"
        assert rfonts.get(qn("w:hAnsi")) == "Times New Roman"
    runs = [r for p in d.paragraphs for r in p.runs]
    runs += [r for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert runs and all(r.font.name == "Times New Roman" for r in runs)


def test_header_title_and_signature_texts(report):
    import docx

    d = docx.Document(str(report))
    head = d.tables[0]
    left = [p.text for p in head.cell(0, 0).paragraphs if p.text]
    right = [p.text for p in head.cell(0, 1).paragraphs if p.text]
    assert left == ["ỦY BAN NHÂN DÂN", "XÃ HÒA MỸ"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert all(r.bold for p in head.cell(0, 0).paragraphs for r in p.runs if r.text)
    assert head.cell(1, 0).paragraphs[0].text == "Số: 07/BC-UBND"
    date_par = head.cell(1, 1).paragraphs[0]
    assert date_par.text == "Xã Hòa Mỹ, ngày 05 tháng 01 năm 2026" and date_par.runs[0].italic
    texts = [p.text for p in d.paragraphs]
    assert "BÁO CÁO" in texts and HEADER.subject in texts and "Kính gửi: Sở Y tế tỉnh Thanh Hóa" in texts
    assert "I. KẾT QUẢ THỰC HIỆN" in texts
    sign = d.tables[1]
    assert [p.text for p in sign.cell(0, 0).paragraphs] == ["Nơi nhận:", "- Sở Y tế tỉnh Thanh Hóa;",
                                                           "- Lưu: VT, VHXH."]
    right = [p.text for p in sign.cell(0, 1).paragraphs if p.text]
    assert right == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
    assert "huyện" not in "\n".join(texts).lower()


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdffonts"), reason="LibreOffice not installed")
def test_pdf_uses_only_times_compatible_faces(report, tmp_path):
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(report)], check=True,
                   capture_output=True, timeout=180)
    pdf = tmp_path / "bao-cao.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    faces = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if line.strip()]
    assert faces and all(f.startswith(("LiberationSerif", "TimesNewRoman", "Times")) for f in faces), faces
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Độc lập - Tự do - Hạnh phúc" in text and "ngày 05 tháng 01 năm 2026" in text
