"""What verifying a package finds: the check messages (English templates, translated in "Problems"), each check and
the package's outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from commune_desk.domain.errors import PROBLEMS_CONTEXT, QT_TRANSLATE_NOOP, fill

# Check messages: English templates (filled into `Check.message`); the window translates them in "Problems".
M = {
    "damaged": QT_TRANSLATE_NOOP("Problems", "the archive is damaged ({detail})"),
    "zip_ok": QT_TRANSLATE_NOOP("Problems", "{count} files, safe names and sizes"),
    "symlink": QT_TRANSLATE_NOOP("Problems", "is a symbolic link"),
    "not_regular": QT_TRANSLATE_NOOP("Problems", "is not a regular file (a pipe or a device)"),
    "internal": QT_TRANSLATE_NOOP("Problems", "cannot be checked ({detail})"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "the bag is larger than {limit} bytes"),
    "no_bagit": QT_TRANSLATE_NOOP("Problems", "no bagit.txt: the package is not one BagIt bag"),
    "not_utf8": QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text"),
    "malformed": QT_TRANSLATE_NOOP("Problems", "line {number} is malformed or repeats a file"),
    "missing_listed": QT_TRANSLATE_NOOP("Problems", "is listed in the manifest but missing from the package"),
    "checksum": QT_TRANSLATE_NOOP("Problems", "checksum does not match (the file was changed)"),
    "declaration": QT_TRANSLATE_NOOP("Problems", "is not a BagIt 1.0 declaration in UTF-8"),
    "missing": QT_TRANSLATE_NOOP("Problems", "is missing from the package"),
    "outside": QT_TRANSLATE_NOOP("Problems", "the payload manifest lists a file outside data/"),
    "unlisted": QT_TRANSLATE_NOOP("Problems", "is in data/ but not in the manifest (a file was added)"),
    "uncovered": QT_TRANSLATE_NOOP("Problems", "is not covered by the tag manifest, so not by the signature"),
    "tag_lists": QT_TRANSLATE_NOOP("Problems", "lists payload files or itself"),
    "tag_unlisted": QT_TRANSLATE_NOOP("Problems", "is a tag file that the tag manifest does not list"),
    "info_missing": QT_TRANSLATE_NOOP("Problems", "missing {labels}"),
    "oxum": QT_TRANSLATE_NOOP("Problems", "Payload-Oxum says {oxum}, the payload is {actual} (octets.files)"),
    "bad_signature": QT_TRANSLATE_NOOP("Problems", "over {member}: {detail}"),
    "signature_ok": QT_TRANSLATE_NOOP("Problems", "valid over {member}, signed by {signer}"),
    "in_trust": QT_TRANSLATE_NOOP("Problems", "the signer's certificate is in the trust list"),
    "not_in_trust": QT_TRANSLATE_NOOP("Problems", "the signer's certificate ({fingerprint}) is not in the trust list"),
    "unit_code": QT_TRANSLATE_NOOP("Problems", "the certificate is for unit code {code}, bag-info.txt says {claimed}"),
    "no_time": QT_TRANSLATE_NOOP("Problems", "the signature carries no signing time"),
    "before": QT_TRANSLATE_NOOP(
        "Problems",
        "signed {when} UTC, before the certificate's validity began ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it",
    ),
    "after": QT_TRANSLATE_NOOP(
        "Problems",
        "signed {when} UTC, after the certificate expired ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it",
    ),
    "future": QT_TRANSLATE_NOOP(
        "Problems",
        "signed {when} UTC, which is in the future; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it",
    ),
    "time_ok": QT_TRANSLATE_NOOP(
        "Problems",
        "signed {when} UTC, within the certificate's validity; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it",
    ),
    "not_json": QT_TRANSLATE_NOOP("Problems", "is not valid UTF-8 JSON ({detail})"),
    "schema": QT_TRANSLATE_NOOP("Problems", "schema is {schema} v{version}, expected {expected} v{expected_version}"),
    "differs": QT_TRANSLATE_NOOP("Problems", "{key} is {ours} but bag-info.txt says {theirs}"),
    "indicators": QT_TRANSLATE_NOOP("Problems", "indicators must be a list of objects with a code"),
    "files_lists": QT_TRANSLATE_NOOP("Problems", "files lists {name}, which is not in data/"),
    "unreadable": QT_TRANSLATE_NOOP("Problems", "unreadable"),
    "not_package": QT_TRANSLATE_NOOP(
        "Problems",
        "is not a report package: none of {names} is in it (neither at its top nor in the one folder inside)",
    ),
}


@dataclass(frozen=True)
class Check:
    """One verification step; `file` is the package member (or the package) it concerns."""

    name: str
    ok: bool
    file: str = ""
    message: str = ""  # English; `template` + `args` give it in the interface language
    template: str = ""
    args: dict[str, Any] = field(default_factory=dict, compare=False)

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        if not self.template:
            return self.message
        return fill(translate(PROBLEMS_CONTEXT, self.template) if translate else self.template, self.args, translate)


@dataclass
class VerifyResult:
    """Outcome for one package: `valid` only when it was readable and every check passed."""

    path: str
    readable: bool = True
    not_package: bool = False  # nothing of a bag in it: a wrong folder or file, not a package that fails
    checks: list[Check] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] | None = None  # report-data.json, parsed and bounded (None if unreadable)

    @property
    def valid(self) -> bool:
        return self.readable and bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def add(self, name: str, ok: bool, file: str = "", message: str = "", /, **args: Any) -> bool:
        """`message` is one of the templates in `M` (filled from `args`) or a plain detail."""
        known = message in M.values() or bool(args)
        self.checks.append(
            Check(
                name,
                ok,
                file,
                fill(message, args) if known else message,
                message if known else "",
                args if known else {},
            )
        )
        return ok
