#!/bin/bash
# Takes the screenshots of docs/ui.md: runs the real app under Xvfb (offline emulator, a scratch
# HOME), drives it with xdotool and grabs the screen with ImageMagick's `import`.
# usage: docs/screenshots/take-screenshots.sh [outdir]   (needs xvfb-run, xdotool, imagemagick)
#        ONLY="plan-form settings" docs/screenshots/take-screenshots.sh   takes only the shots named
set -u
OUT=${1:-$(dirname "$0")}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
SHOOT=$(mktemp); printf '#!/bin/bash\nsleep 0.5; import -window root "$OUT/$1.png"; echo "shot $1"\n' > "$SHOOT"; chmod +x "$SHOOT"; export SHOOT
BIN=${BIN:-$(cd "$(dirname "$0")/../.." && pwd)/build/sdanim}
H=$(mktemp -d)
mkdir -p "$H/config/SD Animator"
INI="$H/config/SD Animator/sdanim.ini"
export HOME=$H XDG_CONFIG_HOME=$H/config XDG_DATA_HOME=$H/data XDG_PICTURES_DIR=$H/pics LANG=${SHOT_LANG:-en_US.UTF-8}
common="[backend]
choice=emulator
[emulator]
timeScale=0.35
[storage]
outputDirectory=$H/outputs
[ui]
welcomeShown=true
"
run_app() { # script-function
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "$BIN -qwindowgeometry 1600x1000+0+0 & pid=\$!; sleep 4; $1; kill \$pid; wait \$pid" 
}
export OUT
# True when shot $1 is wanted (all of them unless ONLY names some).
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }

# 1. empty first start
if want empty; then
printf '%s' "$common" > "$INI"
run_app '"$SHOOT" empty'
fi

# 2+3. two runs (one with intermediate frames), running and finished
if want running || want finished; then
printf '%s[form]\ninput="{\\"prompt_start\\":\\"a watercolor fox in a misty forest\\",\\"prompt_end\\":\\"a fox made of autumn leaves | a paper origami fox\\",\\"width\\":256,\\"height\\":256,\\"intermediate_output\\":true,\\"num_animation_frames\\":8,\\"num_interpolation_steps\\":3}"\n' "$common" > "$INI"
run_app 'W=$(xdotool search --name "SD Animator" | head -1); xdotool windowfocus $W; sleep 0.3; xdotool key ctrl+Return; sleep 1.5; xdotool key ctrl+Return; sleep 3.5; xdotool mousemove 882 802 click 1; sleep 1.2; "$SHOOT" running; sleep 14; "$SHOOT" finished'
fi

# 4. an invalid value on its field
if want field-error; then
printf '%s[form]\ninput="{\\"prompt_start\\":\\"a lighthouse at dusk\\",\\"prompt_end\\":\\"a lighthouse in a storm\\",\\"num_inference_steps\\":600,\\"guidance_scale\\":25}"\n' "$common" > "$INI"
run_app '"$SHOOT" field-error'
fi

# 5. settings dialog
if want settings; then
[ -f "$INI" ] || printf '%s' "$common" > "$INI"
run_app 'W=$(xdotool search --name "SD Animator" | head -1); xdotool windowfocus $W; sleep 0.3; xdotool key ctrl+comma; sleep 1.5; xdotool mousemove 571 367 click 1; sleep 2; "$SHOOT" settings'
fi

# 6. the same window in German
if want german; then
printf '%s[form]\ninput="{\\"prompt_start\\":\\"ein Leuchtturm in der Dämmerung\\",\\"prompt_end\\":\\"ein Leuchtturm im Sturm\\",\\"num_inference_steps\\":600}"\n' "$common" > "$INI"
LANG=de_DE.UTF-8 LANGUAGE=de run_app '"$SHOOT" german'
fi

# 7. what the form says before running (docs/ui.md, "What the video contains"): the plan's summary,
#    n = 4 (FILM ×4 with its "Use 3" offer), a strength of 1.5 (its warning) and the estimate above Run
if want plan-form; then
printf '%s[form]\ninput="{\\"prompt_start\\":\\"a lighthouse at dawn\\",\\"prompt_end\\":\\"a lighthouse in a storm | a lighthouse at night\\",\\"num_interpolation_steps\\":4,\\"prompt_strength\\":1.5}"\n' "$common" > "$INI"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c "$BIN -qwindowgeometry 1400x900+0+0 & pid=\$!; sleep 4; \"\$SHOOT\" plan-form; kill \$pid; wait \$pid"
fi

# 8. the first-run welcome (a fresh user: no settings at all)
if want welcome; then
rm -f "$INI"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c "$BIN -qwindowgeometry 1400x900+0+0 & pid=\$!; sleep 5; \"\$SHOOT\" welcome; kill \$pid; wait \$pid"
fi

# 9. View → Debug Log after one run of the example preset on the offline emulator
if want debug-pane; then
printf '%s[form]\ninput="{\\"prompt_start\\":\\"a lighthouse on a rocky cliff at dawn, oil painting\\",\\"prompt_end\\":\\"the same lighthouse under a starry night sky, oil painting\\",\\"width\\":256,\\"height\\":256,\\"num_inference_steps\\":25,\\"num_animation_frames\\":6,\\"num_interpolation_steps\\":3,\\"film_interpolation\\":false}"\n' "${common/timeScale=0.35/timeScale=0.1}" > "$INI"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c "$BIN -qwindowgeometry 1400x900+0+0 & pid=\$!; sleep 4; W=\$(xdotool search --name 'SD Animator' | head -1); xdotool windowfocus \$W; sleep 0.3; xdotool key ctrl+Return; sleep 12; xdotool key alt+v; sleep 0.6; xdotool key d; sleep 1.5; \"\$SHOOT\" debug-pane; kill \$pid; wait \$pid"
fi

# 10. a 3 × 2 sweep (seeds × prompt strength) in the compare grid: Run → Sweep…, seeds typed into the
#     first list, a second input (prompt strength) ticked and typed, started, the grid filled
if want compare-grid; then
printf '%s[form]\ninput="{\\"prompt_start\\":\\"a lighthouse on a rocky cliff at dawn, oil painting\\",\\"prompt_end\\":\\"the same lighthouse under a starry night sky, oil painting\\",\\"width\\":256,\\"height\\":256,\\"num_inference_steps\\":25,\\"num_animation_frames\\":6,\\"num_interpolation_steps\\":3,\\"film_interpolation\\":false}"\n' "${common/timeScale=0.35/timeScale=0.05}" > "$INI"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c "$BIN -qwindowgeometry 1400x900+0+0 & pid=\$!; sleep 4; W=\$(xdotool search --name 'SD Animator' | head -1); xdotool windowfocus \$W; sleep 0.3; xdotool key ctrl+shift+Return; sleep 1.2; xdotool type '1,2,3'; xdotool key Tab space Tab Tab Tab; xdotool type '0.6,0.9'; sleep 0.6; \"\$SHOOT\" sweep-dialog; xdotool key Return; sleep 25; \"\$SHOOT\" compare-grid; kill \$pid; wait \$pid"
fi
