"""`office init`: create the receiving office's own database (its profile, role `office`), the desk's first step."""

from __future__ import annotations

from commune_desk.commands import add_command


def register_init(group, common) -> None:
    p = add_command(
        group,
        common,
        "init",
        "create the office desk's database at --db (refused when the file exists; encrypted with --db-password-file)",
        _init,
    )
    p.add_argument("--name", required=True, help='the office\'s official name, e.g. "Sở Y tế tỉnh Thanh Hóa"')
    p.add_argument("--unit-code", required=True, help="the office's code (1–20 letters or digits)")
    p.add_argument("--province", default="", help="the province (also the place before the date by default)")
    p.add_argument("--place", default="", help='the place before the date, e.g. "Thanh Hóa" (default: --province)')
    p.add_argument(
        "--issuing-body", default="", help=r'header lines, "\n" between them (default: the name in capitals)'
    )
    p.add_argument("--receiving-office", default="", help="to whom the office's own reports go (optional)")
    p.add_argument("--signer-name", default="", help="who signs the office's reports")
    p.add_argument("--signer-title", default="", help='e.g. "PHÓ GIÁM ĐỐC"')
    p.add_argument("--signer-authority", default="", help=r'e.g. "KT. GIÁM ĐỐC" ("\n" between lines)')


def _init(args, ctx) -> int:
    from commune_desk.services.office.office_init import create_office_database, office_profile

    signer = {
        key: value.replace("\\n", "\n")
        for key, value in (
            ("name", args.signer_name),
            ("title", args.signer_title),
            ("authority", args.signer_authority),
        )
        if value
    }
    profile = office_profile(  # ValidationFailed names each bad field -> exit 2, no file made
        args.name,
        args.unit_code,
        province=args.province,
        place=args.place,
        issuing_body=args.issuing_body.replace("\\n", "\n"),
        receiving_office=args.receiving_office,
        signer=signer,
    )
    path = create_office_database(ctx.db_path, ctx.password(), profile, ctx.actor)
    state = "encrypted" if ctx.password() else "not encrypted (add a password with `password set`)"
    ctx.print(f"office database created at {path}, {state}: {profile.official_name} ({profile.unit_code})")
    ctx.print(
        "next: register each unit's certificate with `office trust add CERT --unit-code CODE --name NAME`, "
        "then `office intake DIR`"
    )
    return 0
