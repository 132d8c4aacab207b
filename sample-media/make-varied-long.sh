#!/usr/bin/env bash
# Makes an 11-minute recording for `bench transcribe` that is not the sample: ten espeak-ng voices
# unlike the sample's (en-us+f3, en-us+m3) read the sample's text or bench's second text, one after
# the other, in rooms that differ: clean, pink noise, echo, echo and noise, 12 % faster, 10 %
# slower, phone band. Writes OUT and OUT.txt (what was said, for --reference).
#   sample-media/make-varied-long.sh /tmp/varied-long.m4a
#   java -jar target/hindsight.jar bench transcribe /tmp/varied-long.m4a --reference /tmp/varied-long.m4a.txt
# Needs espeak-ng and an ffmpeg on PATH with AAC (Debian's ffmpeg, or the one the build unpacks
# under ~/.javacpp/cache/hindsight.jar/org/bytedeco/ffmpeg/linux-x86_64 with LD_LIBRARY_PATH set
# to that folder and .../javacpp/linux-x86_64). Deterministic for the same tool versions.
set -euo pipefail
export LC_ALL=C

OUT="${1:?usage: make-varied-long.sh OUT.m4a}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEXT1="$HERE/reference.txt"
TEXT2="$HERE/../src/main/resources/bench/other-text.txt"
for tool in espeak-ng ffmpeg; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool: apt-get install -y espeak-ng ffmpeg" >&2; exit 1; }
done
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ECHO="aecho=0.8:0.7:40|80:0.35|0.2"

# voice:words per minute:text:room
SPECS=(
  "en-us+m5:150:2:clean" "en-gb+f4:170:1:noise" "en-gb-x-rp+m2:160:2:echo"
  "en-us+f2:185:1:faster" "en-029+m4:150:2:phone" "en-gb-scotland+f3:165:1:echo+noise"
  "en-us+m1:175:2:slower" "en-gb+m7:160:1:clean" "en-us+f5:155:2:noise" "en-gb-x-rp+f1:170:1:echo"
)
: > "$WORK/list.txt"
: > "$OUT.txt"
i=0
for spec in "${SPECS[@]}"; do
  IFS=: read -r voice wpm which room <<< "$spec"
  i=$((i + 1))
  text="$TEXT1"; [[ "$which" == 2 ]] && text="$TEXT2"
  # Each line a sentence, so that espeak-ng pauses between them.
  sed 's/$/./' "$text" > "$WORK/s$i.txt"
  espeak-ng -v "$voice" -s "$wpm" -g 8 -w "$WORK/raw$i.wav" -f "$WORK/s$i.txt"
  case "$room" in
    echo|echo+noise) af="$ECHO" ;;
    faster) af="atempo=1.12" ;;
    slower) af="atempo=0.9" ;;
    phone) af="highpass=f=300,lowpass=f=3400" ;;
    *) af="anull" ;;
  esac
  if [[ "$room" == *noise* ]]; then
    ffmpeg -loglevel error -y -i "$WORK/raw$i.wav" \
      -f lavfi -i "anoisesrc=color=pink:amplitude=0.03:seed=$i" \
      -filter_complex "[0:a]aresample=16000,$af[a];[a][1:a]amix=inputs=2:duration=first:normalize=0" \
      -ar 16000 -ac 1 "$WORK/seg$i.wav"
  else
    ffmpeg -loglevel error -y -i "$WORK/raw$i.wav" -af "aresample=16000,$af" -ar 16000 -ac 1 \
      "$WORK/seg$i.wav"
  fi
  echo "file '$WORK/seg$i.wav'" >> "$WORK/list.txt"
  cat "$text" >> "$OUT.txt"
  echo >> "$OUT.txt"
done
ffmpeg -loglevel error -y -f concat -safe 0 -i "$WORK/list.txt" -c:a aac -b:a 64k "$OUT"
echo "$OUT: $i readings; what was said is in $OUT.txt"
