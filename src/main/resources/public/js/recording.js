// The recording page: the transcript follows the player (current segment highlighted), any word
// or time seeks, ?t= opens at a moment, and notes sit on a timeline.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  wireDelete();
  const pending = document.getElementById("pending");
  if (pending) { followPending(pending); return; }
  const page = document.getElementById("recording");
  if (!page) return;
  const id = page.dataset.id;
  const duration = Number(page.dataset.duration) || 1;
  const player = document.getElementById("player");

  function seek(t, play) {
    player.currentTime = Math.max(0, t);
    if (play) player.play().catch(() => {});
  }

  const start = Number(new URLSearchParams(location.search).get("t"));
  if (start > 0) {
    // Seek once the player knows the media's length; before that the position is ignored.
    if (player.readyState >= 1) seek(start, false);
    else player.addEventListener("loadedmetadata", () => seek(start, false), { once: true });
  }

  document.getElementById("transcript").addEventListener("click", (e) => {
    const target = e.target.closest("[data-t]");
    if (target) seek(Number(target.dataset.t), true);
  });

  // The segment and word highlighting live in player.js; here only what the notes need.
  function highlight() {
    const t = player.currentTime;
    document.getElementById("note-time").textContent = Hindsight.clock(t);
    cursor.style.left = (100 * t / duration) + "%";
  }

  const timeline = document.getElementById("timeline");
  const cursor = document.createElement("div");
  cursor.className = "cursor";
  timeline.appendChild(cursor);
  player.addEventListener("timeupdate", highlight);
  player.addEventListener("seeked", highlight);

  // Notes
  const list = document.getElementById("note-list");
  const form = document.getElementById("note-form");
  const error = document.getElementById("note-error");

  function noteItem(note) {
    const li = document.createElement("li");
    li.className = "note";
    li.dataset.id = note.id;
    const head = document.createElement("header");
    const ts = document.createElement("button");
    ts.type = "button";
    ts.className = "ts";
    ts.textContent = Hindsight.clock(note.atSeconds);
    ts.setAttribute("aria-label", "Play from " + Hindsight.clock(note.atSeconds));
    ts.addEventListener("click", () => seek(note.atSeconds, true));
    const who = document.createElement("span");
    who.textContent = (note.mine ? "You" : note.author) + " · " + (note.visibility === "pair" ? "shared with both of you" : "only you");
    head.append(ts, who);
    if (note.mine) {
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "link remove";
      remove.textContent = "Delete";
      remove.addEventListener("click", async () => {
        if (!confirm("Delete this note?")) return;
        try { await Hindsight.api("DELETE", "/api/recordings/" + id + "/notes/" + note.id); load(); }
        catch (e) { error.textContent = e.message; }
      });
      head.append(remove, nextTimeToggle(note));
    } else if (note.forNextTime) {
      head.append(document.createTextNode(" · for next time"));
    }
    const text = document.createElement("p");
    text.textContent = note.text; // text, never HTML: notes are user input
    li.append(head, text);
    return li;
  }

  /** The author marks a note to bring up in the next session; /prepare gathers them. */
  function nextTimeToggle(note) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link";
    b.textContent = note.forNextTime ? "For next time ✓" : "For next time";
    b.setAttribute("aria-pressed", String(note.forNextTime));
    b.addEventListener("click", async () => {
      try {
        await Hindsight.api("PATCH", "/api/recordings/" + id + "/notes/" + note.id, { forNextTime: !note.forNextTime });
        load();
      } catch (e) { error.textContent = e.message; }
    });
    return b;
  }

  function marker(note) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "marker " + note.visibility;
    b.style.left = Math.min(100, (100 * note.atSeconds) / duration) + "%";
    const label = "Note at " + Hindsight.clock(note.atSeconds) + ": " + note.text.slice(0, 80);
    b.title = label;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", () => seek(note.atSeconds, true));
    return b;
  }

  async function load() {
    const notes = await Hindsight.api("GET", "/api/recordings/" + id + "/notes");
    list.replaceChildren(...notes.map(noteItem));
    timeline.querySelectorAll(".marker").forEach((m) => m.remove());
    notes.forEach((n) => timeline.appendChild(marker(n)));
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const text = form.text.value.trim();
    if (!text) { error.textContent = "Write the note first."; form.text.focus(); return; }
    try {
      await Hindsight.api("POST", "/api/recordings/" + id + "/notes", {
        atSeconds: Math.round(player.currentTime * 100) / 100,
        text,
        visibility: form.visibility.value,
        forNextTime: form.forNextTime.checked,
      });
      form.text.value = "";
      form.forNextTime.checked = false;
      await load();
    } catch (e) { error.textContent = e.message; }
  });

  load().catch((e) => { error.textContent = e.message; });
  highlight();
});

function wireDelete() {
  const button = document.getElementById("delete");
  if (!button) return;
  button.addEventListener("click", async () => {
    if (!confirm("Delete “" + button.dataset.title + "” for both of you? The media, transcript and notes are removed for good.")) return;
    try {
      await Hindsight.api("DELETE", "/api/recordings/" + button.dataset.id);
      location.href = "/";
    } catch (e) { alert(e.message); }
  });
}

function followPending(panel) {
  if (panel.dataset.status === "failed") return;
  const bar = panel.querySelector("progress");
  const stage = panel.querySelector(".stage");
  const tick = async () => {
    try {
      const r = await Hindsight.api("GET", "/api/recordings/" + panel.dataset.id);
      if (r.status === "ready" || r.status === "failed") { location.reload(); return; }
      if (bar) bar.value = r.progress.percent;
      if (stage) stage.textContent = Hindsight.progressText(r.progress);
    } catch (e) { /* next round */ }
    setTimeout(tick, 1500);
  };
  setTimeout(tick, 1000);
}
