"""`office trust|intake|aggregate`: the receiving office's desk (office issue)."""

from commune_desk.commands import add_command, add_group
from commune_desk.domain.errors import QT_TRANSLATE_NOOP


def _trust_add(args, ctx) -> int:
    from commune_desk.services.office.office_intake import cert_facts, load_cert_file
    from commune_desk.services.packages.signing_keys import describe
    from commune_desk.storage.office_repo import TrustRepository

    cert = load_cert_file(args.cert)
    for line in describe(cert).lines():
        ctx.print(line)
    unit = TrustRepository(ctx.open_db(), ctx.actor).add(cert_facts(cert), args.unit_code, args.name)
    ctx.print(f"registered unit {unit.unit_code} ({unit.unit_name}); read the SHA-256 fingerprint above to the "
              "unit over the phone to confirm it")
    return 0


def _trust_list(args, ctx) -> int:
    from commune_desk.services.packages.signing_keys import group_fingerprint
    from commune_desk.storage.office_repo import TrustRepository

    units = TrustRepository(ctx.open_db(), ctx.actor).all()
    for u in units:
        added = f"{u.added_at:%Y-%m-%d}" if u.added_at else ""
        extra = f" ({u.reason})" if u.reason else ""
        ctx.print(f"{u.unit_code}\t{u.unit_name}\t{u.status}{extra}\t{added}\t{group_fingerprint(u.fingerprint)}")
    ctx.print(f"{sum(1 for u in units if u.status == 'active')} units with an active certificate")
    from commune_desk.storage.office_ca_repo import CaTrustRepository

    cas = CaTrustRepository(ctx.open_db(), ctx.actor).active()
    if cas:
        ctx.print(f"{len(cas)} trusted certificate authorities vouch for more units (office trust ca-list)")
    return 0


def _trust_replace(args, ctx) -> int:
    from commune_desk.services.office.office_intake import cert_facts, load_cert_file
    from commune_desk.storage.office_repo import TrustRepository

    unit = TrustRepository(ctx.open_db(), ctx.actor).replace(args.unit_code, cert_facts(load_cert_file(args.cert)),
                                                              args.reason)
    ctx.print(f"unit {unit.unit_code}: new certificate {unit.fingerprint[:16]}… registered")
    return 0


def _trust_revoke(args, ctx) -> int:
    from commune_desk.storage.office_repo import TrustRepository

    unit = TrustRepository(ctx.open_db(), ctx.actor).revoke(args.unit_code, args.reason)
    ctx.print(f"unit {unit.unit_code}: certificate {unit.fingerprint[:16]}… revoked")
    return 0


def _trust_source(args, ctx):
    from commune_desk.services.office.office_intake import trust_from_db, trust_from_path

    return trust_from_path(args.trust) if args.trust else trust_from_db(ctx.open_db())


def _run_intake(args, ctx, folder):
    from pathlib import Path

    from commune_desk.cli import UsageError
    from commune_desk.services.office.office_intake import intake_folder

    if not Path(folder).is_dir():
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{folder} is not a folder"), folder=folder)
    db = ctx.open_db()
    trust = _trust_source(args, ctx)
    summary = intake_folder(db, folder, trust=trust, actor=ctx.actor)
    counts = ", ".join(f"{state} {n}" for state, n in summary.counts.items() if n)
    ctx.print(f"{summary.total} package files: {counts or 'nothing new'}"
              + (f"; {summary.skipped} recorded earlier" if summary.skipped else ""))
    return summary, trust


def _print_rejections(ctx, summary) -> None:
    if summary.rejected:
        ctx.print(f"REJECTED {len(summary.rejected)}:")
        for source, state, reason in summary.rejected:
            ctx.print(f"  - {state.upper()} {source}: {reason}")


def _intake(args, ctx) -> int:
    summary, _ = _run_intake(args, ctx, args.dir)
    _print_rejections(ctx, summary)
    return 1 if summary.rejected else 0


def _aggregate(args, ctx) -> int:
    from commune_desk.cli import parse_period
    from commune_desk.domain.doc_format import vn_percent
    from commune_desk.services.office.office_aggregate import aggregate, write_outputs

    period = parse_period(args.period)
    summary, trust = _run_intake(args, ctx, args.in_dir)
    db = ctx.open_db()
    agg = aggregate(db, period, expected=trust.expected if args.trust else None)
    docx_path, xlsx_path = write_outputs(db, agg, args.out)
    comp = agg.completeness
    ctx.print(f"period {period.code}: {len(comp.submitted)}/{comp.expected} units reported "
              f"({vn_percent(comp.reporting_rate)})"
              + (f", on time {len(comp.on_time)}, late {len(comp.late)}" if comp.due else ", no deadline known"))
    if comp.missing:
        ctx.print(f"missing: {', '.join(comp.missing)}")
    if comp.rejected:
        ctx.print(f"rejected only: {', '.join(comp.rejected)}")
    ctx.print("units:")
    for r in comp.rows:                       # every expected unit, rejected-only and missing ones included
        when = f", signed {r.submitted_on:%d/%m/%Y}, revision {r.revision}" if r.submitted_on else ""
        extra = "" if r.expected else " (not expected)"
        ctx.print(f"  {r.unit_code}\t{r.unit_name}{extra}: {r.status}{when}"
                  + (f"; IMPOSSIBLE FIGURES NOT SUMMED: {'; '.join(r.flags)}" if r.flags else "")
                  + (f"; {' | '.join(r.reasons)}" if r.reasons else ""))
    ctx.print("figures:")
    for f in agg.figures:
        ctx.print(f"  {f.code}: {_figure_text(f)} [{f.rule}, {f.units} units{_left_out(f)}]")
    ctx.print(f"wrote {docx_path}")
    ctx.print(f"wrote {xlsx_path}")
    _print_rejections(ctx, summary)
    return 1 if summary.rejected else 0


def _figure_text(f) -> str:
    if not f.has_data:
        return "no data"                      # never 0: no unit had a usable figure
    if f.denominator is None:
        return f"{f.numerator:g}"             # a count: no denominator to show
    pct = f" = {f.percent:.1f}%" if f.percent is not None else ""
    return f"{f.numerator:g}/{f.denominator:g}{pct}"


def _left_out(f) -> str:
    from commune_desk.domain.office_rollup import LEFT_OUT_EN

    counts = f.left_out_counts()
    if not counts:
        return ""
    return "; left out " + ", ".join(f"{n} {LEFT_OUT_EN.get(reason, reason)}" for reason, n in sorted(counts.items()))


def register(sub, common) -> None:
    group = add_group(sub, common, "office", "receiving office: its database, trust list, intake, aggregation")
    from commune_desk.commands.office_init_cmd import register_init

    register_init(group, common)
    trust_parser = group.add_parser("trust", parents=[common], help="the list of trusted unit certificates")
    trust = trust_parser.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = add_command(trust, common, "add", "register a unit's certificate", _trust_add)
    p.add_argument("cert", metavar="CERT")
    p.add_argument("--unit-code", required=True)
    p.add_argument("--name", required=True)
    add_command(trust, common, "list", "list registered units", _trust_list)
    p = add_command(trust, common, "replace", "replace a unit's certificate (the old one stays for history)",
                    _trust_replace)
    p.add_argument("unit_code", metavar="UNIT_CODE")
    p.add_argument("cert", metavar="CERT")
    p.add_argument("--reason", required=True)
    p = add_command(trust, common, "revoke", "revoke a unit's certificate", _trust_revoke)
    p.add_argument("unit_code", metavar="UNIT_CODE")
    p.add_argument("--reason", required=True)
    from commune_desk.commands.office_ca_cmd import register_trust

    register_trust(trust, common)
    p = add_command(group, common, "intake", "verify and file every package in DIR (exit 1 when any is rejected)",
                    _intake)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--trust", metavar="FILE_OR_DIR")
    p = add_command(group, common, "aggregate", "take in DIR and aggregate a period (exit 1 when any package "
                    "is rejected; the outputs are still written)", _aggregate)
    p.add_argument("--in", dest="in_dir", required=True, metavar="DIR")
    p.add_argument("--period", required=True)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--trust", metavar="FILE_OR_DIR")
