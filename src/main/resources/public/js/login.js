"use strict";
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
      const next = new URLSearchParams(location.search).get("next");
      // Only a path on this site: never follow a link elsewhere.
      location.href = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
    } catch (e) {
      error.textContent = e.message;
      form.password.select();
      button.disabled = false;
    }
  });
});
