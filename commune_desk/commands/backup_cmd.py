"""`backup FILE` and `restore FILE [--yes]`: hot backup and verified restore with a preview."""

from __future__ import annotations

from commune_desk.commands import add_command


def register(sub, common) -> None:
    p = add_command(sub, common, "backup", "write a verified copy of the database to FILE", backup)
    p.add_argument("file", metavar="FILE")
    p = add_command(sub, common, "restore", "replace the database with a backup FILE (the current one is kept)",
                    restore)
    p.add_argument("file", metavar="FILE")


def backup(args, ctx) -> int:
    from commune_desk.storage.backup import write_backup

    dest = write_backup(ctx.open_db(create=False), args.file)
    ctx.print(f"backup written and verified: {dest}")
    return 0


def restore(args, ctx) -> int:
    from commune_desk.storage.backup import inspect_backup, restore_backup

    summary = inspect_backup(args.file, ctx.password())
    ctx.print(f"backup {summary.path}: unit {summary.unit_name or '-'} ({summary.unit_code or '-'}), "
              f"schema {summary.revision}, integrity {summary.integrity}")
    for table, count in summary.counts.items():
        ctx.print(f"  {table}: {count}")
    saved = restore_backup(ctx.db_path, args.file, ctx.password())
    if saved:
        ctx.print(f"previous database kept at {saved}")
    ctx.print(f"restored into {ctx.db_path}")
    # The ledger of signed revisions outlives the restore: bring the restored file up to it.
    from commune_desk.services.period_lifecycle import reconcile

    for line in reconcile(ctx.open_db(create=False), ctx.actor):
        ctx.print(f"ledger: {line}")
    return 0
