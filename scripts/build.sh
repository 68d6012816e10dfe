#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Jiuzhu into build/ (or $JIUZHU_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${JIUZHU_BUILD_DIR:-$root/build}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
