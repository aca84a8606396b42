"""Support for the intake tests (no tests here): zips whose payload differs under a genuine signature."""

import zipfile


def changed_payload(src, dest):
    """The package with one byte of its report .docx changed; the tag manifest and signature stay genuine."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".docx"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            zout.writestr(info.filename, data)
    return dest
