"""Verify a report package (.zip or unpacked bag folder): zip safety, BagIt checksums, CMS signature, trust, data.

Every check is recorded (name, ok, file, message) so the office sees which check failed on which file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from pathlib import Path

from commune_desk.domain.errors import fill
from commune_desk.services.packages.package import (
    BAG_INFO, BAGIT_TXT, L_DEMO, L_NUMBER, L_PERIOD, L_REVISION, L_SUPERSEDES, L_UNIT_CODE, MANIFEST,
    REPORT_DATA, REQUIRED_INFO, SIGNATURE, TAGMANIFEST,
)
# Re-exported: callers import the outcome, the messages and the readers from here.
from commune_desk.services.packages.package_read import (  # noqa: F401
    MAX_PACKAGE_BYTES, PACKAGE_MARKERS, not_a_package, read_folder, read_package_file, read_zip, read_zip_data,
)
from commune_desk.services.packages.verify_result import M, Check, VerifyResult  # noqa: F401

log = logging.getLogger(__name__)
NO_TSA_NOTE = ("the signing time is the signer's own claim: offline there is no timestamp authority to confirm it")


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
    from commune_desk.services.packages.signing_keys import (
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
    """report-data.json as data (services/reports/report_data_check: schema, shares, period, created) and against
    bag-info.txt; the parsed document is kept in `result.data` so no caller parses it a second time."""
    from commune_desk.services.reports import report_data_check as rdc

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
    if files is not None and not not_a_package(files, name, result):
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
    if files is not None and not not_a_package(files, path.name, result):
        _verify_files(files, result, trust, now, authorities, bindings)
    return result
