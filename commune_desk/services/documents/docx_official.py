"""Word documents in the official layout of NĐ 30/2020 (Phụ lục I): page, fonts, header, title, body, signature.

Only this module knows python-docx; report builders describe content through its small API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from commune_desk.domain.doc_format import date_line
from commune_desk.services.documents.docx_parts import (FONT, cant_split, clean_styles, fix_widths, no_borders, rule,
                                              set_run_font, text_width_cm)

__all__ = ["FONT", "DocHeader", "OfficialDocument", "SignBlock", "TableSpec", "clean_styles"]
BODY_PT = 14
# Page geometry within the decree's ranges (mm): top 20–25, bottom 20–25, left 30–35, right 15–20.
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
LEFT_COL_CM, RIGHT_COL_CM = 6.0, 10.5


@dataclass(frozen=True)
class DocHeader:
    """The two-column heading block and the title of an official document."""

    issuing_body: tuple[str, ...]          # ("ỦY BAN NHÂN DÂN", "XÃ HÒA MỸ")
    number_line: str                        # "Số: 07/BC-UBND"
    place: str                              # "Xã Hòa Mỹ"
    day: date
    subject: str                            # trích yếu, e.g. "Kết quả công tác … quý III năm 2026"
    doc_title: str = "BÁO CÁO"
    addressees: tuple[str, ...] = ()        # "Kính gửi" lines; optional for reports
    demo_notice: str = ""                   # printed above everything when the data is sample data


@dataclass(frozen=True)
class SignBlock:
    authority: tuple[str, ...] = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    title: str = "PHÓ CHỦ TỊCH"
    name: str = ""


@dataclass
class TableSpec:
    headers: list[str]
    rows: list[list[str]]
    widths_cm: list[float] | None = None
    numeric_columns: set[int] = field(default_factory=set)
    bold_rows: set[int] = field(default_factory=set)      # data row indexes printed bold (totals)


def _docx():
    import docx  # heavy: imported only when a document is written

    return docx


class OfficialDocument:
    """Builds one document: header and title on creation, then body content, then the signature block."""

    def __init__(self, header: DocHeader) -> None:
        docx = _docx()
        self._doc = docx.Document()
        self.header = header
        clean_styles(self._doc)
        self._setup_page()
        self._setup_body_style()
        self._page_numbers()
        if header.demo_notice:
            self._centered(header.demo_notice, 12, bold=True, after=6)
        self._heading_block()
        self._title_block()

    # ---- page and styles -------------------------------------------------------------------------------------
    def _setup_page(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        section = self._doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
        section.header_distance = Mm(10)

    def _setup_body_style(self) -> None:
        from docx.shared import Pt

        normal = self._doc.styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15

    def _page_numbers(self) -> None:
        """Page number centred in the top margin, none on page 1."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn

        section = self._doc.sections[0]
        section.different_first_page_header_footer = True
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run()
        set_run_font(run, size=13)
        for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
            if kind:
                el = run._element.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
            else:
                el = run._element.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
                el.text = text
            run._element.append(el)

    # ---- building blocks -------------------------------------------------------------------------------------
    def _centered(self, text: str, size: float, *, bold=False, italic=False, container=None, after=0):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        target = container if container is not None else self._doc
        p = target.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        set_run_font(p.add_run(text), size=size, bold=bold, italic=italic)
        return p

    def _heading_block(self) -> None:

        h = self.header
        table = self._doc.add_table(rows=2, cols=2)
        no_borders(table)
        fix_widths(table, [LEFT_COL_CM, RIGHT_COL_CM])
        for row in table.rows:
            cant_split(row)
        left, right = table.cell(0, 0), table.cell(0, 1)
        left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
        right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
        for line in h.issuing_body:
            self._centered(line.upper(), 13, bold=True, container=left)
        longest = max((len(x) for x in h.issuing_body), default=10)
        rule_len = text_width_cm("X" * longest, 13) * 0.4
        rule(left, max(0.3, (LEFT_COL_CM - rule_len) / 2))
        self._centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True, container=right)
        motto = "Độc lập - Tự do - Hạnh phúc"
        self._centered(motto, 14, bold=True, container=right)
        rule(right, max(0.3, (RIGHT_COL_CM - text_width_cm(motto, 14)) / 2))
        num, when = table.cell(1, 0), table.cell(1, 1)
        num.paragraphs[0]._p.getparent().remove(num.paragraphs[0]._p)
        when.paragraphs[0]._p.getparent().remove(when.paragraphs[0]._p)
        self._centered(h.number_line, 13, container=num)
        self._centered(date_line(h.place, h.day), 14, italic=True, container=when)

    def _title_block(self) -> None:
        from docx.shared import Pt

        h = self.header
        p = self._centered(h.doc_title.upper(), 14, bold=True)
        p.paragraph_format.space_before = Pt(18)
        self._centered(h.subject, 14, bold=True)
        rule(self._doc, (21 - 4.5 - 4.0) / 2)
        if h.addressees:
            first, *rest = h.addressees
            self._centered(f"Kính gửi: {first}", 14, after=0).paragraph_format.space_before = Pt(12)
            for line in rest:
                self._centered(line, 14)
        self._doc.add_paragraph().paragraph_format.space_after = Pt(0)

    # ---- body API ----------------------------------------------------------------------------------------------
    def heading(self, level: int, text: str):
        """Level 1 "I. KẾT QUẢ …" bold upper case; level 2 "1. …" bold; level 3 "a) …" upright."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        p = self._doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.27)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        set_run_font(p.add_run(text.upper() if level == 1 else text), size=BODY_PT, bold=level <= 2)
        return p

    def paragraph(self, text: str, *, italic: bool = False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm

        p = self._doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.27)
        set_run_font(p.add_run(text), size=BODY_PT, italic=italic)
        return p

    def table(self, spec: TableSpec, *, size: float = 12):
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        table = self._doc.add_table(rows=1, cols=len(spec.headers))
        table.style = self._doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        cells_rows = [spec.headers] + spec.rows
        for r, values in enumerate(cells_rows):
            cells = table.rows[0].cells if r == 0 else table.add_row().cells
            for c, value in enumerate(values):
                p = cells[c].paragraphs[0]
                p.paragraph_format.first_line_indent = Cm(0)
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                if r == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif c in spec.numeric_columns:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                set_run_font(p.add_run(str(value)), size=size, bold=r == 0 or (r - 1) in spec.bold_rows)
        for r, row in enumerate(table.rows):
            cant_split(row, header=r == 0)
        if spec.widths_cm:
            fix_widths(table, spec.widths_cm)
        # No spacer paragraph after the table: one that falls alone onto a new page is a blank page. What follows
        # (caption, picture, appendix title) carries its own space before; save() closes a trailing table.
        return table

    def caption(self, title: str, unit_note: str = "") -> None:
        """A table's title (bold, centred) and its unit line (italic, right-aligned) just above it."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        p = self._centered(title, 13, bold=True, after=0)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        if unit_note:
            q = self._centered(unit_note, 12, italic=True, after=3)
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            q.paragraph_format.keep_with_next = True

    def picture(self, path: Path, caption: str = "", width_cm: float = 15.0) -> None:
        """A centred image (a chart PNG) with an italic caption under it."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        p = self._doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = bool(caption)
        run = p.add_run()
        set_run_font(run, size=BODY_PT)
        run.add_picture(str(path), width=Cm(width_cm))
        if caption:
            self._centered(caption, 12, italic=True, after=6)

    def appendix(self, label: str, title: str, reference: str) -> None:
        """New page: "Phụ lục I", its title, and "(Kèm theo Báo cáo số …)" in italics.

        The label paragraph starts the page itself (page break before): a page-break run in a paragraph of its
        own lands on a fresh page when the previous page is full and then leaves that page blank.
        """
        label_p = self._centered(label, 14, bold=True)
        label_p.paragraph_format.page_break_before = True
        label_p.paragraph_format.keep_with_next = True
        self._centered(title.upper(), 14, bold=True)
        self._centered(reference, 14, italic=True, after=12)

    def closing(self, recipients: list[str], sign: SignBlock) -> None:
        """"Nơi nhận" on the left (12 bold italic, list 11) and the signing authority on the right."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        table = self._doc.add_table(rows=1, cols=2)
        no_borders(table)
        fix_widths(table, [7.0, 9.0])
        cant_split(table.rows[0])
        left, right = table.cell(0, 0), table.cell(0, 1)
        p = left.paragraphs[0]
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_after = Pt(0)
        set_run_font(p.add_run("Nơi nhận:"), size=12, bold=True, italic=True)
        items = list(recipients)
        for i, item in enumerate(items):
            q = left.add_paragraph()
            q.paragraph_format.first_line_indent = Cm(0)
            q.paragraph_format.space_after = Pt(0)
            q.paragraph_format.line_spacing = 1.0
            end = "." if i == len(items) - 1 else ";"
            set_run_font(q.add_run(f"- {item.rstrip(';.')}{end}"), size=11)
        right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
        for line in (*sign.authority, sign.title):
            self._centered(line.upper(), 14, bold=True, container=right)
        for _ in range(4):  # room for signature and seal
            self._centered("", 14, container=right)
        self._centered(sign.name, 14, bold=True, container=right).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _close_body(self) -> None:
        """The body must end with a paragraph; after a final table it is a 1-pt one, so that a table filling its
        page never pushes an empty line onto a blank last page."""
        from docx.oxml.ns import qn
        from docx.shared import Pt

        body = self._doc.element.body
        blocks = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))]
        if blocks and blocks[-1].tag == qn("w:tbl"):
            p = self._doc.add_paragraph()
            fmt = p.paragraph_format
            fmt.space_before = fmt.space_after = Pt(0)
            fmt.line_spacing = Pt(1)
            set_run_font(p.add_run(""), size=1)

    def save(self, path: Path) -> Path:
        from commune_desk.storage.files import write_with

        self._close_body()
        return write_with(path, lambda tmp: self._doc.save(str(tmp)))

    @property
    def document(self):
        return self._doc

