// Shared helpers for every page: API calls with the CSRF token, time formatting, sign-out.
"use strict";
window.Hindsight = (() => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.content : null;

  /** Calls the JSON API; resolves with the parsed body, rejects with an Error carrying details. */
  async function api(method, url, body) {
    const headers = { Accept: "application/json" };
    if (csrf) headers["X-CSRF-Token"] = csrf;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return null;
    const data = await response.json().catch(() => null);
    if (!response.ok) throw apiError(response.status, data);
    return data;
  }

  function apiError(status, data) {
    const error = new Error(data && data.details ? sentence(data.details) : "Something went wrong (" + status + ").");
    error.status = status;
    return error;
  }

  function sentence(text) {
    const t = String(text).replace(/\.$/, "");
    return t.charAt(0).toUpperCase() + t.slice(1) + ".";
  }

  /** 75.4 → "1:15"; 3723 → "1:02:03". */
  function clock(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const pad = (n) => String(n).padStart(2, "0");
    return s >= 3600
      ? Math.floor(s / 3600) + ":" + pad(Math.floor(s / 60) % 60) + ":" + pad(s % 60)
      : Math.floor(s / 60) + ":" + pad(s % 60);
  }

  /** 1 → "1 view", 2 → "2 views"; {@code plural} for words that do not just add an s. */
  function count(n, singular, plural) {
    return n + " " + (n === 1 ? singular : plural || singular + "s");
  }

  function bytes(n) {
    if (n >= 1 << 30) return (n / (1 << 30)).toFixed(2) + " GB";
    if (n >= 1 << 20) return (n / (1 << 20)).toFixed(1) + " MB";
    if (n >= 1 << 10) return (n / (1 << 10)).toFixed(0) + " kB";
    return n + " bytes";
  }

  /** A processing progress object as words: "transcribe 42% · about 12 s left". */
  function progressText(p) {
    if (!p) return "";
    const names = { queued: "Waiting in line", probe: "Reading the file", extract: "Extracting audio",
      transcribe: "Transcribing", index: "Indexing", done: "Done", failed: "Failed" };
    let text = (names[p.stage] || p.stage) + " " + p.percent + "%";
    if (p.secondsLeft) text += " · about " + clock(p.secondsLeft) + " left";
    return text;
  }

  document.addEventListener("DOMContentLoaded", () => {
    // The phone header's menu; CSP allows no inline script, so it is wired here.
    const menuButton = document.getElementById("menu-button");
    const menu = document.getElementById("menu");
    if (menuButton && menu) {
      const show = (open) => { menu.classList.toggle("open", open); menuButton.setAttribute("aria-expanded", String(open)); };
      menuButton.addEventListener("click", () => show(!menu.classList.contains("open")));
      document.addEventListener("keydown", (e) => { if (e.key === "Escape" && menu.classList.contains("open")) { show(false); menuButton.focus(); } });
      document.addEventListener("click", (e) => { if (!e.target.closest(".top")) show(false); });
    }
    const logout = document.getElementById("logout");
    if (logout) {
      logout.addEventListener("click", async () => {
        try { await api("POST", "/api/logout"); } finally { location.href = "/login"; }
      });
    }
  });

  return { api, clock, bytes, count, csrf, progressText, sentence };
})();
