"use strict";
// The administrator's people table and add form. A new password arrives in one answer only, so it
// is shown until the administrator presses Done, and only then does the page reload.
document.addEventListener("DOMContentLoaded", () => {
  const people = document.getElementById("people");
  if (!people) return;
  const error = document.getElementById("admin-error");
  const issued = document.getElementById("issued");
  const fail = (e) => { error.textContent = e.message; };

  function showPassword(answer) {
    error.textContent = "";
    document.getElementById("issued-user").textContent = answer.name + " (" + answer.username + ")";
    document.getElementById("issued-password").textContent = answer.password;
    issued.hidden = false;
    // One password at a time: nothing else can be done until it is copied and Done is pressed,
    // so a second one can never replace the first unseen.
    document.querySelectorAll("#people button, #add-button").forEach((b) => { b.disabled = true; });
    document.getElementById("issued-done").focus();
  }

  document.getElementById("issued-copy").addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(document.getElementById("issued-password").textContent); }
    catch (e) { fail(new Error("Copying is not allowed here: select the password and copy it.")); }
  });
  document.getElementById("issued-done").addEventListener("click", () => location.reload());

  const confirmations = {
    disable: (u) => "Disable " + u + "? They are signed out and cannot sign in until enabled again.",
    remove: (u) => "Remove " + u + " for good? They are signed out, cannot sign in again, and no longer count as a member of their pair.",
    password: (u) => "Make a new password for " + u + "? Their old one stops working and they are signed out.",
  };

  people.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const username = button.closest("tr").dataset.username;
    const action = button.dataset.action;
    const ask = confirmations[action];
    if (ask && !confirm(ask(username))) return;
    const url = "/api/admin/users/" + encodeURIComponent(username);
    try {
      if (action === "password") { showPassword(await Hindsight.api("POST", url + "/password")); return; }
      if (action === "remove") await Hindsight.api("DELETE", url);
      else await Hindsight.api("POST", url + "/" + action);
      location.reload();
    } catch (e) { fail(e); }
  });

  const form = document.getElementById("add-user");
  const field = (id) => document.getElementById(id).value;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      showPassword(await Hindsight.api("POST", "/api/admin/users", {
        username: field("add-username").trim(), name: field("add-name"), role: field("add-role"), pair: field("add-pair").trim(),
      }));
      form.reset();
    } catch (e) { fail(e); }
  });
});
