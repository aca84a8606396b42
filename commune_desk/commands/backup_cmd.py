"""`backup FILE [--overwrite]` and `restore FILE [--unverified]`: hot backup and verified restore with a preview."""

from __future__ import annotations

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.commands import add_command


def register(sub, common) -> None:
    p = add_command(sub, common, "backup", "write a verified copy of the database to FILE", backup)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--overwrite", action="store_true", help="replace FILE when it exists (an earlier backup)")
    p = add_command(sub, common, "restore", "replace the database with a backup FILE (the current one is kept)",
                    restore)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--unverified", action="store_true",
                   help="restore a backup whose keyed checksum cannot be checked here (made elsewhere or before "
                        "checksums existed); a changed backup is refused all the same")


def backup(args, ctx) -> int:
    from commune_desk.storage.backup import write_backup

    dest = write_backup(ctx.open_db(), args.file, overwrite=args.overwrite)
    ctx.print(f"backup written and verified: {dest}")
    return 0


def restore(args, ctx) -> int:
    from commune_desk.cli import UsageError
    from commune_desk.services.protection.restore import preview_backup, restore as restore_from
    from commune_desk.storage.instance_lock import AlreadyOpen, InstanceLock

    if not ctx.db_path.exists():
        raise UsageError.of(QT_TRANSLATE_NOOP(
            "Cli", "no database at {path} to restore into; give --db (a new laptop: copy the backup there, or use "
            "`records import WORKBOOK --create`)"), path=ctx.db_path)
    try:
        with InstanceLock(ctx.db_path, purpose="restore"):
            pass   # refuse early, before any preview, when a window has the database open
    except AlreadyOpen as exc:
        raise UsageError.of(QT_TRANSLATE_NOOP(
            "Cli", "{reason}; restore from that window (Tệp → Khôi phục) or close it first"), reason=str(exc)) from exc
    summary, check = preview_backup(ctx.db_path, args.file, ctx.password(), unverified=args.unverified)
    ctx.print(f"backup {summary.path}: unit {summary.unit_name or '-'} ({summary.unit_code or '-'}), "
              f"schema {summary.revision}, integrity {summary.integrity}, checksum: {check.reason}")
    for table, count in summary.counts.items():
        ctx.print(f"  {table}: {count}")
    saved = restore_from(ctx.db_path, args.file, ctx.password(), unverified=args.unverified)
    if saved:
        ctx.print(f"previous database kept at {saved}")
    ctx.print(f"restored into {ctx.db_path}")
    # The ledger of signed revisions outlives the restore: bring the restored file up to it.
    from commune_desk.services.packages.period_lifecycle import reconcile

    for line in reconcile(ctx.open_db(), ctx.actor):
        ctx.print(f"ledger: {line}")
    return 0
