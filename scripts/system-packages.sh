#!/usr/bin/env bash
# Debian packages the app (`app`) or the test suite (`test`) needs; apt runs only for those missing.
#
#     bash scripts/system-packages.sh app|test
#
# Not root: says what is missing and goes on (the steps that need them will say so too).
set -euo pipefail

app=(python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
     libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-render-util0
     libxcb-image0)
# Node.js builds the workshop's browser editor (`make web`, run by `make run` and `make check`); the app itself
# never runs it. Chromium: the workshop's end-to-end tests drive it headless.
build=(nodejs npm)
# poppler-utils: pdftoppm renders the reports' PDFs to PNG in their tests.
# libreoffice-writer-nogui: headless LibreOffice converts the Word files to PDF (and makes Word files) in tests.
test=(postgresql dbus gnome-keyring chromium poppler-utils libreoffice-writer-nogui)

case "${1:-app}" in
    app) wanted=("${app[@]}" "${build[@]}") ;;
    test) wanted=("${app[@]}" "${build[@]}" "${test[@]}") ;;
    *) echo "usage: $0 app|test" >&2; exit 2 ;;
esac

installed() {
    case "$1" in
        # A Node.js from elsewhere (e.g. NodeSource's package, which carries npm and conflicts with Debian's)
        # will do: only the commands count.
        nodejs) command -v node >/dev/null ;;
        npm) command -v npm >/dev/null ;;
        *) dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" ;;
    esac
}

missing=()
for package in "${wanted[@]}"; do
    if ! installed "$package"; then
        missing+=("$package")
    fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "system-packages: missing ${missing[*]}; install them (as root: bash $0 ${1:-app})" >&2
    exit 0
fi
echo "system-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
