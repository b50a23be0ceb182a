#!/bin/sh
# Builds training/cache/score_adams from score_adams.cpp against Debian's Halide 14, linking
# the Adams2019 plugin (which exports the AOT-compiled `cost_model` pipeline).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-"$HERE/../cache/score_adams"}
HALIDE_INC=${HALIDE_INC:-/usr/include/halide14}
PLUGIN_DIR=${PLUGIN_DIR:-/usr/lib/x86_64-linux-gnu/halide14}
PLUGIN="$PLUGIN_DIR/libautoschedule_adams2019.so"
[ -f "$PLUGIN" ] || { echo "build.sh: $PLUGIN not found (Debian package libhalide14 + its autoschedulers)" >&2; exit 1; }
[ -f "$HALIDE_INC/HalideBuffer.h" ] || { echo "build.sh: $HALIDE_INC/HalideBuffer.h not found" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"
g++ -O2 -std=c++17 -Wall -I"$HALIDE_INC" "$HERE/score_adams.cpp" -o "$OUT.tmp" \
  "$PLUGIN" -Wl,-rpath,"$PLUGIN_DIR" -lHalide14 -ldl -lpthread
mv "$OUT.tmp" "$OUT"
echo "built $OUT"
