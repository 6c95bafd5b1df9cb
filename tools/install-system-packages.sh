#!/usr/bin/env bash
# Debian packages the scanner uses for scans (OCR), legacy office files and RAR archives.
# Installs only what is missing; without root or sudo it says what to install and goes on
# (the scanner then sends such files to review with the reason, never passes them as clear).
set -euo pipefail
PACKAGES=(
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng  # OCR of scans (simplified and traditional Chinese)
  libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui  # DOC XLS PPT WPS ET DPS
  antiword catdoc   # lighter readers for DOC/XLS/PPT when LibreOffice cannot
  unar              # RAR archives (through rarfile)
)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
  echo "install-system-packages: not root; please install: ${missing[*]}" >&2; exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
