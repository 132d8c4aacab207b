// The player's controls and the transcript that follows it: speed, skips, keyboard shortcuts,
// word-by-word highlighting, auto-scroll that stops when the member scrolls away, and words
// reachable from the keyboard (one tab stop per line; arrows move between its words).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const page = document.getElementById("recording");
  const player = document.getElementById("player");
  if (!page || !player) return;
  let segments = Array.from(document.querySelectorAll("#transcript .seg"));
  let starts = segments.map((s) => Number(s.dataset.start));
  let words = segments.map((s) => Array.from(s.querySelectorAll(".w")));
  const follow = document.getElementById("follow");
  const toggle = document.getElementById("play-toggle");
  const speed = document.getElementById("speed");
  const help = document.getElementById("shortcuts");
  const transcript = document.getElementById("transcript");
  const speeds = Array.from(speed.options).map((o) => Number(o.value));

  function seek(t, play) {
    player.currentTime = Math.max(0, Math.min(t, player.duration || t));
    if (play) player.play().catch(() => {});
  }
  const playPause = () => (player.paused ? player.play().catch(() => {}) : player.pause());
  const skip = (seconds) => seek(player.currentTime + seconds, false);

  document.querySelectorAll("[data-skip]").forEach((b) =>
    b.addEventListener("click", () => skip(Number(b.dataset.skip))));
  toggle.addEventListener("click", playPause);
  const showState = () => { toggle.textContent = player.paused ? "Play" : "Pause"; };
  player.addEventListener("play", showState);
  player.addEventListener("pause", showState);
  speed.addEventListener("change", () => { player.playbackRate = Number(speed.value); });
  player.addEventListener("ratechange", () => {
    if (speeds.includes(player.playbackRate)) speed.value = String(player.playbackRate);
  });
  function stepSpeed(direction) {
    const i = speeds.indexOf(Number(speed.value)) + direction;
    if (i < 0 || i >= speeds.length) return;
    speed.value = String(speeds[i]);
    player.playbackRate = speeds[i];
  }

  // Follow-along. The index of the segment at t: the last one starting before it.
  function segmentAt(t) {
    let i = -1;
    for (let k = 0; k < starts.length && starts[k] <= t + 0.05; k++) i = k;
    return i;
  }
  let current = null;
  let currentWord = null;
  function highlight() {
    const t = player.currentTime;
    const i = segmentAt(t);
    const seg = i >= 0 && t <= Number(segments[i].dataset.end) + 0.5 ? segments[i] : null;
    if (seg !== current) {
      if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
      if (seg) {
        seg.classList.add("current");
        seg.setAttribute("aria-current", "true");
        if (follow.checked && !player.paused) scrollTo(seg);
      }
      current = seg;
    }
    let word = null;
    if (seg) for (const w of words[i]) { if (Number(w.dataset.t) <= t + 0.02) word = w; else break; }
    if (word !== currentWord) {
      if (currentWord) currentWord.classList.remove("now");
      if (word) word.classList.add("now");
      currentWord = word;
    }
  }
  // editing.js puts new lines in after a correction: follow those from now on.
  document.addEventListener("hindsight:transcript", () => {
    segments = Array.from(document.querySelectorAll("#transcript .seg"));
    starts = segments.map((s) => Number(s.dataset.start));
    words = segments.map((s) => Array.from(s.querySelectorAll(".w")));
    current = null;
    currentWord = null;
    highlight();
  });
  const scrollTo = (seg) => seg.scrollIntoView({ block: "nearest", behavior: "smooth" });
  // Only the timeupdate events are too coarse for words (about four a second).
  function frame() { highlight(); if (!player.paused) requestAnimationFrame(frame); }
  player.addEventListener("play", () => requestAnimationFrame(frame));
  player.addEventListener("seeked", highlight);
  player.addEventListener("timeupdate", highlight);
  // The member scrolling on their own means they are reading elsewhere: stop following.
  // Wheel and touch events come only from the member, never from scrollIntoView.
  const away = () => { if (follow.checked && !player.paused) follow.checked = false; };
  transcript.addEventListener("wheel", away, { passive: true });
  transcript.addEventListener("touchmove", away, { passive: true });
  follow.addEventListener("change", () => { if (follow.checked && current) scrollTo(current); });

  // Words: one tab stop per line (its time), then arrows move along the line's words.
  transcript.addEventListener("keydown", (e) => {
    const item = e.target.closest(".w, .ts");
    if (!item) return;
    const seg = item.closest(".seg");
    const stops = [seg.querySelector(".ts"), ...seg.querySelectorAll(".w")];
    const at = stops.indexOf(item);
    let next = null;
    if (e.key === "ArrowRight") next = stops[Math.min(stops.length - 1, at + 1)];
    else if (e.key === "ArrowLeft") next = stops[Math.max(0, at - 1)];
    else if (e.key === "Home") next = stops[0];
    else if (e.key === "End") next = stops[stops.length - 1];
    else if ((e.key === "Enter" || e.key === " ") && item.classList.contains("w")) {
      e.preventDefault();
      e.stopPropagation();
      seek(Number(item.dataset.t), true);
      return;
    }
    if (next) { e.preventDefault(); e.stopPropagation(); next.focus(); }
  });

  const find = document.getElementById("find");
  function moveSegment(direction) {
    const i = segmentAt(player.currentTime);
    const target = direction < 0
      ? (i > 0 && player.currentTime - starts[i] < 1 ? i - 1 : Math.max(0, i))
      : Math.min(segments.length - 1, i + 1);
    if (target >= 0 && segments[target]) { follow.checked = true; seek(starts[target], false); scrollTo(segments[target]); }
  }

  const typing = (el) => el.closest("input, textarea, select, [contenteditable]") !== null;
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const onControl = e.target !== player && e.target.closest("button, a, summary, [role=button]");
    switch (e.key) {
      case " ":
        e.preventDefault(); // never scroll the page; a focused button still does its job
        if (onControl) e.target.click(); else playPause();
        return;
      case "k": case "K": playPause(); break;
      case "j": skip(-5); break;
      case "J": skip(-15); break;
      case "l": skip(5); break;
      case "L": skip(15); break;
      case "ArrowUp": case "ArrowLeft": moveSegment(-1); break;
      case "ArrowDown": case "ArrowRight": moveSegment(1); break;
      case "<": stepSpeed(-1); break;
      case ">": stepSpeed(1); break;
      case "/": {
        const box = find || document.querySelector("input[type=search]");
        if (!box) return;
        box.focus();
        box.select();
        break;
      }
      case "?": help.open = !help.open; break;
      case "Escape": if (!help.open) return; help.open = false; break;
      default: return;
    }
    e.preventDefault();
  });

  // The sticky player's height, so a segment scrolled into view is not hidden under it.
  const column = document.getElementById("player-col");
  const measure = () => document.documentElement.style.setProperty("--player-h", column.offsetHeight + "px");
  new ResizeObserver(measure).observe(column);
  measure();
  highlight();
});
