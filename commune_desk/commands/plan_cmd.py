"""`plan template|validate|import|show`: the superior office's plan workbook (plans issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "plan", "the superior office's yearly plan")
    add_command(group, common, "template", "write a blank plan workbook", not_built).add_argument("file")
    add_command(group, common, "validate", "check a plan workbook without importing", not_built).add_argument("file")
    p = add_command(group, common, "import", "import a plan workbook", not_built)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")
    add_command(group, common, "show", "show the plan in force", not_built)
