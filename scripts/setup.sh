#!/usr/bin/env bash
# Xã Số set-up for a fresh Debian 12 machine.
#   scripts/setup.sh run    install what is missing, build, run the main job on the demo vault
#   scripts/setup.sh test   install what is missing, build, run the whole test suite (ctest)
#   scripts/setup.sh deps   only install the packages
#   scripts/setup.sh sanitize  the whole test suite built with ASan + UBSan (build-asan/)
# Environment: BUILD_DIR (default build), CI=true turns warnings into errors.
set -euo pipefail

mode=${1:-run}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build}

packages=(
  cmake ninja-build g++ pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-qpa-plugins libgl-dev libglx-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  libsqlcipher-dev sqlcipher libsodium-dev libpoco-dev libxlsxwriter-dev libzip-dev
  poppler-utils fonts-liberation2 fontconfig
  dpkg-dev lintian desktop-file-utils appstream systemd
)

install_deps() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DXASO_WERROR=$werror "$@"
  cmake --build "$build" --parallel "$(nproc)"
}

run_demo() {
  bash "$here/scripts/demo-job.sh" "$build"
}

run_tests() {
  cd "$build"
  ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE bench-long
}

case "$mode" in
  deps) install_deps ;;
  run) install_deps; build; run_demo ;;
  test) install_deps; build; run_tests ;;
  # The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer, in build-asan/.
  sanitize)
    install_deps
    # ASan + UBSan + LeakSanitizer (system-library leaks listed in tests/sanitizer/lsan.supp).
    BUILD_DIR=${BUILD_DIR:-$here/build-asan} exec bash "$here/scripts/sanitized-tests.sh" ;;
  *) echo "usage: $0 run|test|deps|sanitize" >&2; exit 1 ;;
esac
