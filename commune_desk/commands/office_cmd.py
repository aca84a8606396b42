"""`office trust|intake|aggregate`: the receiving office's desk (office issue)."""

from commune_desk.cli import not_built
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "office", "receiving office: trust list, intake, aggregation")
    trust_parser = group.add_parser("trust", parents=[common], help="the list of trusted unit certificates")
    trust = trust_parser.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = add_command(trust, common, "add", "register a unit's certificate", not_built)
    p.add_argument("cert", metavar="CERT")
    p.add_argument("--unit-code", required=True)
    p.add_argument("--name", required=True)
    add_command(trust, common, "list", "list registered units", not_built)
    p = add_command(group, common, "intake", "verify and file every package in DIR", not_built)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--trust", metavar="FILE_OR_DIR")
    p = add_command(group, common, "aggregate", "aggregate the packages of a period", not_built)
    p.add_argument("--in", dest="in_dir", required=True, metavar="DIR")
    p.add_argument("--period", required=True)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--trust", metavar="FILE_OR_DIR")
