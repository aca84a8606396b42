"""`records template|export|import`: the records workbook (built by the records issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "records", "move records in and out as an Excel workbook")
    add_command(group, common, "template", "write an empty records workbook", not_built).add_argument("file")
    add_command(group, common, "export", "export every record to a workbook", not_built).add_argument("file")
    p = add_command(group, common, "import", "import a records workbook (all or nothing)", not_built)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check only; exit 1 when problems are found")
