#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots in docs/images: fills a fresh store from the examples through
# jiuzhu-cli, starts Jiuzhu in Chinese under Xvfb and photographs each page. Needs xvfb,
# xdotool and imagemagick (import); run after scripts/build.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${JIUZHU_BUILD_DIR:-$root/build}
out=${1:-$root/docs/images}
work=$(mktemp -d)
db=$work/screenshots.sqlite
cli="$build/app/cli/jiuzhu-cli --db $db --lang zh"

for example in family-unemployed-parent elderly-couple-disability xinjing-young-woman; do
    $cli households add "$root/examples/households/$example.json" >/dev/null
done
$cli station set-name 新泾镇社区救助顾问站
for id in 310105198409170053 310105194206110036 310105200403150027; do
    $cli assess "$id" >/dev/null
    $cli plan draft "$id" --advisor 王芳 --phone 021-62400000 >/dev/null
done
$cli visits add 310105200403150027 --at "$(date -u -d '2 days ago' +%Y-%m-%dT02:30:00Z)" \
    --kind home --participants "王芳、居委会干部" --findings "失眠加重，按时复诊；希望找一份轻松的工作" \
    --next-steps "陪同申请医疗救助，联系就业援助员" --next-visit "$(date -u -d '12 days' +%F)" >/dev/null
$cli visits add 310105200403150027 --at "$(date -u -d '1 day ago' +%Y-%m-%dT07:00:00Z)" \
    --kind phone --participants "王芳" --findings "已预约下周门诊" >/dev/null
$cli visits add 310105194206110036 --at "$(date -u -d '40 days ago' +%Y-%m-%dT01:00:00Z)" \
    --kind home --participants "王芳" --findings "老伯行走需搀扶，老伴血糖控制一般" \
    --next-visit "$(date -u -d '10 days ago' +%F)" >/dev/null

display=:97
Xvfb $display -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb
sleep 1
"$build/app/jiuzhu/jiuzhu" --db "$db" --lang zh >/dev/null 2>&1 &
app=$!
window=$(xdotool search --sync --onlyvisible --class jiuzhu | head -n 1)
xdotool windowmove "$window" 0 0 windowsize --sync "$window" 1400 900
sleep 1

shoot() {
    sleep 1
    import -window root "$out/$1.png"
    echo "$out/$1.png"
}
page() { # click the navigation entry number $1 (0-based)
    xdotool mousemove 40 $((29 + 19 * $1)) click 1
}

page 0
xdotool mousemove 300 90 click 1
shoot households-page
page 1
shoot policies-page
page 2
shoot plans-page
page 3
shoot visits-page
# A synthetic caseload (docs/synthetic-caseload.md) for the screening page to find gaps in; it
# is added after the other pages were taken, and Run reads the store when pressed.
$cli generate --households 500 --seed 20261204 >/dev/null 2>&1
page 4
xdotool key alt+r # 开始筛查
sleep 5
xdotool key alt+h type "+5%"         # 调整: dibao standard +5%
sleep 0.5
xdotool key alt+d                    # 添加
sleep 0.5
# 18 entries further down the sorted parameter names: lowincome_ratio
xdotool key alt+e $(printf 'Down %.0s' $(seq 18))
sleep 0.5
xdotool key alt+h type "+10%"        # the low-income line at 1.1 times its ratio
sleep 0.5
xdotool key alt+d alt+o              # 添加, 比较
shoot screening-page
