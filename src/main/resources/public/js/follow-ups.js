// Follow-ups: a checklist of what was promised, on a recording page (that session's, with an add
// form at the player's moment and the talk balance) or on the home page (the pair's, across
// sessions). Text is always set as text: follow-ups are what people said or typed.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const section = document.getElementById("follow-ups");
  if (!section) return;
  const recording = section.dataset.recording || null;
  const list = document.getElementById("fu-list");
  const dismissed = document.getElementById("fu-dismissed");
  const dismissedList = document.getElementById("fu-dismissed-list");
  const empty = document.getElementById("fu-empty");
  const error = document.getElementById("fu-error");
  const player = document.getElementById("player");
  const url = recording ? "/api/recordings/" + recording + "/follow-ups" : "/api/follow-ups";
  const RECENT_DAYS = 14;

  function show(message) { error.textContent = message || ""; }

  async function change(item, body) {
    show("");
    try { await Hindsight.api("PATCH", "/api/follow-ups/" + item.id, body); await load(); }
    catch (e) { show(e.message); }
  }

  function day(iso) {
    return new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short" });
  }

  function moment(item) {
    if (recording && player) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "ts";
      b.textContent = Hindsight.clock(item.atSeconds);
      b.setAttribute("aria-label", "Play from " + Hindsight.clock(item.atSeconds));
      b.addEventListener("click", () => { player.currentTime = item.atSeconds; player.play().catch(() => {}); });
      return b;
    }
    const a = document.createElement("a");
    a.href = "/recordings/" + encodeURIComponent(item.recordingId) + "?t=" + item.atSeconds;
    a.textContent = item.recordingTitle + " · " + Hindsight.clock(item.atSeconds);
    return a;
  }

  /** The words, as a button that turns into a field: Enter saves, Escape cancels. */
  function words(item) {
    const text = document.createElement("button");
    text.type = "button";
    text.className = "link fu-text";
    text.textContent = item.text;
    text.title = "Edit";
    text.addEventListener("click", () => {
      const field = document.createElement("input");
      field.value = item.text;
      field.maxLength = 500;
      field.className = "fu-edit";
      field.setAttribute("aria-label", "Edit the follow-up; Enter saves, Escape cancels");
      field.addEventListener("keydown", (e) => {
        if (e.key === "Enter") { e.preventDefault(); if (field.value.trim() !== item.text) change(item, { text: field.value }); else load(); }
        if (e.key === "Escape") { e.preventDefault(); load(); }
      });
      text.replaceWith(field);
      field.focus();
    });
    return text;
  }

  function entry(item) {
    const li = document.createElement("li");
    li.className = "fu" + (item.done ? " done" : "");
    li.dataset.id = item.id;
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = item.done;
    box.id = "fu-" + item.id;
    box.setAttribute("aria-label", (item.done ? "Done: " : "Mark done: ") + item.text);
    box.addEventListener("change", () => change(item, { done: box.checked }));
    const meta = document.createElement("p");
    meta.className = "meta";
    const parts = [];
    if (item.owner) parts.push(item.owner);
    if (item.due) parts.push(item.due);
    if (item.done) parts.push("ticked by " + item.doneBy + " on " + day(item.doneAt));
    else parts.push(item.source === "detected" ? "heard in the session" : "added by " + item.createdBy);
    meta.append(moment(item), document.createTextNode(" · " + parts.join(" · ")));
    const body = document.createElement("div");
    body.append(item.dismissed ? document.createTextNode(item.text) : words(item), meta);
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "link";
    toggle.textContent = item.dismissed ? "Restore" : "Dismiss";
    toggle.setAttribute("aria-label", (item.dismissed ? "Restore: " : "Not a follow-up: ") + item.text);
    toggle.addEventListener("click", () => change(item, { dismissed: !item.dismissed }));
    if (item.dismissed) li.append(body, toggle);
    else li.append(box, body, toggle);
    return li;
  }

  /** On the home page, ticked ones stay a while so a mistaken tick can be undone. */
  function shown(item) {
    if (recording || !item.done) return true;
    return Date.now() - new Date(item.doneAt).getTime() < RECENT_DAYS * 86400e3;
  }

  async function load() {
    try {
      const items = await Hindsight.api("GET", url);
      const active = items.filter((i) => !i.dismissed && shown(i));
      const gone = items.filter((i) => i.dismissed);
      list.replaceChildren(...active.map(entry));
      dismissedList.replaceChildren(...gone.map(entry));
      dismissed.hidden = gone.length === 0;
      dismissed.querySelector("summary").textContent = "Dismissed (" + gone.length + ")";
      empty.hidden = active.length > 0;
    } catch (e) { show(e.message); }
  }

  async function balance() {
    const reading = document.getElementById("balance-reading");
    if (!reading) return;
    try {
      const b = await Hindsight.api("GET", "/api/recordings/" + recording + "/insights");
      reading.textContent = b.reading;
      const table = document.getElementById("balance-table");
      table.tBodies[0].replaceChildren(...b.speakers.map((s) => {
        const tr = document.createElement("tr");
        for (const value of [s.name, Math.round(s.share * 100) + "%", Hindsight.clock(s.longestStretchSeconds), String(s.questions)]) {
          const td = document.createElement("td");
          td.textContent = value;
          tr.append(td);
        }
        return tr;
      }));
      table.hidden = b.speakers.length === 0;
    } catch (e) { reading.textContent = e.message; }
  }

  const form = document.getElementById("fu-form");
  if (form && player) {
    const time = document.getElementById("fu-time");
    player.addEventListener("timeupdate", () => { time.textContent = Hindsight.clock(player.currentTime); });
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      show("");
      try {
        await Hindsight.api("POST", url, {
          atSeconds: Math.round(player.currentTime * 100) / 100,
          text: form.elements.text.value,
          owner: form.elements.owner.value,
        });
        form.reset();
        await load();
      } catch (err) { show(err.message); }
    });
  }
  load();
  if (recording) balance();
});
