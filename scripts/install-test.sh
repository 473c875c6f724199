#!/usr/bin/env bash
# The install test (ctest install_debs): builds the xaso and xaso-server .debs from BUILD_DIR,
# lints them, checks their metadata, unpacks them into a scratch root and runs what they install.
#   scripts/install-test.sh BUILD_DIR [KEEP_DIR]
set -euo pipefail
build=$(cd "${1:?usage: install-test.sh BUILD_DIR}" && pwd)
scratch=${2:-$(mktemp -d)}
[ -n "${2:-}" ] || trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"
fail() { echo "install test: $*" >&2; exit 1; }

echo "== cpack"
(cd "$build" && cpack -G DEB -B "$scratch/pkgs" > "$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack failed"; }
app=$(ls "$scratch"/pkgs/xaso_*.deb) || fail "no xaso .deb"
server=$(ls "$scratch"/pkgs/xaso-server_*.deb) || fail "no xaso-server .deb"
for deb in "$app" "$server"; do
  echo "== $(basename "$deb")"
  dpkg-deb -f "$deb" Package Version Architecture Depends
  if dpkg-deb -c "$deb" | awk '{print $6}' \
      | grep -vE '^\./(usr/?|usr/(bin|share|lib)(/.*)?|lib/?|lib/systemd(/.*)?|etc/?|etc/default(/.*)?)?$'; then
    fail "$(basename "$deb") installs files outside /usr/{bin,share,lib}, /lib/systemd and /etc/default"
  fi
done

echo "== lintian"
if command -v lintian > /dev/null; then
  lintian --fail-on error --suppress-tags no-manual-page "$app" "$server" || fail "lintian found errors"
else
  fail "lintian is not installed (scripts/setup.sh deps installs it)"
fi

echo "== unpack into a scratch root"
root="$scratch/root"
mkdir -p "$root"
dpkg -x "$app" "$root"
dpkg -x "$server" "$root"

echo "== metadata"
appstreamcli validate --no-net "$root/usr/share/metainfo/vn.xaso.XaSo.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/vn.xaso.XaSo.desktop"
for size in 16 32 48 64 128 256; do
  [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/vn.xaso.XaSo.png" ] || fail "no ${size}px icon"
done
# The binary is not at /usr/bin on this machine (only in the scratch root): that one complaint is expected.
systemd-analyze verify --man=no "$root/lib/systemd/system/xaso-server.service" > "$scratch/verify.log" 2>&1 || true
if grep -v -e "xaso-server is not executable" "$scratch/verify.log" | grep -qiE "unknown|invalid|error|ignoring"; then
  cat "$scratch/verify.log"
  fail "the systemd unit has problems"
fi
grep -q '^NoNewPrivileges=yes' "$root/lib/systemd/system/xaso-server.service" || fail "unit not hardened"

if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
  echo "== dependencies resolve on this Debian"
  apt-get install --simulate -q "$app" "$server" > "$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "Depends do not resolve"; }
fi

echo "== run the installed binaries"
"$root/usr/bin/xaso-cli" --version
"$root/usr/bin/xaso-server" --help > /dev/null || fail "xaso-server --help failed"
export QT_QPA_PLATFORM=offscreen XASO_STATE_DIR="$scratch/state"
"$root/usr/bin/xaso" --tour "$scratch/tour" > "$scratch/tour.log" 2>&1 || { cat "$scratch/tour.log"; fail "the tour failed"; }
shots=$(ls "$scratch"/tour/*.png 2>/dev/null | wc -l)
[ "$shots" -ge 3 ] || fail "the tour saved $shots screenshots"
echo "install test passed: $(basename "$app"), $(basename "$server"), $shots tour screenshots"
