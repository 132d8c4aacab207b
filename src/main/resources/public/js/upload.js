// The upload page: drag and drop or pick a file, upload with a byte progress bar (XHR reports
// upload progress; fetch does not), then follow processing until the recording is ready.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("media");
  const zone = document.getElementById("dropzone");
  const chosen = document.getElementById("chosen");
  const error = document.getElementById("upload-error");
  const button = document.getElementById("upload-button");
  const maxBytes = Number(form.dataset.maxBytes);
  // One file, or one per participant (each then labels its speaker by its name).
  let files = [];
  let file = null;
  const total = () => files.reduce((sum, f) => sum + f.size, 0);

  function choose(list) {
    files = Array.from(list || []);
    file = files[0] || null;
    chosen.textContent = files.map((f) => f.name + " · " + Hindsight.bytes(f.size)).join(", ");
    const title = document.getElementById("title");
    if (file && !title.value) title.value = file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
    error.textContent = "";
  }

  input.addEventListener("change", () => choose(input.files));
  ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (e) => {
    e.preventDefault();
    zone.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, (e) => {
    e.preventDefault();
    zone.classList.remove("over");
  }));
  zone.addEventListener("drop", (e) => {
    if (e.dataTransfer.files.length) choose(e.dataTransfer.files);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    error.textContent = "";
    if (!file) { error.textContent = "Choose a recording to upload first."; return; }
    if (files.some((f) => f.size === 0)) { error.textContent = "This file is empty: choose the recording itself."; return; }
    if (total() > maxBytes) {
      error.textContent = (files.length > 1 ? "These files are " : "This file is ") + Hindsight.bytes(total()) + ": uploads may be at most " + form.dataset.maxLabel + ".";
      return;
    }
    if (!form.consentConfirmed.checked) {
      error.textContent = "Confirm that both of you took part knowingly and agreed to this recording.";
      form.consentConfirmed.focus();
      return;
    }
    send();
  });

  function send() {
    const data = new FormData();
    data.append("title", form.title.value.trim());
    data.append("recordedAt", form.recordedAt.value);
    data.append("consentConfirmed", "true");
    files.forEach((f) => data.append("media", f, f.name));
    const step = document.getElementById("upload-step");
    const bar = document.getElementById("upload-bar");
    const detail = document.getElementById("upload-bytes");
    step.hidden = false;
    button.disabled = true;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/recordings");
    xhr.setRequestHeader("X-CSRF-Token", Hindsight.csrf);
    xhr.setRequestHeader("Accept", "application/json");
    // A file that streams is transcribed while it arrives: say how far that has come.
    let heard = "";
    const poll = setInterval(async () => {
      try {
        const r = await fetch("/api/uploads", { headers: { Accept: "application/json" } });
        const mine = (r.ok ? await r.json() : []).find((u) => u.transcribing);
        heard = mine ? " · " + Math.floor(mine.secondsTranscribed) + " s of audio transcribed" : "";
      } catch (e) { /* the next poll tries again */ }
    }, 2000);
    xhr.addEventListener("loadend", () => clearInterval(poll));
    xhr.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      bar.value = Math.floor((e.loaded / e.total) * 100);
      detail.textContent = Hindsight.bytes(e.loaded) + " of " + Hindsight.bytes(e.total) + heard;
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 202) {
        bar.value = 100;
        detail.textContent = "Uploaded " + Hindsight.bytes(total());
        follow(body.id);
      } else {
        fail(body && body.details ? Hindsight.sentence(body.details) : "The upload failed (" + xhr.status + ").");
      }
    });
    xhr.addEventListener("error", () => fail("The upload was cut off. Check the connection and try again."));
    xhr.send(data);
  }

  function fail(message) {
    error.textContent = message;
    button.disabled = false;
    document.getElementById("upload-step").hidden = true;
  }

  async function follow(id) {
    const step = document.getElementById("process-step");
    const bar = document.getElementById("process-bar");
    const detail = document.getElementById("process-detail");
    step.hidden = false;
    detail.textContent = "Waiting in line";
    for (;;) {
      let r;
      try { r = await Hindsight.api("GET", "/api/recordings/" + id); } catch (e) { r = null; }
      if (r) {
        bar.value = r.progress.percent;
        detail.textContent = Hindsight.progressText(r.progress);
        if (r.status === "ready") {
          const done = document.getElementById("upload-done");
          done.hidden = false;
          done.innerHTML = "";
          done.append("Ready. ");
          const link = document.createElement("a");
          link.href = "/recordings/" + id;
          link.id = "open-recording";
          link.textContent = "Open the recording";
          const another = document.createElement("a");
          another.href = "/upload";
          another.id = "upload-another";
          another.className = "button";
          another.textContent = "Upload another";
          done.append(link, " ", another);
          link.focus();
          return;
        }
        if (r.status === "failed") {
          error.textContent = Hindsight.sentence(r.error || "processing failed");
          button.disabled = false;
          return;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
});
