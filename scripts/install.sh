#!/usr/bin/env bash
# Installs everything CommuneDesk needs on Debian/Ubuntu: Qt's system libraries, fonts with Vietnamese glyphs,
# Xvfb, LibreOffice (report previews and document tests), SoftHSM2 (a real PKCS#11 token for the USB-token tests)
# and the Python package itself (editable), every Python package pinned by constraints.txt (the versions the suite
# passed with; rewrite it with scripts/pin_constraints.py after an upgrade).
# Usage: bash scripts/install.sh            # the application
#        bash scripts/install.sh --test     # plus the test tools and the linters (ruff, mypy)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
extras=""
[ "${1:-}" = "--test" ] && extras="[test,lint]"

APT_PACKAGES=(
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 xvfb xauth
  fonts-dejavu-core fonts-liberation2 fonts-noto-core
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils openssl
  softhsm2
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "apt-get not found: install Qt's system libraries and a Vietnamese font yourself (see README)" >&2
fi

$PY -m pip install --disable-pip-version-check -q -c constraints.txt -e ".${extras}"
# Translations (.qm) are committed under translations/; nothing to build here.
echo "CommuneDesk installed: $($PY -m commune_desk --version)"
