"""`report PERIOD --out DIR`: the Word report and Excel annex (reports issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command


def register(sub, common) -> None:
    p = add_command(sub, common, "report", "write the period's Word report and Excel annex", not_built)
    p.add_argument("period", help="2026-Q3, 2026-H1, 2026-9M or 2026")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date printed on the report")
    p.add_argument("--number", metavar="N", help="document number")
