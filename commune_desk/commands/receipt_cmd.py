"""`receipt write|import`: signed receipts from the office back to the commune (loop issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "receipt", "signed receipts for packages")
    p = add_command(group, common, "write", "write a signed receipt for a package", not_built)
    p.add_argument("package", metavar="PACKAGE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--key", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    add_command(group, common, "import", "import a receipt from the office", not_built).add_argument("file")
