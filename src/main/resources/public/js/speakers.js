// The speakers panel: rename a speaker (typed, or one click on a member's name), then show the
// renamed transcript and captions by loading the page again.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const panel = document.getElementById("speakers");
  if (!panel) return;
  const error = document.getElementById("speakers-error");

  async function rename(form, name) {
    const from = form.dataset.speaker;
    const to = name.trim();
    if (!to || to === from) return;
    error.textContent = "";
    form.querySelectorAll("button").forEach((b) => { b.disabled = true; });
    try {
      await Hindsight.api("PUT", "/api/recordings/" + panel.dataset.id + "/speakers", { [from]: to });
      location.reload();
    } catch (e) {
      error.textContent = e.message;
      form.querySelectorAll("button").forEach((b) => { b.disabled = false; });
    }
  }

  panel.querySelectorAll("form.rename-speaker").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      rename(form, form.elements.name.value);
    });
    form.querySelectorAll("button.name-as").forEach((button) => {
      button.addEventListener("click", () => rename(form, button.dataset.name));
    });
  });
});
