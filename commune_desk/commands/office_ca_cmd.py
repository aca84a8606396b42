"""`office trust add-ca|ca-list|remove-ca|crl`: trust certificate authorities and import CRLs at the office."""

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.commands import add_command


def _add_ca(args, ctx) -> int:
    from commune_desk.cli import UsageError
    from commune_desk.services.office.office_ca import add_ca
    from commune_desk.services.packages.signing_keys import describe

    if bool(args.units) == bool(args.all):
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "give either --units CODE[,CODE…] or --all"))
    ca, cert = add_ca(ctx.open_db(), ctx.actor, args.cert, "*" if args.all else args.units)
    for line in describe(cert).lines():
        if not line.startswith(("unit name:", "unit code:")):      # a CA names no unit
            ctx.print(line)
    units = "every unit" if ca.units is None else "units " + ", ".join(sorted(ca.units))
    ctx.print(f"trusted certificate authority {ca.name} for {units}; confirm the SHA-256 fingerprint above "
              "with the authority's published one")
    return 0


def _ca_list(args, ctx) -> int:
    from commune_desk.services.packages.signing_keys import group_fingerprint
    from commune_desk.storage.office_ca_repo import CaTrustRepository

    repo = CaTrustRepository(ctx.open_db(), ctx.actor)
    cas = repo.all()
    for ca in cas:
        units = "*" if ca.units is None else ",".join(sorted(ca.units))
        until = f"{ca.not_after:%Y-%m-%d}" if ca.not_after else ""
        ctx.print(f"CA\t{ca.name}\t{ca.status}\tunits {units}\tuntil {until}\t{group_fingerprint(ca.fingerprint)}")
    for crl in repo.crls():
        nxt = f"{crl.next_update:%Y-%m-%d}" if crl.next_update else "-"
        stale = "\tOUT OF DATE: ask the authority for a newer CRL" if _stale(crl) else ""
        ctx.print(f"CRL\t{crl.issuer}\t{crl.revoked_count} revoked\tissued {crl.this_update:%Y-%m-%d}\tnext {nxt}"
                  + stale)
    ctx.print(f"{sum(1 for c in cas if c.status == 'active')} trusted certificate authorities")
    return 0


def _remove_ca(args, ctx) -> int:
    from commune_desk.storage.office_ca_repo import CaTrustRepository

    ca = CaTrustRepository(ctx.open_db(), ctx.actor).remove(args.fingerprint, args.reason)
    ctx.print(f"certificate authority {ca.name} is no longer trusted")
    return 0


def _crl(args, ctx) -> int:
    from commune_desk.services.office.office_ca import import_crl

    crl, new, checked_by = import_crl(ctx.open_db(), ctx.actor, args.file)
    if not new:
        ctx.print(f"this CRL of {crl.issuer} was imported before; nothing changed")
        return 0
    nxt = f", next update {crl.next_update:%Y-%m-%d}" if crl.next_update else ""
    ctx.print(f"CRL of {crl.issuer} imported: {crl.revoked_count} revoked certificates, issued "
              f"{crl.this_update:%Y-%m-%d}{nxt}")
    if _stale(crl):
        ctx.print("warning: this CRL is out of date (its next update has passed): certificates revoked since are "
                  "not in it; ask the authority for a newer one")
    ctx.print(f"signature verified with the trusted authority {checked_by}" if checked_by else
              "its issuer is not itself a trusted authority: its signature is checked against the issuer in each "
              "package's chain")
    return 0


def _stale(crl) -> bool:
    """A CRL whose next update has passed: still used (revocations stay), but newer revocations are missing."""
    from datetime import datetime, timezone

    return crl.next_update is not None and crl.next_update < datetime.now(timezone.utc)


def register_trust(trust, common) -> None:
    """Add the CA actions to the `office trust` group."""
    p = add_command(trust, common, "add-ca", "trust a certificate authority (root or intermediate) for some units",
                    _add_ca)
    p.add_argument("cert", metavar="CA.pem")
    p.add_argument("--units", metavar="CODE[,CODE…]", help="the unit codes it may vouch for")
    p.add_argument("--all", action="store_true", help="every unit")
    add_command(trust, common, "ca-list", "list trusted certificate authorities and imported CRLs", _ca_list)
    p = add_command(trust, common, "remove-ca", "stop trusting a certificate authority", _remove_ca)
    p.add_argument("fingerprint", metavar="SHA256", help="its SHA-256 fingerprint (at least the first 8 digits)")
    p.add_argument("--reason", required=True)
    p = add_command(trust, common, "crl", "import a certificate revocation list (checked offline at intake)", _crl)
    p.add_argument("file", metavar="FILE.crl")
