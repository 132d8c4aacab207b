// The transcript's find box: marks every match of the typed words, Enter steps to the next one
// and Shift+Enter to the previous one, each seeking the player there. Arriving from a search hit
// (?q=...), the query's words are marked on the page.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("find");
  const count = document.getElementById("find-count");
  const player = document.getElementById("player");
  const words = Array.from(document.querySelectorAll("#transcript .seg .w"));
  if (!box || !words.length) return;
  const norm = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, "");
  const spoken = words.map((w) => norm(w.textContent));
  let matches = [];
  let at = -1;

  // Runs of words that read as the typed words in order; the last one may be cut short.
  function find(typed) {
    const wanted = typed.split(/\s+/).map(norm).filter(Boolean);
    const found = [];
    if (!wanted.length) return found;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < wanted.length && ok; k++) {
        const w = spoken[i + k];
        ok = k === wanted.length - 1 ? w.startsWith(wanted[k]) : w === wanted[k];
      }
      if (ok) found.push(words.slice(i, i + wanted.length));
    }
    return found;
  }

  function show() {
    words.forEach((w) => w.classList.remove("found", "found-now"));
    matches.forEach((run, i) => run.forEach((w) => w.classList.add(i === at ? "found-now" : "found")));
    if (!box.value.trim()) count.textContent = "";
    else if (!matches.length) count.textContent = "No matches";
    else count.textContent = (at >= 0 ? at + 1 + " of " : "") + matches.length + (matches.length === 1 ? " match" : " matches");
  }

  function go(i) {
    if (!matches.length) return;
    at = (i + matches.length) % matches.length;
    show();
    const first = matches[at][0];
    if (player) player.currentTime = Number(first.dataset.t);
    first.scrollIntoView({ block: "center" });
  }

  // The first match at or after the player's moment, so Enter continues from where one listens.
  function nextFromPlayer() {
    const t = player ? player.currentTime : 0;
    const i = matches.findIndex((run) => Number(run[0].dataset.t) >= t - 0.05);
    return i < 0 ? 0 : i;
  }

  box.addEventListener("input", () => {
    matches = find(box.value);
    at = -1;
    show();
    if (matches.length) matches[nextFromPlayer()][0].scrollIntoView({ block: "nearest" });
  });
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      if (at < 0) go(e.shiftKey ? nextFromPlayer() - 1 : nextFromPlayer());
      else go(at + (e.shiftKey ? -1 : 1));
    } else if (e.key === "Escape") {
      box.value = "";
      matches = [];
      at = -1;
      show();
      box.blur();
    }
  });

  // From a search hit: mark the query's words (not its operators), as the search matched them:
  // by stem, so "talk" marks "talked".
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    const terms = q.split(/[\s"()*~?+\-]+/).filter((t) => !/^(AND|OR|NOT)$/.test(t)).map(norm).filter((t) => t.length > 1);
    const stem = (t) => (t.length > 4 ? t.replace(/(ing|ed|es|s)$/, "") : t);
    const stems = terms.map(stem);
    let marked = 0;
    spoken.forEach((w, i) => {
      if (stems.some((s) => w === s || (s.length >= 3 && w.startsWith(s) && w.length - s.length <= 4))) {
        words[i].classList.add("query-hit");
        marked++;
      }
    });
    count.textContent = marked ? marked + (marked === 1 ? " word" : " words") + " marked from your search" : "";
  }
});
