"""Low-level python-docx helpers of the official layout: run fonts, clean styles, borders, widths, rows, rules."""

from __future__ import annotations

FONT = "Times New Roman"


def set_run_font(run, size=None, bold=None, italic=None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic


def clean_styles(document) -> None:
    """Every style and the document defaults in Times New Roman, black, no theme fonts (python-docx keeps them)."""
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    styles_el = document.styles.element
    for rfonts in styles_el.iter(qn("w:rFonts")):
        for attr in list(rfonts.attrib):
            if attr.endswith("Theme"):
                del rfonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)
    for style in document.styles:
        if not hasattr(style, "font"):
            continue
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is not None:
            for attr in list(rfonts.attrib):
                if attr.endswith("Theme"):
                    del rfonts.attrib[attr]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(attr), FONT)
        color = rpr.find(qn("w:color"))
        if color is not None:
            rpr.remove(color)
        style.font.color.rgb = RGBColor(0, 0, 0)
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is not None:
        for rfonts in defaults.iter(qn("w:rFonts")):
            for attr in list(rfonts.attrib):
                del rfonts.attrib[attr]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(attr), FONT)


def no_borders(table) -> None:
    from docx.oxml.ns import qn

    tbl_pr = table._element.tblPr
    borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"}))
    tbl_pr.append(borders)


def fix_widths(table, widths_cm: list[float]) -> None:
    """Fixed column widths in the grid and in every cell (Word reads cells, LibreOffice reads the grid)."""
    from docx.shared import Cm

    table.autofit = False
    for i, width in enumerate(widths_cm):
        table.columns[i].width = Cm(width)
        for cell in table.columns[i].cells:
            cell.width = Cm(width)


def cant_split(row, header: bool = False) -> None:
    """Keep a table row on one page (a figure is never cut from its label, the signing block from the signer's
    name); a header row (`header`) is repeated at the top of every page the table runs onto (w:tblHeader)."""
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(qn("w:cantSplit"), {}))
    if header:
        tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {}))


def rule(cell_or_doc, indent_cm: float) -> None:
    """A short solid line: an empty 1-pt paragraph whose top border spans between symmetric indents."""
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    p = cell_or_doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.right_indent = Cm(indent_cm)
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = Cm(0)
    run = p.add_run("")
    set_run_font(run, size=1)
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.makeelement(qn("w:pBdr"), {})
    pbdr.append(
        pbdr.makeelement(
            qn("w:top"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): "000000"}
        )
    )
    ppr.append(pbdr)


def text_width_cm(text: str, size_pt: float) -> float:
    # Times bold averages ~0.5 em per character; good enough to size a rule "as long as the text".
    return len(text) * size_pt * 0.5 * 0.03528
