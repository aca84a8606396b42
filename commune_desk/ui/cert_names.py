"""A certificate's subject or issuer as labelled lines ("Tên: …", "Mã đơn vị: …") instead of
"2.5.4.5=900016,CN=…": the RFC 4514 string stays for logs, the CLI and the files exchanged with the office."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


C = "CertificateNames"
# Attribute OID (dotted) -> the field it is, in the order shown.
LABELS = {
    "2.5.4.3": QT_TRANSLATE_NOOP("CertificateNames", "Name"),  # CN
    "2.5.4.5": QT_TRANSLATE_NOOP("CertificateNames", "Unit code"),  # serialNumber (our unit code)
    "0.9.2342.19200300.100.1.1": QT_TRANSLATE_NOOP("CertificateNames", "Identifier"),  # UID
    "2.5.4.12": QT_TRANSLATE_NOOP("CertificateNames", "Title"),
    "2.5.4.11": QT_TRANSLATE_NOOP("CertificateNames", "Department"),  # OU
    "2.5.4.10": QT_TRANSLATE_NOOP("CertificateNames", "Organisation"),  # O
    "2.5.4.7": QT_TRANSLATE_NOOP("CertificateNames", "Locality"),  # L
    "2.5.4.8": QT_TRANSLATE_NOOP("CertificateNames", "Province or city"),  # ST
    "2.5.4.6": QT_TRANSLATE_NOOP("CertificateNames", "Country"),  # C
    "1.2.840.113549.1.9.1": QT_TRANSLATE_NOOP("CertificateNames", "Email"),
}
OTHER = QT_TRANSLATE_NOOP("CertificateNames", "Other field (%1)")


def name_lines(rfc4514: str) -> list[str]:
    """ "Tên: Ủy ban nhân dân xã Hòa Mỹ", "Mã đơn vị: 10351" … for a subject written as RFC 4514."""
    from cryptography import x509

    try:
        name = x509.Name.from_rfc4514_string(rfc4514)
    except ValueError:
        return [rfc4514]
    order = list(LABELS)
    attributes = sorted(
        name, key=lambda a: order.index(a.oid.dotted_string) if a.oid.dotted_string in order else len(order)
    )
    lines = []
    for attribute in attributes:
        oid = attribute.oid.dotted_string
        label = (
            QCoreApplication.translate(C, LABELS[oid])
            if oid in LABELS
            else QCoreApplication.translate(C, OTHER).replace("%1", oid)
        )
        value = attribute.value if isinstance(attribute.value, str) else attribute.value.hex()
        lines.append(f"{label}: {value}")
    return lines


def name_text(rfc4514: str) -> str:
    """The labelled lines of `rfc4514`, one per line."""
    return "\n".join(name_lines(rfc4514))
