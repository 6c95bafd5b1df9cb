#!/usr/bin/env bash
# Debian packages the scanner uses for scans (OCR), legacy office files and RAR archives, and
# what the e-mail gate's tests use: Postfix (a private instance per test; the system's own
# stays unconfigured: debconf answers "No configuration") and openssl (S/MIME test messages);
# and Chromium, in which the HTML report's test opens the report.
# Installs only what is missing; without root or sudo it says what to install and goes on
# (the scanner then sends such files to review with the reason, never passes them as clear).
set -euo pipefail
PACKAGES=(
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng  # OCR of scans (simplified and traditional Chinese)
  libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui  # DOC XLS PPT WPS ET DPS
  antiword catdoc   # lighter readers for DOC/XLS/PPT when LibreOffice cannot
  unar              # RAR archives (through rarfile)
  postfix openssl   # the gate's end-to-end test (tests/gate/test_postfix.py)
  chromium          # the HTML report's test opens it in headless Chromium
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
if printf '%s\n' "${missing[@]}" | grep -qx postfix; then
  printf '%s\n' "postfix postfix/main_mailer_type select No configuration" \
    "postfix postfix/mailname string localhost" | "${SUDO[@]}" debconf-set-selections
fi
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
