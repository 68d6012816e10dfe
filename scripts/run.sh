#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and starts Jiuzhu on its embedded SQLite store. Arguments go
# to the application (for example --db FILE or --lang en).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${JIUZHU_BUILD_DIR:-$root/build}

"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
exec "$build/app/jiuzhu/jiuzhu" "$@"
