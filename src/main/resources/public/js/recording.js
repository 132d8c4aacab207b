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
  const segments = Array.from(document.querySelectorAll(".seg"));
  const starts = segments.map((s) => Number(s.dataset.start));

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

  let current = null;
  function highlight() {
    const t = player.currentTime;
    let i = -1;
    for (let k = 0; k < starts.length && starts[k] <= t + 0.05; k++) i = k;
    const seg = i >= 0 && t <= Number(segments[i].dataset.end) + 0.5 ? segments[i] : null;
    if (seg !== current) {
      if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
      if (seg) {
        seg.classList.add("current");
        seg.setAttribute("aria-current", "true");
        if (!player.paused) seg.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
      current = seg;
    }
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
      head.append(remove);
    }
    const text = document.createElement("p");
    text.textContent = note.text; // text, never HTML: notes are user input
    li.append(head, text);
    return li;
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
      });
      form.text.value = "";
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

// Excerpts: draft a range, toggle redactions word by word, approve, publish, revoke. Every change
// goes through the API, which answers the new version; the page only shows what it answered.
document.addEventListener("DOMContentLoaded", () => {
  const panel = document.getElementById("excerpts");
  const page = document.getElementById("recording");
  if (!panel || !page) return;
  const recordingId = page.dataset.id;
  const form = document.getElementById("excerpt-form");
  const editor = document.getElementById("ex-editor");
  const error = document.getElementById("ex-error");
  const wordsBox = document.getElementById("ex-words");
  const preview = document.getElementById("ex-preview");
  let current = null;

  const fail = (e) => { error.textContent = e.message; };

  document.getElementById("ex-use-selection").addEventListener("click", () => {
    const selection = window.getSelection();
    const segs = Array.from(document.querySelectorAll("#transcript .seg"))
      .filter((seg) => selection && !selection.isCollapsed && selection.containsNode(seg, true));
    if (!segs.length) { error.textContent = "Select one or more lines of the transcript first."; return; }
    error.textContent = "";
    form.start.value = Number(segs[0].dataset.start).toFixed(1);
    form.end.value = Number(segs[segs.length - 1].dataset.end).toFixed(1);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      show(await Hindsight.api("POST", "/api/recordings/" + recordingId + "/excerpts", {
        title: form.title.value, context: form.context.value,
        startSeconds: Number(form.start.value), endSeconds: Number(form.end.value),
        redactWords: [], keepSuggested: true,
      }));
      await list();
    } catch (e) { fail(e); }
  });

  async function change(body) {
    try { show(await Hindsight.api("PATCH", "/api/excerpts/" + current.id, body)); await list(); }
    catch (e) { fail(e); }
  }

  function show(excerpt) {
    current = excerpt;
    editor.hidden = false;
    error.textContent = "";
    document.getElementById("ex-heading").textContent = excerpt.title + " (version " + excerpt.version + ")";
    const approvals = (excerpt.approvals || []).map((a) => a.username);
    document.getElementById("ex-state").textContent = excerpt.status
      + " · " + Hindsight.clock(excerpt.startSeconds) + "–" + Hindsight.clock(excerpt.endSeconds)
      + " · approved by " + (approvals.length ? approvals.join(" and ") : "nobody yet");
    const draft = excerpt.status === "draft";
    wordsBox.replaceChildren(...(excerpt.words || []).map((w) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "rw" + (w.redacted ? " redacted" : "") + (w.suggested ? " suggested" : "");
      b.textContent = w.word;
      b.dataset.i = w.i;
      b.disabled = !draft;
      b.setAttribute("aria-pressed", String(w.redacted));
      b.title = w.redacted ? "Hidden; click to show it" : "Click to hide it";
      b.addEventListener("click", () => change(w.redacted ? { unredactIndexes: [w.i] } : { redactIndexes: [w.i] }));
      return b;
    }));
    document.getElementById("ex-text").textContent = excerpt.redactedText || "";
    panel.querySelectorAll("input[name=ex-cover]").forEach((r) => {
      r.checked = (r.value === "bleep") === excerpt.bleep;
      r.disabled = !draft;
    });
    document.getElementById("ex-approve").disabled = !draft;
    document.getElementById("ex-publish").disabled = !draft;
    document.getElementById("ex-revoke").disabled = excerpt.status === "revoked";
    document.getElementById("ex-preview-button").disabled = excerpt.status === "revoked";
    preview.hidden = true;
    preview.removeAttribute("src");
    link(excerpt.url);
  }

  function link(url) {
    const box = document.getElementById("ex-link");
    box.replaceChildren();
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.id = "ex-share-url";
    a.textContent = location.origin + url;
    a.rel = "noreferrer";
    box.append("Share link: ", a);
  }

  panel.querySelectorAll("input[name=ex-cover]").forEach((r) =>
    r.addEventListener("change", () => change({ bleep: r.value === "bleep" })));

  document.getElementById("ex-preview-button").addEventListener("click", () => {
    preview.hidden = false;
    preview.src = "/api/excerpts/" + current.id + "/preview/clip?v=" + current.version;
    preview.replaceChildren();
    const track = document.createElement("track");
    Object.assign(track, { kind: "captions", srclang: "en", label: "Captions", default: true,
      src: "/api/excerpts/" + current.id + "/preview/captions.vtt?v=" + current.version });
    preview.append(track);
  });

  document.getElementById("ex-approve").addEventListener("click", async () => {
    try { show(await Hindsight.api("POST", "/api/excerpts/" + current.id + "/approve")); await list(); }
    catch (e) { fail(e); }
  });

  document.getElementById("ex-publish").addEventListener("click", async () => {
    try {
      await Hindsight.api("POST", "/api/excerpts/" + current.id + "/publish");
      show(await Hindsight.api("GET", "/api/excerpts/" + current.id));
      await list();
    } catch (e) { fail(e); }
  });

  document.getElementById("ex-revoke").addEventListener("click", async () => {
    if (!confirm("Revoke this excerpt? Its link stops working for everyone, for good.")) return;
    try {
      await Hindsight.api("POST", "/api/excerpts/" + current.id + "/revoke");
      show(await Hindsight.api("GET", "/api/excerpts/" + current.id));
      await list();
    } catch (e) { fail(e); }
  });

  async function list() {
    const all = await Hindsight.api("GET", "/api/recordings/" + recordingId + "/excerpts");
    document.getElementById("ex-list").replaceChildren(...all.map((e) => {
      const li = document.createElement("li");
      li.dataset.id = e.id;
      const open = document.createElement("button");
      open.type = "button";
      open.className = "link";
      open.textContent = e.title;
      open.addEventListener("click", async () => {
        try { show(await Hindsight.api("GET", "/api/excerpts/" + e.id)); } catch (err) { fail(err); }
      });
      const state = document.createElement("span");
      state.className = "badge ex-status-" + e.status;
      state.textContent = e.status + (e.status === "published" ? " · " + e.views + " views" : "");
      li.append(open, " ", state);
      if (e.url) {
        const a = document.createElement("a");
        a.href = e.url;
        a.rel = "noreferrer";
        a.textContent = " link";
        li.append(a);
      }
      return li;
    }));
  }

  list().catch(fail);
});
