"""The office–commune loop (pure): plan signature verdicts, the receipt schema and its checks, receipt records."""

from __future__ import annotations

from typing import Any
import re
from dataclasses import dataclass, field
from datetime import datetime

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.text import nfc

# Plan signature verdicts: (code, what `plan import` prints).
PLAN_REGISTERED, PLAN_UNSIGNED, PLAN_OTHER, PLAN_TAMPERED = "registered", "unsigned", "other", "tampered"
PLAN_VERDICT_TEXT = {
    PLAN_REGISTERED: "signed by registered office",
    PLAN_UNSIGNED: "unsigned",
    PLAN_OTHER: "signed by someone else",
    PLAN_TAMPERED: "tampered",
}

RECEIPT_SCHEMA = "commune-desk/receipt"
RECEIPT_SCHEMA_VERSION = 1
ACCEPTED, ISSUES = "accepted", "issues"
RECEIPT_STATUSES = (ACCEPTED, ISSUES)
SENT, RECEIVED = "sent", "received"
MAX_COMMENT = 2000
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,40}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class RegisteredOffice:
    """A superior office certificate the commune registered (by fingerprint); `status` active or replaced."""

    fingerprint: str
    common_name: str
    unit_code: str
    subject: str
    status: str = "active"
    added_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class ReceiptComment:
    """The office's remark about one indicator of one period."""

    period: str
    indicator: str
    text: str
    status: str = ACCEPTED          # the receipt's status, so a screen can colour the remark
    receipt_id: int | None = None


@dataclass(frozen=True)
class Receipt:
    """A receipt as stored: what it acknowledges, who signed it, and its comments per indicator."""

    direction: str
    package_sha256: str
    unit_code: str
    period: str
    revision: int
    status: str
    office_name: str
    office_fingerprint: str
    issued_at: str
    comments: tuple[ReceiptComment, ...] = ()
    receipt_sha256: str = ""
    file_name: str = ""
    imported_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class PlanSignatureRecord:
    """How one imported plan version was signed when it was imported."""

    plan_id: str
    version: int
    status: str
    fingerprint: str = ""
    signer: str = ""
    reason: str = ""
    checked_at: datetime | None = None


def parse_comment(text: str) -> tuple[str, str]:
    """"CODE=TEXT" -> (CODE, TEXT); raises ValueError naming what is wrong."""
    code, sep, body = (text or "").partition("=")
    code, body = code.strip(), nfc(body.strip())
    if not sep or not _CODE.fullmatch(code) or not body:
        raise ValueError(f"--comment {text!r}: expected INDICATOR_CODE=text")
    return code, body


def receipt_problems(data: object) -> list[Problem]:
    """Every way a parsed receipt.json breaks schema version 1 (docs/loop.md)."""
    if not isinstance(data, dict):
        return [Problem("receipt.json", QT_TRANSLATE_NOOP("Problems", "the receipt is not a JSON object"))]
    problems: list[Problem] = []

    def bad(where: str, message: str, **args: object) -> None:
        problems.append(Problem(f"receipt.json {where}", message, args=args))

    if data.get("schema") != RECEIPT_SCHEMA:
        bad("schema", QT_TRANSLATE_NOOP("Problems", "expected {schema}"), schema=repr(RECEIPT_SCHEMA))
    if data.get("schema_version") != RECEIPT_SCHEMA_VERSION:
        bad("schema_version", QT_TRANSLATE_NOOP("Problems", "version {version} is not supported (1 expected)"),
            version=repr(data.get("schema_version")))
        return problems
    pkg = data.get("package")
    if not isinstance(pkg, dict):
        bad("package", QT_TRANSLATE_NOOP("Problems", "missing"))
    else:
        if not isinstance(pkg.get("sha256"), str) or not _SHA256.fullmatch(pkg["sha256"]):
            bad("package.sha256", QT_TRANSLATE_NOOP("Problems", "expected 64 lower-case hex digits"))
        for key in ("unit_code", "period"):
            if not isinstance(pkg.get(key), str) or not pkg[key].strip():
                bad(f"package.{key}", QT_TRANSLATE_NOOP("Problems", "missing"))
        if not isinstance(pkg.get("revision"), int) or pkg["revision"] < 1:
            bad("package.revision", QT_TRANSLATE_NOOP("Problems", "expected a whole number from 1"))
    if data.get("status") not in RECEIPT_STATUSES:
        bad("status", QT_TRANSLATE_NOOP("Problems", "expected one of {values}"), values=", ".join(RECEIPT_STATUSES))
    office = data.get("office")
    if not isinstance(office, dict) or not isinstance(office.get("name"), str):
        bad("office", QT_TRANSLATE_NOOP("Problems", "missing office identity"))
    if not isinstance(data.get("issued"), str) or not data["issued"]:
        bad("issued", QT_TRANSLATE_NOOP("Problems", "missing date"))
    comments = data.get("comments")
    if not isinstance(comments, list):
        bad("comments", QT_TRANSLATE_NOOP("Problems", "expected a list"))
    else:
        for i, c in enumerate(comments, 1):
            if (not isinstance(c, dict) or not isinstance(c.get("indicator"), str)
                    or not _CODE.fullmatch(c["indicator"]) or not isinstance(c.get("text"), str)
                    or not c["text"].strip() or len(c["text"]) > MAX_COMMENT):
                bad(f"comments[{i}]", QT_TRANSLATE_NOOP("Problems", "expected an indicator code and a text of at most 2000 characters"))
    return problems


@dataclass(frozen=True)
class OwnPackage:
    """A package this commune made, as its own records know it."""

    sha256: str
    period: str
    revision: int
    current: bool = True          # False when a later revision superseded it
    extra: dict[str, Any] = field(default_factory=dict)
