#!/usr/bin/env bash
# The main job on the built-in demo vault (README, first command). Creates the demo vault once,
# fills it with the synthetic demo commune when the build has the generator, shows what it holds,
# then opens the desktop app — or, with no display, runs its offscreen tour and saves screenshots.
set -euo pipefail
build=${1:?usage: demo-job.sh BUILD_DIR}
cli="$build/app/cli/xaso-cli"
app="$build/app/desktop/xaso"
demo="$build/demo"
vault="$demo/demo.xaso"
# The demo vault holds only synthetic people; its password is public on purpose.
export XASO_PASSWORD=${XASO_PASSWORD:-"Demo-XaSo#2026"}
export XASO_STATE_DIR=${XASO_STATE_DIR:-"$demo/state"}
mkdir -p "$demo"

if [ ! -f "$vault" ]; then
  "$cli" init --vault "$vault" --name "Cán bộ demo" --roles lanh_dao,to_cong_tac_06,cong_an,quan_tri > "$demo/recovery-key.txt"
  echo "Created the demo vault $vault (password: $XASO_PASSWORD; recovery key in $demo/recovery-key.txt)"
  if "$cli" --help 2>/dev/null | grep -q '^  demo '; then
    "$cli" demo --vault "$vault"
  fi
  if "$cli" --help 2>/dev/null | grep -q '^  settings '; then
    # A made-up signer for the demo commune's report.
    "$cli" settings set signer_name "Lê Văn Hòa" --vault "$vault" > /dev/null
    "$cli" settings set superior_body "UBND thành phố Vinh" --vault "$vault" > /dev/null
  fi
fi
"$cli" info --vault "$vault"
"$cli" audit verify --vault "$vault"
if "$cli" --help 2>/dev/null | grep -q '^  search '; then
  "$cli" search --vault "$vault" "nguyen van" | head -n 12
fi
if "$cli" --help 2>/dev/null | grep -q '^  report '; then
  "$cli" report weekly --vault "$vault" --out "$demo/bao-cao-tuan.pdf"
fi

if [ -x "$app" ]; then
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --vault "$vault"
  fi
  QT_QPA_PLATFORM=offscreen "$app" --tour "$demo/tour" --vault "$vault"
fi
