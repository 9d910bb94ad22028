#!/usr/bin/env bash
# Runs a command (the test suite) with the real services the tests use, set up when missing:
# - PostgreSQL (scripts/ci-postgres.sh) for the hub's tests; with CI=true they fail, not skip, without it.
# - A real keychain: gnome-keyring's Secret Service on a private D-Bus session, unlocked with a throwaway
#   password and kept in a temporary folder, so the sync token tests use what a desktop has.
#
#     bash scripts/test-env.sh make check
#
# As root (CI, a fresh container) it installs and starts what is missing; otherwise it uses what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "test-env: $*" >&2; }

if [ -z "${SOCIEUX_TEST_PG_URL:-}" ]; then
    if [ "$(id -u)" = 0 ]; then
        eval "$(bash scripts/ci-postgres.sh)"
        export SOCIEUX_TEST_PG_URL
    else
        say "not root: the hub's PostgreSQL tests are skipped unless SOCIEUX_TEST_PG_URL is set"
    fi
fi

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    say "no dbus-run-session or gnome-keyring-daemon: the keychain tests use what this session has"
    exec "$@"
fi

keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export SOCIEUX_CI_KEYRING_HOME="$keyring_home"
# shellcheck disable=SC2016  # expanded by the inner shell, inside the D-Bus session
dbus-run-session -- bash -c '
    set -euo pipefail
    printf "ci-throwaway" | XDG_DATA_HOME="$SOCIEUX_CI_KEYRING_HOME" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"
' bash "$@"
