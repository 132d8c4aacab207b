// Corrections on the recording page: a line edited in place (Enter saves, Escape cancels), find and
// replace with the count shown first, undo, the recognized original and who changed what. Every
// save names the version it was made on; when the partner saved first (409) the page shows their
// text and keeps the member's, so nothing is lost. After a save the lines come again from the
// server's page (one renderer for the text) and the captions track is reloaded.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const page = document.getElementById("recording");
  const panel = document.getElementById("corrections");
  if (!page || !panel) return;
  const api = "/api/recordings/" + page.dataset.id + "/transcript";
  const list = document.getElementById("transcript");
  const player = document.getElementById("player");
  const status = document.getElementById("edit-status");
  const error = document.getElementById("edit-error");
  const undoButton = document.getElementById("undo");
  const originalButton = document.getElementById("show-original");
  const original = document.getElementById("original");
  let transcript = null; // the latest version this page knows: every save is made on it
  let history = [];
  let open = null; // the line being edited: {li, editor, segment, stored, removing}

  const lines = () => Array.from(list.querySelectorAll(".seg"));
  const clone = (id) => document.getElementById(id).content.firstElementChild.cloneNode(true);
  const say = (text) => { status.textContent = text; error.textContent = ""; };
  const fail = (e) => { error.textContent = e.message; };

  // Each line gets an edit button (for the mouse; the keyboard uses E) and its corrected words
  // are marked: the words of a segment come in the same order as the page renders them.
  function decorate() {
    lines().forEach((li, i) => {
      const b = clone("edit-line-button");
      b.setAttribute("aria-label", "Edit the line at " + li.querySelector(".ts").textContent);
      li.appendChild(b);
      const segment = transcript && transcript.segments[i];
      const edited = segment ? wordsOf(segment).map((w) => w.edited === true) : [];
      const spans = li.querySelectorAll(".w");
      if (spans.length !== edited.length) return;
      spans.forEach((span, k) => {
        if (edited[k]) { span.classList.add("edited"); span.title = "Corrected by a member"; }
      });
    });
  }

  function wordsOf(segment) {
    return transcript.words.filter((w) => w.start >= segment.start - 1e-6 && w.end <= segment.end + 1e-6
      && (w.speaker || null) === (segment.speaker || null));
  }

  async function load() {
    transcript = await Hindsight.api("GET", api);
    decorate();
    await loadHistory();
  }

  /** Shows a new latest version: the lines from the server's page, the captions, the history. */
  async function show(latest) {
    // A line being typed in stays open, with its text, on the same moment of the new version.
    const typing = open && { segment: transcript.segments[open.segment], text: open.editor.querySelector("textarea").value };
    close(false);
    transcript = latest;
    const response = await fetch(location.pathname, { credentials: "same-origin" });
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("transcript");
    if (fresh) list.replaceChildren(...Array.from(fresh.childNodes).map((n) => document.importNode(n, true)));
    decorate();
    if (typing) {
      const li = lines()[overlapping(latest, typing.segment)];
      if (li) edit(li, typing.text);
    }
    reloadCaptions(latest.version);
    document.dispatchEvent(new CustomEvent("hindsight:transcript"));
    if (!original.hidden) await showOriginal();
    await loadHistory();
  }

  // A new track element with a new address: a track never reloads a source it has read.
  function reloadCaptions(version) {
    const old = player.querySelector("track");
    if (!old) return;
    const mode = old.track.mode;
    const track = old.cloneNode(false);
    track.src = api.replace(/transcript$/, "captions.vtt") + "?v=" + version;
    old.replaceWith(track);
    track.track.mode = mode;
  }

  async function loadHistory() {
    history = await Hindsight.api("GET", api + "/history");
    const items = history.slice().reverse().map((v) => {
      const li = clone("history-item");
      li.querySelector(".version").textContent = "Version " + v.version;
      li.querySelector(".author").textContent = v.author || "Speech recognition";
      const at = li.querySelector(".at");
      at.dateTime = v.at;
      at.textContent = new Date(v.at).toLocaleString();
      li.querySelector(".summary").textContent = v.summary;
      return li;
    });
    document.getElementById("history").replaceChildren(...items);
    const last = history[history.length - 1];
    // Nothing to undo once the text in effect is the recognized one again.
    undoButton.disabled = !last || (last.restores != null ? last.restores : last.version) === 1;
    undoButton.title = undoButton.disabled ? "Nothing to undo: this is the recognized text" : "Undo: " + last.summary;
  }

  /** The latest version and who saved it, after a 409: the page shows it, the member redoes. */
  async function partnerFirst() {
    const latest = await Hindsight.api("GET", api);
    await show(latest);
    const last = history[history.length - 1];
    return { latest, who: (last && last.author) || "Your partner", summary: last ? last.summary : "" };
  }

  // Editing a line
  function edit(li, text, conflict) {
    if (!transcript) return;
    if (open) close(false);
    const segment = lines().indexOf(li);
    if (segment < 0 || !transcript.segments[segment]) return;
    const editor = clone("line-editor");
    const box = editor.querySelector("textarea");
    const stored = transcript.segments[segment].text;
    box.value = text != null ? text : stored;
    const ts = li.querySelector(".ts");
    box.setAttribute("aria-label", "Text of the line at " + (ts ? ts.textContent : segment)
      + ". Enter saves, Escape cancels.");
    if (conflict) {
      const c = editor.querySelector(".conflict");
      c.hidden = false;
      c.querySelector(".conflict-what").textContent = conflict.who + " saved version " + conflict.version
        + " first (" + conflict.summary + "). Nothing is lost: your text is in the box."
        + " Press Enter to save it on their version, or Escape to keep theirs.";
      c.querySelector(".theirs").textContent = stored;
      c.querySelector(".yours").textContent = box.value;
    }
    li.querySelector(".words").hidden = true;
    li.classList.add("editing");
    li.appendChild(editor);
    open = { li, editor, segment, stored, removing: false };
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }

  function close(refocus) {
    if (!open) return;
    const { li, editor } = open;
    editor.remove();
    li.classList.remove("editing");
    li.querySelector(".words").hidden = false;
    open = null;
    const ts = li.querySelector(".ts");
    if (refocus && ts) ts.focus();
  }

  async function save() {
    const current = open;
    const box = current.editor.querySelector("textarea");
    const lineError = current.editor.querySelector(".line-error");
    const text = box.value.replace(/\s+/g, " ").trim();
    if (text === current.stored) { close(true); return; }
    // A line's words have times: an empty one is removed, after a second Enter.
    if (!text && !current.removing) {
      current.removing = true;
      lineError.textContent = "A line needs words. Press Enter again to remove this line, or Escape to keep it.";
      return;
    }
    const edits = [text ? { segment: current.segment, text } : { segment: current.segment, delete: true }];
    const segment = transcript.segments[current.segment];
    box.disabled = true;
    try {
      const saved = await Hindsight.api("PATCH", api, { baseVersion: transcript.version, edits });
      const index = current.segment;
      close(false);
      await show(saved);
      say(text ? "Saved version " + saved.version + "." : "Removed the line (version " + saved.version + ").");
      const li = lines()[Math.min(index, lines().length - 1)];
      if (li && li.querySelector(".ts")) li.querySelector(".ts").focus();
    } catch (e) {
      if (e.status !== 409) { box.disabled = false; lineError.textContent = e.message; box.focus(); return; }
      close(false);
      const { latest, who, summary } = await partnerFirst();
      const li = lines()[overlapping(latest, segment)];
      if (li) edit(li, text, { who, summary, version: latest.version });
      else error.textContent = who + " saved version " + latest.version + " first and removed this line. Your text was: " + text;
    }
  }

  /** The segment of {@code latest} that shares the most time with {@code segment}. */
  function overlapping(latest, segment) {
    let best = -1;
    let most = -1;
    latest.segments.forEach((s, i) => {
      const shared = Math.min(s.end, segment.end) - Math.max(s.start, segment.start);
      if (shared > most) { most = shared; best = i; }
    });
    return most >= 0 ? best : -1;
  }

  list.addEventListener("keydown", (e) => {
    if (open && e.target.closest(".line-editor")) {
      if (e.isComposing) return; // Enter ends an input method's word, not the line
      if (e.key === "Enter") { e.preventDefault(); e.stopPropagation(); if (!e.target.disabled) save().catch(fail); }
      else if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); close(true); }
      return;
    }
    const li = e.target.closest(".seg");
    if (!li || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "e" || e.key === "E" || e.key === "F2") { e.preventDefault(); edit(li); }
  });
  list.addEventListener("click", (e) => {
    const button = e.target.closest(".edit-line");
    if (button) edit(button.closest(".seg"));
  });
  list.addEventListener("dblclick", (e) => {
    const words = e.target.closest(".words");
    if (words) edit(words.closest(".seg"));
  });

  // Find and replace: the count comes first, from the server, for what the form says now.
  const form = document.getElementById("replace-form");
  const count = document.getElementById("replace-count");
  const replaceButton = document.getElementById("replace-button");
  let matches = 0;
  let counting = null;
  async function recount() {
    const find = form.find.value.trim();
    matches = 0;
    replaceButton.disabled = true;
    replaceButton.textContent = "Replace all";
    if (!find) { count.textContent = ""; return; }
    const query = "?find=" + encodeURIComponent(find) + "&wholeWord=" + form.wholeWord.checked;
    const asked = form.find.value + "|" + form.wholeWord.checked;
    const answer = await Hindsight.api("GET", api + "/matches" + query);
    if (asked !== form.find.value + "|" + form.wholeWord.checked) return; // typed on since
    matches = answer.count;
    count.textContent = matches === 0 ? "No matches" : matches === 1 ? "1 match" : matches + " matches";
    replaceButton.disabled = matches === 0;
    replaceButton.textContent = matches > 0 ? "Replace all " + matches : "Replace all";
  }
  const later = () => { clearTimeout(counting); counting = setTimeout(() => recount().catch(fail), 200); };
  form.find.addEventListener("input", later);
  form.wholeWord.addEventListener("change", later);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearTimeout(counting);
    await recount().catch(fail);
    if (matches === 0) return;
    const replace = { find: form.find.value.trim(), with: form.with.value, wholeWord: form.wholeWord.checked };
    try {
      const saved = await Hindsight.api("PATCH", api, { baseVersion: transcript.version, replace });
      const replaced = matches;
      await show(saved);
      say("Replaced " + replaced + (replaced === 1 ? " match" : " matches") + " (version " + saved.version + ").");
      await recount();
    } catch (err) {
      if (err.status !== 409) { fail(err); return; }
      const { latest, who, summary } = await partnerFirst();
      await recount();
      error.textContent = who + " saved version " + latest.version + " first (" + summary + "), now on the page."
        + " Nothing was replaced; your replacement is still in the form: check the count and replace again.";
    }
  });

  undoButton.addEventListener("click", async () => {
    const last = history[history.length - 1];
    try {
      const saved = await Hindsight.api("POST", api + "/undo", { baseVersion: transcript.version });
      await show(saved);
      say("Undid " + (last ? "“" + last.summary + "”" : "the latest change") + " (version " + saved.version + ").");
    } catch (err) {
      if (err.status !== 409) { fail(err); return; }
      const { latest, who, summary } = await partnerFirst();
      error.textContent = who + " saved version " + latest.version + " first (" + summary + "), now on the page."
        + " Nothing was undone; press Undo again to undo their change.";
    }
  });

  async function showOriginal() {
    const first = await Hindsight.api("GET", api + "/versions/1");
    document.getElementById("original-list").replaceChildren(...first.segments.map((s) => {
      const li = clone("original-line");
      li.querySelector(".ts-text").textContent = Hindsight.clock(s.start);
      li.querySelector(".text").textContent = s.text;
      return li;
    }));
  }
  originalButton.addEventListener("click", async () => {
    const opening = original.hidden;
    try {
      if (opening) await showOriginal();
      original.hidden = !opening;
      originalButton.setAttribute("aria-expanded", String(opening));
      originalButton.textContent = opening ? "Hide original" : "Show original";
    } catch (e) { fail(e); }
  });

  // The pair's own words ("our words") are suggested as replacements, written as they spell them.
  Hindsight.api("GET", "/api/agreement/vocabulary").then((v) => {
    document.getElementById("our-words").replaceChildren(...v.words.map((word) => {
      const option = document.createElement("option");
      option.value = word;
      return option;
    }));
  }).catch(() => {}); // without suggestions, replacing still works

  load().catch(fail);
});
