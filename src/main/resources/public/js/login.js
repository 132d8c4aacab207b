"use strict";

/**
 * Where to go after signing in: the "next" page if it is on this site, else the home page. The URL
 * is resolved as the browser itself would, so "/\\evil.example" or "/<tab>/evil.example", which
 * look like paths but lead elsewhere, are caught.
 */
function sameSiteTarget(next) {
  if (!next) return "/";
  try {
    const url = new URL(next, location.origin);
    if (url.origin === location.origin) return url.pathname + url.search + url.hash;
  } catch (e) {
    // not a URL at all: go home
  }
  return "/";
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("login-form");
  const error = document.getElementById("login-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const missing = [form.username.value.trim() ? null : "user name", form.password.value ? null : "password"].filter(Boolean);
    if (missing.length) {
      error.textContent = "Enter your " + missing.join(" and ") + ".";
      (form.username.value.trim() ? form.password : form.username).focus();
      return;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await Hindsight.api("POST", "/api/login", {
        username: form.username.value.trim(),
        password: form.password.value,
      });
      location.href = sameSiteTarget(new URLSearchParams(location.search).get("next"));
    } catch (e) {
      error.textContent = e.message;
      form.password.select();
      button.disabled = false;
    }
  });
});
