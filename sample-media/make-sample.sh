#!/usr/bin/env bash
# Regenerates the Hindsight sample media from script.txt (in this directory):
#   reference.txt, timings.json, mentoring-session.mp4, mentoring-session-tracks.mka
# Needs (Debian): espeak-ng sox ffmpeg; optional fonts-dejavu-core for the tile labels.
#   apt-get install -y espeak-ng sox ffmpeg fonts-dejavu-core
# Deterministic: the same script.txt and tool versions give the same outputs.
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCRIPT="$HERE/script.txt"

# --- fixed parameters -------------------------------------------------------
SARAH_VOICE="en-us+f3"   # mentor, female variant of the default US English voice
DAVID_VOICE="en-us+m3"   # mentee, male variant of the default US English voice
WPM=145                  # espeak-ng speed, words per minute
RATE=16000               # sample rate of every intermediate wav (Vosk's native rate)
STEP=160                 # utterances are padded to a multiple of 10 ms (160 samples)
LEAD=8000                # 0.5 s of silence before the first utterance
GAP=14400                # 0.9 s of silence between utterances
TAIL=16000               # 1.0 s of silence after the last utterance
FPS=12
FONT="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

for tool in espeak-ng sox soxi ffmpeg; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "missing $tool: apt-get install -y espeak-ng sox ffmpeg" >&2; exit 1; }
done
[[ -f "$SCRIPT" ]] || { echo "missing $SCRIPT" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# sox: no dither, repeatable random numbers, quiet
SOX=(sox -D -R -q)
# ffmpeg: no encoder/version strings, no random ids, no copied metadata
FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1)

# --- read and check the script ----------------------------------------------
speakers=(); texts=(); refs=()
lineno=0
while IFS= read -r line || [[ -n "$line" ]]; do
  lineno=$((lineno + 1))
  [[ -z "${line// /}" ]] && continue
  spk="${line%%|*}"; txt="${line#*|}"
  [[ "$line" == *"|"* && "$txt" != *"|"* ]] || { echo "script.txt:$lineno: expected SPEAKER|text" >&2; exit 1; }
  [[ "$spk" == "Sarah" || "$spk" == "David" ]] || { echo "script.txt:$lineno: unknown speaker '$spk'" >&2; exit 1; }
  # Plain words only: no digits (numbers must be spelled as words), no apostrophes
  # (a recognizer writes "don't", not "dont"), nothing that needs JSON escaping.
  [[ "$txt" =~ ^[A-Za-z\ ,.?!]+$ ]] || { echo "script.txt:$lineno: use only letters, spaces and , . ? !" >&2; exit 1; }
  ref="$(printf '%s' "$txt" | tr 'A-Z' 'a-z' | tr -c 'a-z' ' ' | tr -s ' ' | sed 's/^ //; s/ $//')"
  speakers+=("$spk"); texts+=("$txt"); refs+=("$ref")
done < "$SCRIPT"
n=${#texts[@]}
(( n > 0 )) || { echo "script.txt is empty" >&2; exit 1; }

# --- synthesize every utterance ---------------------------------------------
silence() { "${SOX[@]}" -r "$RATE" -c 1 -n -b 16 "$2" trim 0 "${1}s"; }
silence "$LEAD" "$TMP/lead.wav"
silence "$GAP" "$TMP/gap.wav"
silence "$TAIL" "$TMP/tail.wav"

mix=("$TMP/lead.wav"); sarah=("$TMP/lead.wav"); david=("$TMP/lead.wav")
pos=$LEAD
timings=()
for ((i = 0; i < n; i++)); do
  u="$TMP/u$i"
  voice="$SARAH_VOICE"; [[ "${speakers[$i]}" == "David" ]] && voice="$DAVID_VOICE"
  espeak-ng -v "$voice" -s "$WPM" -w "$u.raw.wav" "${texts[$i]}"
  # trim espeak's leading/trailing silence, resample, normalize to -3 dBFS
  "${SOX[@]}" "$u.raw.wav" -r "$RATE" -c 1 -b 16 "$u.trim.wav" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse rate -v "$RATE" norm -3
  len=$(soxi -s "$u.trim.wav")
  pad=$(( (STEP - len % STEP) % STEP ))
  "${SOX[@]}" "$u.trim.wav" "$u.wav" pad 0 "${pad}s"
  len=$(soxi -s "$u.wav")
  silence "$len" "$u.sil.wav"

  mix+=("$u.wav")
  if [[ "${speakers[$i]}" == "Sarah" ]]; then sarah+=("$u.wav"); david+=("$u.sil.wav")
  else sarah+=("$u.sil.wav"); david+=("$u.wav"); fi
  timings+=("${speakers[$i]}|$pos|$((pos + len))|${refs[$i]}")
  pos=$((pos + len))
  if (( i < n - 1 )); then
    mix+=("$TMP/gap.wav"); sarah+=("$TMP/gap.wav"); david+=("$TMP/gap.wav"); pos=$((pos + GAP))
  fi
done
mix+=("$TMP/tail.wav"); sarah+=("$TMP/tail.wav"); david+=("$TMP/tail.wav")
pos=$((pos + TAIL))

"${SOX[@]}" "${mix[@]}" "$TMP/mix.wav"
"${SOX[@]}" "${sarah[@]}" "$TMP/sarah.wav"
"${SOX[@]}" "${david[@]}" "$TMP/david.wav"
for f in mix sarah david; do
  [[ "$(soxi -s "$TMP/$f.wav")" == "$pos" ]] || { echo "internal error: $f.wav length" >&2; exit 1; }
done
DUR="$(awk -v s="$pos" -v r="$RATE" 'BEGIN { printf "%.2f", s / r }')"

# --- reference.txt and timings.json -----------------------------------------
printf '%s\n' "${refs[@]}" > "$TMP/reference.txt"
{
  printf '[\n'
  for ((i = 0; i < n; i++)); do
    IFS='|' read -r spk s e ref <<< "${timings[$i]}"
    sep=","; (( i == n - 1 )) && sep=""
    awk -v spk="$spk" -v s="$s" -v e="$e" -v r="$RATE" -v t="$ref" -v sep="$sep" \
      'BEGIN { printf "  {\"speaker\":\"%s\",\"start\":%.2f,\"end\":%.2f,\"text\":\"%s\"}%s\n", spk, s / r, e / r, t, sep }'
  done
  printf ']\n'
} > "$TMP/timings.json"

# --- video: two participant tiles, active speaker outlined ------------------
enable_for() {  # between(t,a,b)+... for one speaker
  local who="$1" expr="" spk s e ref
  for ((i = 0; i < n; i++)); do
    IFS='|' read -r spk s e ref <<< "${timings[$i]}"
    [[ "$spk" == "$who" ]] || continue
    expr+="${expr:++}$(awk -v s="$s" -v e="$e" -v r="$RATE" 'BEGIN { printf "between(t,%.2f,%.2f)", s / r, e / r }')"
  done
  printf '%s' "$expr"
}
{
  printf '[0:v][1:v]hstack=inputs=2,'
  printf "drawbox=x=0:y=0:w=320:h=360:color=0xffd700:t=8:enable='%s'," "$(enable_for Sarah)"
  printf "drawbox=x=320:y=0:w=320:h=360:color=0xffd700:t=8:enable='%s'" "$(enable_for David)"
  if [[ -f "$FONT" ]]; then
    dt="drawtext=fontfile=$FONT:fontcolor=white"
    printf ",%s:fontsize=110:text='S':x=(320-text_w)/2:y=110" "$dt"
    printf ",%s:fontsize=110:text='D':x=320+(320-text_w)/2:y=110" "$dt"
    printf ",%s:fontsize=26:text='Sarah (mentor)':x=(320-text_w)/2:y=290" "$dt"
    printf ",%s:fontsize=26:text='David (mentee)':x=320+(320-text_w)/2:y=290" "$dt"
    printf ",%s:fontsize=14:text='synthetic sample recording':x=(w-text_w)/2:y=20:box=1:boxcolor=black@0.5:boxborderw=5" "$dt"
  fi
  printf ',format=yuv420p[v]\n'
} > "$TMP/video.filter"

"${FF[@]}" \
  -f lavfi -i "color=c=0x2b5797:s=320x360:r=$FPS:d=$DUR" \
  -f lavfi -i "color=c=0x1e7145:s=320x360:r=$FPS:d=$DUR" \
  -i "$TMP/mix.wav" \
  -filter_complex_script "$TMP/video.filter" \
  -map '[v]' -map 2:a \
  -c:v libx264 -preset medium -tune stillimage -crf 30 -g $((FPS * 10)) -threads 1 -r "$FPS" \
  -c:a aac -b:a 48k -ac 1 -ar "$RATE" \
  -t "$DUR" "${BITEXACT[@]}" \
  -metadata title="Hindsight sample mentoring session (synthetic)" \
  -metadata comment="Synthetic espeak-ng speech, consented for testing and demo" \
  -movflags +faststart "$TMP/mentoring-session.mp4"

# --- per-speaker tracks: stream 0 = Sarah, stream 1 = David -----------------
"${FF[@]}" -i "$TMP/sarah.wav" -i "$TMP/david.wav" \
  -map 0:a -map 1:a \
  -c:a libopus -b:a 20k -application voip -ac 1 \
  "${BITEXACT[@]}" \
  -metadata title="Hindsight sample mentoring session, one track per speaker (synthetic)" \
  -metadata:s:a:0 title=Sarah -metadata:s:a:0 language=eng \
  -metadata:s:a:1 title=David -metadata:s:a:1 language=eng \
  "$TMP/mentoring-session-tracks.mka"

for f in reference.txt timings.json mentoring-session.mp4 mentoring-session-tracks.mka; do
  mv -f "$TMP/$f" "$HERE/$f"
done
echo "wrote $n utterances, ${DUR} s, to $HERE"
