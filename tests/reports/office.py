"""LibreOffice and poppler for the rendering checks: convert to PDF, page texts, fonts, page images."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

TIMES_COMPATIBLE = ("LiberationSerif", "TimesNewRoman", "Times", "Tinos")


def office_or_skip() -> None:
    """Skip where LibreOffice or poppler is missing, except under CI (COMMUNE_DESK_REQUIRE_OFFICE=1): there
    scripts/install.sh has installed them, so their absence is a failure, not a reason to skip."""
    missing = [tool for tool in ("soffice", "pdftotext", "pdffonts", "pdfinfo") if shutil.which(tool) is None]
    if not missing:
        return
    if os.environ.get("COMMUNE_DESK_REQUIRE_OFFICE") == "1":
        pytest.fail(f"rendering checks required but not installed: {', '.join(missing)}")
    pytest.skip(f"LibreOffice / poppler not installed ({', '.join(missing)})")


def to_pdf(source: Path, out_dir: Path, profile: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = out_dir / (source.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice wrote no PDF for {source.name}"
    return pdf


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_text(pdf: Path, page: int, layout: bool = False) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page)] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_images(pdf: Path) -> dict[int, int]:
    """Page number -> images drawn on it (pdfimages -list), so that a chart page is not taken for a blank one."""
    if shutil.which("pdfimages") is None:
        return {}
    out = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    counts: dict[int, int] = {}
    for line in out.splitlines()[2:]:
        parts = line.split()
        if parts and parts[0].isdigit():
            counts[int(parts[0])] = counts.get(int(parts[0]), 0) + 1
    return counts


def font_faces(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    return [line.split()[0].split("+", 1)[-1] for line in out.splitlines()[2:] if line.strip()]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
