"""`package PERIOD` and `verify PACKAGE...`: the signed report package (packages issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command


def register(sub, common) -> None:
    p = add_command(sub, common, "package", "build and sign the period's report package", not_built)
    p.add_argument("period")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--key", required=True, metavar="K.p12")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--amend", metavar="REASON", help="issue a new revision of a signed period")
    p = add_command(sub, common, "verify", "verify report packages", not_built)
    p.add_argument("packages", nargs="+", metavar="PACKAGE")
    p.add_argument("--trust", metavar="FILE_OR_DIR")
