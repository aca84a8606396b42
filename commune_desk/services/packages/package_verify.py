"""Verify a report package (.zip or unpacked bag folder): zip safety, BagIt checksums, CMS signature, trust, data.

Every check is recorded (name, ok, file, message) so the office sees which check failed on which file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from commune_desk.domain.errors import PROBLEMS_CONTEXT, QT_TRANSLATE_NOOP, fill
from commune_desk.services.packages.package import (
    BAG_INFO, BAGIT_TXT, L_DEMO, L_NUMBER, L_PERIOD, L_REVISION, L_SUPERSEDES, L_UNIT_CODE, MANIFEST,
    REPORT_DATA, REQUIRED_INFO, SIGNATURE, TAGMANIFEST,
)

log = logging.getLogger(__name__)
MiB = 1024 * 1024
MAX_PACKAGE_BYTES = 200 * MiB   # an unpacked bag folder; a .zip gets safe_input.PACKAGE
NO_TSA_NOTE = ("the signing time is the signer's own claim: offline there is no timestamp authority to confirm it")

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
    "before": QT_TRANSLATE_NOOP("Problems", "signed {when} UTC, before the certificate's validity began ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it"),
    "after": QT_TRANSLATE_NOOP("Problems", "signed {when} UTC, after the certificate expired ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it"),
    "future": QT_TRANSLATE_NOOP("Problems", "signed {when} UTC, which is in the future; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it"),
    "time_ok": QT_TRANSLATE_NOOP("Problems", "signed {when} UTC, within the certificate's validity; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it"),
    "not_json": QT_TRANSLATE_NOOP("Problems", "is not valid UTF-8 JSON ({detail})"),
    "schema": QT_TRANSLATE_NOOP("Problems", "schema is {schema} v{version}, expected {expected} v{expected_version}"),
    "differs": QT_TRANSLATE_NOOP("Problems", "{key} is {ours} but bag-info.txt says {theirs}"),
    "indicators": QT_TRANSLATE_NOOP("Problems", "indicators must be a list of objects with a code"),
    "files_lists": QT_TRANSLATE_NOOP("Problems", "files lists {name}, which is not in data/"),
    "unreadable": QT_TRANSLATE_NOOP("Problems", "unreadable"),
}


@dataclass(frozen=True)
class Check:
    """One verification step; `file` is the package member (or the package) it concerns."""

    name: str
    ok: bool
    file: str = ""
    message: str = ""                 # English; `template` + `args` give it in the interface language
    template: str = ""
    args: dict = field(default_factory=dict, compare=False)

    def text(self, translate=None) -> str:
        if not self.template:
            return self.message
        return fill(translate(PROBLEMS_CONTEXT, self.template) if translate else self.template, self.args, translate)


@dataclass
class VerifyResult:
    """Outcome for one package: `valid` only when it was readable and every check passed."""

    path: str
    readable: bool = True
    checks: list[Check] = field(default_factory=list)
    info: dict = field(default_factory=dict)
    data: dict | None = None                         # report-data.json, parsed and bounded (None if unreadable)

    @property
    def valid(self) -> bool:
        return self.readable and bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def add(self, name: str, ok: bool, file: str = "", message: str = "", /, **args) -> bool:
        """`message` is one of the templates in `M` (filled from `args`) or a plain detail."""
        known = message in M.values() or bool(args)
        self.checks.append(Check(name, ok, file, fill(message, args) if known else message,
                                 message if known else "", args if known else {}))
        return ok


def _package_limits():
    from commune_desk.services.safe_input import PACKAGE

    return PACKAGE.zip


def read_package_file(path: Path, result: VerifyResult) -> bytes | None:
    """The package file's bytes, read once under the size cap (None when refused: not a file, empty, too large)."""
    from commune_desk.services.safe_input import InputTooLarge, UnsafeInput, read_bytes_capped

    try:
        return read_bytes_capped(path, max_bytes=MAX_PACKAGE_BYTES)
    except InputTooLarge as exc:
        result.add("zip", False, Path(path).name, exc.template or str(exc), **exc.params)
    except UnsafeInput as exc:  # not a file, empty, unreadable
        result.readable = False
        result.add("zip", False, Path(path).name, exc.template or str(exc), **exc.params)
    return None


def read_zip(path: Path, result: VerifyResult) -> dict[str, bytes] | None:
    """The archive's files through the shared guard (safe_input, package limits); None when refused."""
    data = read_package_file(Path(path), result)
    return None if data is None else read_zip_data(data, Path(path).name, result)


def read_zip_data(data: bytes, name: str, result: VerifyResult) -> dict[str, bytes] | None:
    """The files of a package already in memory (the bytes hashed are the bytes verified); None when refused.

    Any failure while unpacking (a damaged deflate stream, a CRC error, odd headers) is this file's verdict,
    never an exception: one bad file must not stop a batch.
    """
    from commune_desk.services.safe_input import InputTooLarge, UnsafeArchive, UnsafeInput, read_zip_members

    try:
        files = read_zip_members(data, _package_limits(), max_bytes=MAX_PACKAGE_BYTES, name=name)
    except (UnsafeArchive, InputTooLarge) as exc:
        result.add("zip", False, name, exc.template or str(exc), **exc.params)
        return None
    except UnsafeInput as exc:  # not a zip, empty
        result.readable = False
        result.add("zip", False, name, exc.template or str(exc), **exc.params)
        return None
    except Exception as exc:  # noqa: BLE001 - untrusted input boundary: any unpacking failure is the file's
        log.warning("package %s refused while unpacking: %s", name, exc.__class__.__name__)
        result.add("zip", False, name, M["damaged"], detail=f"{exc.__class__.__name__}: {str(exc)[:200]}")
        return None
    result.add("zip", True, name, M["zip_ok"], count=len(files))
    return files


def read_folder(path: Path, result: VerifyResult) -> dict[str, bytes] | None:
    """An unpacked bag folder's files (no symbolic links, no FIFOs or devices, bounded size)."""
    import stat

    files, total = {}, 0
    for item in sorted(path.rglob("*")):
        rel = item.relative_to(path).as_posix()
        mode = item.lstat().st_mode
        if stat.S_ISLNK(mode):
            result.add("zip", False, rel, M["symlink"])
            return None
        if stat.S_ISDIR(mode):
            continue
        if not stat.S_ISREG(mode):
            result.add("zip", False, rel, M["not_regular"])
            return None
        total += item.stat().st_size
        if total > MAX_PACKAGE_BYTES:
            result.add("zip", False, rel, M["too_large"], limit=f"{MAX_PACKAGE_BYTES:,}")
            return None
        with open(item, "rb") as fh:                   # read under the cap even if the file grows meanwhile
            files[rel] = fh.read(MAX_PACKAGE_BYTES - total + item.stat().st_size + 1)
    return files


def _bag_root(files: dict[str, bytes], result: VerifyResult) -> dict[str, bytes] | None:
    if BAGIT_TXT in files:
        return files
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1 and "/" in next(iter(files), ""):
        top = tops.pop()
        inner = {name[len(top) + 1:]: data for name, data in files.items()}
        if BAGIT_TXT in inner:
            result.info["bag_folder"] = top
            return inner
    result.add("bag-layout", False, BAGIT_TXT, M["no_bagit"])
    return None


def _parse_manifest(data: bytes, name: str, result: VerifyResult) -> dict[str, str] | None:
    entries: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        result.add("manifest" if name == MANIFEST else "tagmanifest", False, name, M["not_utf8"])
        return None
    for number, line in enumerate(text.splitlines(), 1):
        m = re.fullmatch(r"([0-9a-fA-F]{64})[ \t]+(\S.*)", line)
        path = m and m.group(2).replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
        if not m or path.startswith("/") or ".." in path.split("/") or path in entries:
            result.add("manifest" if name == MANIFEST else "tagmanifest", False, name,
                       M["malformed"], number=number)
            return None
        entries[path] = m.group(1).lower()
    return entries


def _parse_bag_info(data: bytes, result: VerifyResult) -> dict[str, str]:
    info: dict[str, str] = {}
    last = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        result.add("bag-info", False, BAG_INFO, M["not_utf8"])
        return info
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last:
            info[last] += " " + line.strip()
        elif ":" in line:
            last, value = (part.strip() for part in line.split(":", 1))
            info.setdefault(last, value)
    return info


def _check_hashes(files, entries, check: str, result: VerifyResult) -> None:
    for path, expected in sorted(entries.items()):
        if path not in files:
            result.add(check, False, path, M["missing_listed"])
        elif hashlib.sha256(files[path]).hexdigest() != expected:
            result.add(check, False, path, M["checksum"])
        else:
            result.add(check, True, path)


def verify_bag(files: dict[str, bytes], result: VerifyResult, trust=None, now: dt.datetime | None = None,
               authorities=None, bindings: dict[str, str] | None = None) -> None:
    """Every check on the bag's files (paths relative to the bag folder).

    `trust`: trusted signer certificates (by fingerprint); `authorities`: a chain_trust.ChainTrust of trusted
    CAs and CRLs, tried when the signer is not itself in `trust`; `bindings`: certificate fingerprint -> unit
    code for certificates whose subject carries no unit code.
    """
    from commune_desk.services.packages import cms
    from commune_desk.services.signing_keys import (
        common_name_of, fingerprint_sha256, group_fingerprint, unit_code_of,
    )

    files = _bag_root(files, result)
    if files is None:
        return
    declaration = files[BAGIT_TXT].decode("utf-8", "replace").splitlines()
    ok = (len(declaration) == 2 and re.fullmatch(r"BagIt-Version: (0\.97|1\.0)", declaration[0]) is not None
          and declaration[1] == "Tag-File-Character-Encoding: UTF-8")
    result.add("bag-declaration", ok, BAGIT_TXT, "" if ok else M["declaration"])
    for required in (MANIFEST, TAGMANIFEST, BAG_INFO, SIGNATURE):
        if required not in files:
            result.add("bag-layout", False, required, M["missing"])
    manifest = _parse_manifest(files[MANIFEST], MANIFEST, result) if MANIFEST in files else None
    tagmanifest = _parse_manifest(files[TAGMANIFEST], TAGMANIFEST, result) if TAGMANIFEST in files else None
    payload = {n for n in files if n.startswith("data/")}
    if manifest is not None:
        outside = [p for p in manifest if not p.startswith("data/")]
        for p in outside:
            result.add("manifest", False, p, M["outside"])
        _check_hashes(files, manifest, "manifest", result)
        for name in sorted(payload - set(manifest)):
            result.add("payload-unlisted", False, name, M["unlisted"])
    if tagmanifest is not None:
        for p in (BAGIT_TXT, BAG_INFO, MANIFEST):
            if p not in tagmanifest:
                result.add("tagmanifest", False, p, M["uncovered"])
        if any(p.startswith("data/") or p in (TAGMANIFEST, SIGNATURE) for p in tagmanifest):
            result.add("tagmanifest", False, TAGMANIFEST, M["tag_lists"])
        _check_hashes(files, tagmanifest, "tagmanifest", result)
        covered = set(tagmanifest) | {TAGMANIFEST, SIGNATURE}
        for name in sorted(n for n in files if not n.startswith("data/") and n not in covered):
            result.add("bag-layout", False, name, M["tag_unlisted"])
    info = _parse_bag_info(files.get(BAG_INFO, b""), result)
    result.info.update({k: info.get(v, "") for k, v in (("unit_code", L_UNIT_CODE), ("period", L_PERIOD),
                                                        ("revision", L_REVISION), ("demo", L_DEMO))})
    missing = [label for label in REQUIRED_INFO if not info.get(label)]
    result.add("bag-info", not missing, BAG_INFO, M["info_missing"] if missing else "", labels=", ".join(missing))
    oxum = info.get("Payload-Oxum", "")
    if oxum:
        actual = f"{sum(len(files[n]) for n in payload)}.{len(payload)}"
        result.add("payload-oxum", oxum == actual, BAG_INFO,
                   "" if oxum == actual else M["oxum"], oxum=oxum, actual=actual)
    if SIGNATURE not in files or TAGMANIFEST not in files:
        return
    try:
        signer = cms.verify_detached(files[SIGNATURE], files[TAGMANIFEST])
    except cms.SignatureInvalid as exc:
        result.add("signature", False, SIGNATURE, M["bad_signature"], member=TAGMANIFEST, detail=str(exc))
        return
    cert = signer.cert
    result.info["content_sha256"] = content_digest(files[TAGMANIFEST], files[SIGNATURE])
    result.add("signature", True, SIGNATURE, M["signature_ok"], member=TAGMANIFEST, signer=common_name_of(cert))
    result.info.update(signer=cert.subject.rfc4514_string(), signer_name=common_name_of(cert),
                       fingerprint=group_fingerprint(fingerprint_sha256(cert)),
                       signing_time=signer.signing_time.isoformat() if signer.signing_time else "",
                       signer_cert=cert, carried_certs=cms.carried_certificates(files[SIGNATURE]))
    if trust is not None or authorities:
        trusted = trust is not None and cms.is_trusted(cert, trust)
        if trusted or not authorities:
            result.add("trust", trusted, SIGNATURE, M["in_trust"] if trusted else M["not_in_trust"],
                       fingerprint=result.info["fingerprint"])
        else:
            verdict = authorities.verdict(cert, result.info["carried_certs"], info.get(L_UNIT_CODE, ""),
                                          signer.signing_time)
            result.add("trust", verdict.ok, SIGNATURE, verdict.template, **verdict.args)
            if verdict.ok:
                result.info["authority"] = verdict.ca
    code = unit_code_of(cert) or (bindings or {}).get(fingerprint_sha256(cert), "")
    ok = bool(code) and code == info.get(L_UNIT_CODE)
    result.add("unit-code", ok, BAG_INFO, "" if ok else M["unit_code"], code=repr(code or "(none)"),
               claimed=repr(info.get(L_UNIT_CODE)))
    _check_time(signer.signing_time, cert, now, result)
    _check_report_data(files, info, result, signer.signing_time)


def content_digest(tagmanifest: bytes, signature: bytes) -> str:
    """The identity of a package's signed content: SHA-256 over the SHA-256 of the tag manifest and of the
    signature. Two zips with equal tag manifests and signatures carry the same signed bag, byte for byte of
    every covered file, whatever their compression or entry order."""
    return hashlib.sha256(hashlib.sha256(tagmanifest).digest() + hashlib.sha256(signature).digest()).hexdigest()


def _check_time(signing_time, cert, now, result: VerifyResult) -> None:
    now = now or dt.datetime.now(dt.timezone.utc)
    if signing_time is None:
        result.add("certificate-validity", False, SIGNATURE, M["no_time"])
        return
    when = f"{signing_time:%Y-%m-%d %H:%M}"
    if signing_time < cert.not_valid_before_utc:
        result.add("certificate-validity", False, SIGNATURE, M["before"], when=when,
                   day=f"{cert.not_valid_before_utc:%Y-%m-%d}")
    elif signing_time > cert.not_valid_after_utc:
        result.add("certificate-validity", False, SIGNATURE, M["after"], when=when,
                   day=f"{cert.not_valid_after_utc:%Y-%m-%d}")
    elif signing_time > now + dt.timedelta(days=1):
        result.add("certificate-validity", False, SIGNATURE, M["future"], when=when)
    else:
        result.add("certificate-validity", True, SIGNATURE, M["time_ok"], when=when)


def _check_report_data(files, info: dict, result: VerifyResult, signing_time=None) -> None:
    """report-data.json as data (services/report_data_check: schema, shares, period, created) and against
    bag-info.txt; the parsed document is kept in `result.data` so no caller parses it a second time."""
    from commune_desk.services import report_data_check as rdc

    if REPORT_DATA not in files:
        result.add("report-data", False, REPORT_DATA, M["missing"])
        return
    try:
        data = rdc.parse(files[REPORT_DATA])
    except rdc.ReportDataInvalid as exc:
        result.add("report-data", False, REPORT_DATA, exc.template, **exc.params)
        return
    result.data = data
    result.info["report_data_sha256"] = hashlib.sha256(files[REPORT_DATA]).hexdigest()
    problems = [p.message for p in rdc.problems(data)]
    problems += [p.message for p in rdc.timing_problems(data, signing_time)]
    unit = data.get("unit") if isinstance(data.get("unit"), dict) else {}
    supersedes = info.get(L_SUPERSEDES, "none")
    pairs = [
        ("unit.code", unit.get("code"), info.get(L_UNIT_CODE)),
        ("unit.official_name", unit.get("official_name"), info.get("Source-Organization")),
        ("period", data.get("period"), info.get(L_PERIOD)),
        ("report_number", data.get("report_number"), info.get(L_NUMBER)),
        ("revision", str(data.get("revision")), info.get(L_REVISION)),
        ("demo", {True: "yes", False: "no"}.get(data.get("demo")), info.get(L_DEMO)),
        ("supersedes_sha256", data.get("supersedes_sha256") or "none", supersedes),
    ]
    for key, ours, theirs in pairs:
        if ours != theirs:
            problems.append(fill(M["differs"], {"key": key, "ours": repr(ours)[:80], "theirs": repr(theirs)[:80]}))
    listed = data.get("files")
    if isinstance(listed, list):
        for name in listed:
            if not isinstance(name, str) or f"data/{name}" not in files:
                problems.append(fill(M["files_lists"], {"name": repr(name)[:80]}))
    result.add("report-data", not problems, REPORT_DATA, "; ".join(problems))


def verify_data(data: bytes, name: str, trust=None, now: dt.datetime | None = None, authorities=None,
                bindings: dict[str, str] | None = None) -> VerifyResult:
    """Verify a package already read into memory; never raises (a failure is the package's verdict)."""
    result = VerifyResult(path=name)
    files = read_zip_data(data, name, result)
    if files is not None:
        _verify_files(files, result, trust, now, authorities, bindings)
    return result


def _verify_files(files, result: VerifyResult, trust, now, authorities=None, bindings=None) -> None:
    try:
        verify_bag(files, result, trust=trust, now=now, authorities=authorities, bindings=bindings)
    except Exception as exc:  # noqa: BLE001 - untrusted input boundary: a check that trips is the file's verdict
        log.warning("package %s: a check failed unexpectedly", result.path, exc_info=True)
        result.add("bag", False, Path(result.path).name, M["internal"],
                   detail=f"{exc.__class__.__name__}: {str(exc)[:200]}")


def verify_package(path: Path | str, trust=None, now: dt.datetime | None = None, authorities=None,
                   bindings: dict[str, str] | None = None) -> VerifyResult:
    """Verify a package .zip or an unpacked bag folder; `trust` is a list of certificates, or None (see
    verify_bag for `authorities` and `bindings`).

    The .zip is read once into memory: what is checked is exactly what was read. Never raises.
    """
    path = Path(path)
    result = VerifyResult(path=str(path))
    try:
        files = read_folder(path, result) if path.is_dir() and not path.is_symlink() else read_zip(path, result)
    except OSError as exc:
        result.readable = False
        result.add("zip", False, path.name, M["damaged"], detail=str(exc.strerror or exc))
        files = None
    if files is not None:
        _verify_files(files, result, trust, now, authorities, bindings)
    return result
