"use strict";
// Excerpts: draft a range, mark words to hide and save them as one version, approve, publish,
// revoke. Every saved change goes through the API, which answers the new version; the page shows
// what it answered, plus the clicks not saved yet.
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
  const saveButton = document.getElementById("ex-save-redactions");
  const discardButton = document.getElementById("ex-discard-redactions");
  let current = null;
  // Clicked words not saved yet: word index → hidden once saved. One save makes one version, so
  // marking ten words costs one round of approvals, not ten.
  const pending = new Map();
  let me = null; // the signed-in member's user name, to tell their own approval apart

  Hindsight.api("GET", "/api/me").then((answer) => {
    me = answer.user.username;
    if (current) actions();
  }).catch(() => {});

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
      form.reset(); // the draft is made: the editor below holds it now
      await list();
    } catch (e) { fail(e); }
  });

  async function change(body) {
    try { show(await Hindsight.api("PATCH", "/api/excerpts/" + current.id, body)); await list(); }
    catch (e) { fail(e); }
  }

  const hidden = (w) => (pending.has(w.i) ? pending.get(w.i) : w.redacted);

  function paint(b, w) {
    b.className = "rw" + (hidden(w) ? " redacted" : "") + (w.suggested ? " suggested" : "")
      + (pending.has(w.i) ? " unsaved" : "");
    b.setAttribute("aria-pressed", String(hidden(w)));
    b.title = (hidden(w) ? "Hidden; click to show it" : "Click to hide it") + (pending.has(w.i) ? " (not saved yet)" : "");
  }

  function toggle(b, w) {
    const hide = !hidden(w);
    if (hide === w.redacted) pending.delete(w.i); else pending.set(w.i, hide);
    paint(b, w);
    actions();
  }

  function pendingBody() {
    const body = { redactIndexes: [], unredactIndexes: [] };
    pending.forEach((hide, i) => (hide ? body.redactIndexes : body.unredactIndexes).push(i));
    return body;
  }

  /** Enables what can be done now: saving unsaved clicks first, then approving, then publishing. */
  function actions() {
    const draft = current.status === "draft";
    const unsaved = pending.size;
    // Only a draft takes changes: a published or revoked excerpt shows its words, nothing to do.
    document.getElementById("ex-redaction-actions").hidden = !draft;
    document.getElementById("ex-redaction-hint").hidden = !draft;
    saveButton.disabled = !draft || !unsaved;
    discardButton.disabled = !draft || !unsaved;
    document.getElementById("ex-pending").textContent = unsaved
      ? Hindsight.count(unsaved, "unsaved change") + ": save to make version " + (current.version + 1) : "";
    const approve = document.getElementById("ex-approve");
    const mine = (current.approvals || []).some((a) => a.username === me);
    approve.disabled = !draft || unsaved > 0 || mine;
    approve.textContent = mine ? "You approved this version" : "Approve this version";
    const blocked = current.publishBlocked;
    document.getElementById("ex-publish").disabled = !draft || unsaved > 0 || !!blocked;
    const why = document.getElementById("ex-publish-why");
    why.replaceChildren();
    if (!draft) return;
    if (unsaved) { why.textContent = "Save or discard your changes before approving or publishing."; return; }
    if (!blocked) return;
    why.append("Publish is not possible yet: " + blocked.reason + ".");
    if (blocked.byAgreement) {
      const a = document.createElement("a");
      a.href = "/agreement";
      a.id = "ex-agreement-link";
      a.textContent = "Open the agreement";
      why.append(" ", a);
    }
  }

  saveButton.addEventListener("click", () => change(pendingBody()));
  discardButton.addEventListener("click", () => show(current));
  window.addEventListener("beforeunload", (event) => { if (pending.size) event.preventDefault(); });

  function show(excerpt) {
    current = excerpt;
    editor.hidden = false;
    error.textContent = "";
    document.getElementById("ex-heading").textContent = excerpt.title + " (version " + excerpt.version + ")";
    pending.clear();
    const approvals = (excerpt.approvals || []).map((a) => a.name);
    document.getElementById("ex-state").textContent = excerpt.status
      + " · " + Hindsight.clock(excerpt.startSeconds) + "–" + Hindsight.clock(excerpt.endSeconds)
      + " · approved by " + (approvals.length ? approvals.join(" and ") : "nobody yet")
      + (excerpt.status === "published" && excerpt.expiresAt
        ? " · the link works until " + new Date(excerpt.expiresAt).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" })
        : "");
    const draft = excerpt.status === "draft";
    wordsBox.replaceChildren(...(excerpt.words || []).map((w) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = w.word;
      b.dataset.i = w.i;
      b.disabled = !draft;
      paint(b, w);
      b.addEventListener("click", () => toggle(b, w));
      return b;
    }));
    document.getElementById("ex-text").textContent = excerpt.redactedText || "";
    panel.querySelectorAll("input[name=ex-cover]").forEach((r) => {
      r.checked = (r.value === "bleep") === excerpt.bleep;
      r.disabled = !draft;
    });
    actions();
    document.getElementById("ex-revoke").disabled = excerpt.status === "revoked";
    document.getElementById("ex-preview-button").disabled = excerpt.status === "revoked";
    // A preview someone opened stays open through approvals; it follows the version it shows.
    if (excerpt.status === "revoked") {
      preview.hidden = true;
      preview.removeAttribute("src");
    } else if (!preview.hidden) {
      showPreview(excerpt);
    }
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
    const copy = document.createElement("button");
    copy.type = "button";
    copy.id = "ex-copy-link";
    copy.textContent = "Copy link";
    copy.addEventListener("click", async () => {
      try { await navigator.clipboard.writeText(a.href); copy.textContent = "Copied"; }
      catch (e) { fail(new Error("Copying is not allowed here: select the link and copy it.")); }
    });
    box.append("Share link: ", a, " ", copy);
  }

  panel.querySelectorAll("input[name=ex-cover]").forEach((r) =>
    r.addEventListener("change", () => change({ ...pendingBody(), bleep: r.value === "bleep" })));

  /** Plays the clip of the excerpt's current version; an unchanged one keeps playing. */
  function showPreview(excerpt) {
    preview.hidden = false;
    const base = "/api/excerpts/" + excerpt.id + "/preview/";
    const clip = base + "clip?v=" + excerpt.version;
    if (preview.getAttribute("src") === clip) return;
    preview.src = clip;
    preview.replaceChildren();
    const track = document.createElement("track");
    Object.assign(track, { kind: "captions", srclang: "en", label: "Captions", default: true,
      src: base + "captions.vtt?v=" + excerpt.version });
    preview.append(track);
  }

  document.getElementById("ex-preview-button").addEventListener("click", () => showPreview(current));

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
        if (pending.size && !confirm("Discard your unsaved redactions?")) return;
        try { show(await Hindsight.api("GET", "/api/excerpts/" + e.id)); } catch (err) { fail(err); }
      });
      const state = document.createElement("span");
      state.className = "badge ex-status-" + e.status;
      state.textContent = e.status + (e.status === "published" ? " · " + Hindsight.count(e.views, "view") : "");
      li.append(open, " ", state);
      if (e.url) {
        const a = document.createElement("a");
        a.href = e.url;
        a.rel = "noreferrer";
        a.textContent = "link";
        li.append(" ", a);
      }
      return li;
    }));
  }

  list().catch(fail);
});
