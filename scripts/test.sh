#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs every test. GUI tests use the offscreen platform, so
# no display is needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${JIUZHU_BUILD_DIR:-$root/build}

"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
