"""`password change|set|remove|status` and `recovery-key`: database encryption from the command line."""

from __future__ import annotations

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "password", "the database password (encryption at rest)")
    p = add_command(group, common, "change", "re-key the database with a new password (current one from "
                    "--db-password-file)", change)
    p.add_argument("--new-password-file", required=True, metavar="F", help="file whose first line is the new one")
    p = add_command(group, common, "set", "encrypt an unprotected database with a password (the plain file is "
                    "wiped)", set_password)
    p.add_argument("--new-password-file", required=True, metavar="F", help="file whose first line is the password")
    p = add_command(group, common, "remove", "store the database unencrypted again (asks for --yes)", remove)
    p.add_argument("--yes", action="store_true", help="confirm: the data will be readable without a password")
    add_command(group, common, "status", "say whether and how the database is encrypted", status)
    add_command(sub, common, "recovery-key", "make a new recovery key and print it once (print it on paper)",
                recovery_key)


def _current(ctx) -> str:
    from commune_desk.cli import UsageError

    password = ctx.password()
    if password is None:
        raise UsageError.of(QT_TRANSLATE_NOOP(
            "Cli", "give the current password with --db-password-file (or $COMMUNE_DESK_DB_PASSWORD_FILE)"))
    return password


def _locked(ctx):
    from commune_desk.storage.instance_lock import InstanceLock

    return InstanceLock(ctx.db_path, purpose="password command")


def _print_recovery(ctx, key: str) -> None:
    ctx.print("RECOVERY KEY (shown only now; print it or write it down and keep it locked away):")
    ctx.print(f"    {key}")
    ctx.print("With the password forgotten, only this key opens the database. Without both, the data is lost.")


def change(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.storage.keys import change_password

    current, new = _current(ctx), read_password_file(args.new_password_file)
    with _locked(ctx):
        recovery = change_password(ctx.db_path, current, new)
    ctx.print(f"password changed for {ctx.db_path} (verified: the old password no longer opens it)")
    if recovery:
        ctx.print("The database key changed, so the old recovery key no longer works.")
        _print_recovery(ctx, recovery)
    return 0


def set_password(args, ctx) -> int:
    from commune_desk.cli import read_password_file
    from commune_desk.storage.keys import encrypt_plain_database

    new = read_password_file(args.new_password_file)
    with _locked(ctx):
        encrypt_plain_database(ctx.db_path, new)
    ctx.print(f"{ctx.db_path} is now encrypted; the unprotected copy was overwritten and removed")
    ctx.print("Backups made before today are still unprotected: delete them or keep them locked away.")
    return 0


def remove(args, ctx) -> int:
    from commune_desk.cli import UsageError
    from commune_desk.storage.keys import decrypt_database

    if not args.yes:
        raise UsageError.of(QT_TRANSLATE_NOOP(
            "Cli", "removing the password leaves personal data readable by anyone; repeat with --yes"))
    with _locked(ctx):
        decrypt_database(ctx.db_path, _current(ctx))
    ctx.print(f"{ctx.db_path} is now stored WITHOUT encryption")
    return 0


def status(args, ctx) -> int:
    from commune_desk.storage.keys import protection

    ctx.print(f"{ctx.db_path}: {protection(ctx.db_path).label}")
    return 0


def recovery_key(args, ctx) -> int:
    from commune_desk.storage.keys import create_recovery_key

    current = _current(ctx)
    with _locked(ctx):
        key = create_recovery_key(ctx.db_path, current)
    _print_recovery(ctx, key)
    ctx.print("Any earlier recovery key no longer works.")
    return 0
