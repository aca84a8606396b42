"""Sign with a USB token over PKCS#11 (python-pkcs11): find the module, open the token with a PIN, pick the key.

The PIN is used once to log in and is never written anywhere; the private key never leaves the token (only the
SHA-256 digest of the signed attributes goes in, the signature comes out); the certificate, and any CA
certificates stored beside it, are read from the token. Mechanisms are the ones every token offers: CKM_ECDSA
over a digest computed here, CKM_RSA_PKCS over a DigestInfo (PKCS#1 v1.5).

The vendor's PKCS#11 module (a .so on Linux, a .dll on Windows) is `--token-lib`, else the environment variable
COMMUNE_DESK_PKCS11_LIB, else the first of DEFAULT_LIBRARIES that exists (docs/package-format.md, "USB tokens").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, Phrase

ENV_LIB = "COMMUNE_DESK_PKCS11_LIB"
# Where vendors usually install their modules (check the token's own documentation for its file name).
DEFAULT_LIBRARIES = {
    "win32": [r"C:\Windows\System32\eTPKCS11.dll",                  # SafeNet Authentication Client
              r"C:\Windows\System32\eps2003csp11.dll",              # ePass2003 (FEITIAN)
              r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll"],
    "linux": ["/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so",
              "/usr/lib/libeTPkcs11.so", "/usr/lib/softhsm/libsofthsm2.so"],
    "darwin": ["/Library/OpenSC/lib/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so"],
}


class TokenError(ExpectedError):
    """A token problem the user can act on (module, token, PIN, key); the message says what to do."""


class TokenLibraryMissing(TokenError):
    pass


class NoToken(TokenError):
    pass


class WrongPin(TokenError):
    pass


class PinLocked(TokenError):
    pass


class TokenRemoved(TokenError):
    pass


class NoSigningKey(TokenError):
    pass


class SeveralKeys(TokenError):
    pass


def _err(cls, template: str, **args) -> TokenError:
    return cls.of(template, **args)


def find_library(explicit: str | os.PathLike | None = None) -> str:
    """The PKCS#11 module to load: the explicit path, COMMUNE_DESK_PKCS11_LIB, or a usual install place."""
    chosen = str(explicit or os.environ.get(ENV_LIB, "")).strip()
    if chosen:
        if not Path(chosen).is_file():
            raise _err(TokenLibraryMissing, QT_TRANSLATE_NOOP("Problems", "the token's PKCS#11 module {path} does not exist; install the token's software or give its .dll/.so file (--token-lib)"), path=chosen)
        return chosen
    platform = "win32" if sys.platform.startswith("win") else "darwin" if sys.platform == "darwin" else "linux"
    for candidate in DEFAULT_LIBRARIES[platform]:
        if Path(candidate).is_file():
            return candidate
    raise _err(TokenLibraryMissing, QT_TRANSLATE_NOOP("Problems", "no PKCS#11 module found for the USB token; install the token's software and give its .dll/.so file (--token-lib or COMMUNE_DESK_PKCS11_LIB)"))


_LOADED: dict[str, object] = {}


def _load(path: str):
    import pkcs11

    if path not in _LOADED:
        try:
            _LOADED[path] = pkcs11.lib(path)
        except (OSError, RuntimeError, pkcs11.PKCS11Error) as exc:
            raise _err(TokenLibraryMissing, QT_TRANSLATE_NOOP("Problems", "{path} cannot be loaded as a PKCS#11 module ({detail})"),
                       path=path, detail=exc.__class__.__name__) from exc
    return _LOADED[path]


def _removed(exc) -> TokenError:
    return _err(TokenRemoved, QT_TRANSLATE_NOOP("Problems", "the USB token was removed or stopped answering ({detail}); plug it in and try again"),
                detail=exc.__class__.__name__)


def _removal_errors():
    from pkcs11 import exceptions as e

    return (e.DeviceRemoved, e.TokenNotPresent, e.TokenNotRecognised, e.SessionHandleInvalid, e.SessionClosed,
            e.DeviceError, e.KeyHandleInvalid, e.ObjectHandleInvalid, e.SlotIDInvalid)


def _token(lib, label: str | None):
    import pkcs11
    from pkcs11 import TokenFlag

    try:
        if label:
            try:
                return lib.get_token(token_label=label)
            except pkcs11.NoSuchToken as exc:
                raise _err(NoToken, QT_TRANSLATE_NOOP("Problems", "no USB token labelled {label} is plugged in"), label=label) from exc
        tokens = [s.get_token() for s in lib.get_slots(token_present=True)]
    except (pkcs11.exceptions.GeneralError, *_removal_errors()) as exc:   # a slot whose token was pulled out
        raise _removed(exc) from exc
    tokens = [t for t in tokens if t.flags & TokenFlag.TOKEN_INITIALIZED]
    if not tokens:
        raise _err(NoToken, QT_TRANSLATE_NOOP("Problems", "no USB token is plugged in (or its software does not see it)"))
    if len(tokens) > 1:
        raise _err(NoToken, QT_TRANSLATE_NOOP("Problems", "several tokens are plugged in ({labels}); choose one with its label (--token-label)"),
                   labels=", ".join(t.label.strip() for t in tokens))
    return tokens[0]


def _login(token, pin: str):
    from pkcs11 import TokenFlag
    from pkcs11 import exceptions as e

    if not pin:
        raise _err(WrongPin, QT_TRANSLATE_NOOP("Problems", "the token's PIN is required"))
    try:
        return token.open(user_pin=pin)
    except (e.PinIncorrect, e.PinInvalid, e.PinLenRange) as exc:
        try:
            flags = token.slot.get_token().flags
        except Exception:  # noqa: BLE001 - the warning is a courtesy; the wrong PIN is the message
            flags = 0
        if flags & TokenFlag.USER_PIN_LOCKED:
            raise _locked(exc) from exc
        last = bool(flags & TokenFlag.USER_PIN_FINAL_TRY)
        warning = (Phrase(QT_TRANSLATE_NOOP("Problems", "; ONE try is left before the token locks")) if last else
                   Phrase(QT_TRANSLATE_NOOP("Problems", "; after a few wrong PINs the token locks")))
        raise _err(WrongPin, QT_TRANSLATE_NOOP("Problems", "wrong PIN for the token {label}{warning}"),
                   label=token.label.strip(), warning=warning) from exc
    except e.PinLocked as exc:
        raise _locked(exc) from exc
    except _removal_errors() as exc:
        raise _removed(exc) from exc


def _locked(exc) -> TokenError:
    return _err(PinLocked, QT_TRANSLATE_NOOP("Problems", "the token's PIN is locked after too many wrong tries; the provider (or the token's PUK) can unlock it"))


@dataclass(frozen=True)
class TokenKey:
    """A private key on the token with its certificate (read from the token)."""

    key_id: bytes
    label: str
    cert: object                    # cryptography x509.Certificate
    usable: bool                    # valid now and for signatures
    problem: str = ""

    def describe(self) -> str:
        from commune_desk.services.packages.signing_keys import common_name_of, unit_code_of

        return (f"'{self.label}' ({common_name_of(self.cert)}, unit {unit_code_of(self.cert) or '?'}, valid until "
                f"{self.cert.not_valid_after_utc:%Y-%m-%d}{', ' + self.problem if self.problem else ''})")


def _certificates(session) -> list[tuple[bytes, str, object]]:
    from cryptography import x509
    from pkcs11 import Attribute, ObjectClass

    out = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue          # not X.509: ignore
        try:
            key_id = bytes(obj[Attribute.ID])
        except Exception:  # noqa: BLE001 - a certificate without CKA_ID is only a chain candidate
            key_id = b""
        try:
            label = str(obj[Attribute.LABEL])
        except Exception:  # noqa: BLE001
            label = ""
        out.append((key_id, label, cert))
    return out


def _usable(cert, at: dt.datetime) -> str:
    from commune_desk.services.packages.chain_trust import _usage_problem
    from commune_desk.services.packages.signing_keys import validity_status

    status = validity_status(cert, at)
    if status != "valid":
        return status
    return "not for signatures" if _usage_problem(cert) else ""


def list_keys(session, at: dt.datetime | None = None) -> tuple[list[TokenKey], list]:
    """(private keys paired with their certificates by CKA_ID, every certificate on the token)."""
    from pkcs11 import Attribute, ObjectClass

    at = at or dt.datetime.now(dt.timezone.utc)
    certs = _certificates(session)
    keys = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        key_id = bytes(obj[Attribute.ID])
        try:
            label = str(obj[Attribute.LABEL])
        except Exception:  # noqa: BLE001
            label = ""
        match = [c for cid, _, c in certs if cid and cid == key_id]
        if match:
            problem = _usable(match[0], at)
            keys.append(TokenKey(key_id, label or key_id.hex(), match[0], not problem, problem))
    return keys, [c for _, _, c in certs]


def _choose(keys: list[TokenKey], key_label: str | None, unit_code: str | None) -> TokenKey:
    from commune_desk.services.packages.signing_keys import unit_code_of

    found = keys
    if key_label:
        found = [k for k in keys if k.label == key_label or k.key_id.hex() == key_label.lower()]
    usable = [k for k in found if k.usable]
    if unit_code and len(usable) > 1:
        usable = [k for k in usable if unit_code_of(k.cert) == unit_code] or usable
    if len(usable) == 1:
        return usable[0]
    listing = "; ".join(k.describe() for k in found) or "none"
    if not usable:
        raise _err(NoSigningKey, QT_TRANSLATE_NOOP("Problems", "the token holds no usable signing key with its certificate (keys found: {keys})"), keys=listing)
    raise _err(SeveralKeys, QT_TRANSLATE_NOOP("Problems", "the token holds several signing keys: {keys}; choose one with its label (--token-key)"), keys=listing)


def _chain_for(cert, others: list) -> list:
    """The CA certificates on the token above `cert`, nearest first (no loops, at most 8)."""
    chain, current = [], cert
    for _ in range(8):
        if current.issuer == current.subject:
            break
        parent = next((c for c in others if c.subject == current.issuer and c != current and c not in chain), None)
        if parent is None:
            break
        chain.append(parent)
        current = parent
    return [c for c in chain if c.issuer != c.subject]      # the root is the verifier's to have, not ours to send


@dataclass
class TokenIdentity:
    """A logged-in token session and the chosen key: `sign_cms(data)` signs on the token; `close()` logs out."""

    cert: object
    chain: list = field(default_factory=list)
    label: str = ""
    token_label: str = ""
    key: object = None               # never a private key object: the key stays on the token
    _session: object = None
    _key_id: bytes = b""

    def sign_cms(self, data: bytes) -> bytes:
        from commune_desk.services.packages.cms_external import sign_detached_external

        return sign_detached_external(data, self.cert, self.chain, self._sign_attrs)

    def _sign_attrs(self, tbs: bytes) -> bytes:
        import pkcs11
        from pkcs11 import Mechanism, ObjectClass

        from commune_desk.services.packages.cms_external import digest_info_sha256, ecdsa_der, key_kind

        if self._session is None:
            raise _err(TokenRemoved, QT_TRANSLATE_NOOP("Problems", "the token session is closed; open the token again"))
        try:
            key = self._session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=self._key_id)
            if key_kind(self.cert) == "ec":
                return ecdsa_der(key.sign(hashlib.sha256(tbs).digest(), mechanism=Mechanism.ECDSA))
            return bytes(key.sign(digest_info_sha256(tbs), mechanism=Mechanism.RSA_PKCS))
        except (pkcs11.NoSuchKey, *_removal_errors()) as exc:
            raise _removed(exc) from exc

    def close(self) -> None:
        if self._session is not None:
            try:
                self._session.close()
            except Exception:  # noqa: BLE001 - a removed token cannot log out; nothing is left to clean
                pass
            self._session = None

    def __enter__(self) -> "TokenIdentity":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_token(pin: str, *, lib_path: str | None = None, token_label: str | None = None,
               key_label: str | None = None, unit_code: str | None = None) -> TokenIdentity:
    """Log in to the token with `pin` and pick the signing key (by label, else the one usable key for the unit)."""
    lib = _load(find_library(lib_path))
    token = _token(lib, token_label)
    session = _login(token, pin)
    try:
        keys, certs = list_keys(session)
        chosen = _choose(keys, key_label, unit_code)
    except TokenError:
        session.close()
        raise
    except _removal_errors() as exc:
        session.close()
        raise _removed(exc) from exc
    return TokenIdentity(cert=chosen.cert, chain=_chain_for(chosen.cert, certs), label=chosen.label,
                         token_label=token.label.strip(), _session=session, _key_id=chosen.key_id)
