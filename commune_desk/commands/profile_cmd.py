"""`profile show` and `profile set --file PROFILE.json`."""

from __future__ import annotations

import json

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.commands import add_command, add_group


def register(sub, common) -> None:
    group = add_group(sub, common, "profile", "show or set the unit this database belongs to")
    add_command(group, common, "show", "print the profile as JSON", show)
    p = add_command(group, common, "set", "replace the profile with a JSON file", set_profile)
    p.add_argument("--file", required=True, metavar="PROFILE.json")


def show(args, ctx) -> int:
    from commune_desk.storage.profile_repo import ProfileRepository

    profile = ProfileRepository(ctx.open_db(), ctx.actor).get()
    ctx.print(json.dumps(profile.to_json(), ensure_ascii=False, indent=2))
    return 0


def set_profile(args, ctx) -> int:
    from commune_desk.cli import UsageError
    from commune_desk.domain.profile import Profile
    from commune_desk.storage.profile_repo import ProfileRepository

    from commune_desk.services.safe_input import JSON_DOCUMENT, read_bytes_capped

    raw = read_bytes_capped(args.file, max_bytes=JSON_DOCUMENT.max_file_bytes)  # the guard: a file, not too large
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "encoding"
        raise UsageError.of(QT_TRANSLATE_NOOP("Cli", "{file}: not valid UTF-8 JSON ({where})"), file=args.file, where=where) from exc
    profile = Profile.from_json(data)  # ValidationFailed names each field -> exit 2
    repo = ProfileRepository(ctx.open_db(create=True), ctx.actor)   # `profile set` may make the database
    current = repo.get()
    if current.is_demo and not profile.is_demo:
        profile = type(profile)(**{**profile.__dict__, "is_demo": True})  # demo data stays marked demo
    repo.save(profile)
    ctx.print(f"profile saved: {profile.official_name} ({profile.unit_code})")
    return 0
