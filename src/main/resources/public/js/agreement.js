// The agreement page: sign the shown terms, or changed terms as a new version; withdraw.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("agreement-form");
  const error = document.getElementById("agreement-error");
  const sign = document.getElementById("sign");
  const withdraw = document.getElementById("withdraw");
  const saved = form.dataset;

  function terms() {
    return {
      record: form.record.checked,
      searchable: form.searchable.checked,
      shareExcerpts: form.shareExcerpts.checked,
      retentionDays: Number(form.retentionDays.value || 0),
      rememberVoices: form.rememberVoices.checked,
      engagement: {
        cadenceDays: form.cadenceDays.value ? Number(form.cadenceDays.value) : null,
        media: form.media.value, replyTime: form.replyTime.value, timeLimits: form.timeLimits.value,
      },
    };
  }

  /** The rules of engagement as signed are the fields' initial values. */
  function rulesChanged() {
    return ["cadenceDays", "media", "replyTime", "timeLimits"]
      .some((name) => form.elements[name].value.trim() !== form.elements[name].defaultValue.trim());
  }

  function changed() {
    const t = terms();
    return saved.version === "0" || String(t.record) !== saved.record || String(t.searchable) !== saved.searchable
      || String(t.shareExcerpts) !== saved.share || String(t.retentionDays) !== saved.retention
      || rulesChanged()
      || String(t.rememberVoices) !== saved.voices;
  }

  function label() {
    if (saved.version === "0") sign.textContent = "Sign these terms";
    else if (changed()) sign.textContent = "Propose and sign a new version";
    else if (saved.signed === "true") { sign.textContent = "You signed version " + saved.version; }
    else sign.textContent = "Sign version " + saved.version;
    sign.disabled = saved.version !== "0" && !changed() && saved.signed === "true";
  }

  form.addEventListener("input", label);
  form.addEventListener("change", label);
  label();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await Hindsight.api("POST", "/api/agreement", terms());
      location.reload();
    } catch (e) { error.textContent = e.message; }
  });

  if (withdraw) {
    withdraw.addEventListener("click", async () => {
      if (!confirm("Withdraw your consent? New uploads and sharing stop at once for both of you.")) return;
      try {
        await Hindsight.api("POST", "/api/agreement/withdraw");
        location.reload();
      } catch (e) { error.textContent = e.message; }
    });
  }
});

// The pair's "always redact" list: one word or phrase a line.
document.addEventListener("DOMContentLoaded", () => {
  wireExcerptLength();
  const form = document.getElementById("redact-form");
  if (!form) return;
  const status = document.getElementById("redact-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const words = form.words.value.split("\n").map((w) => w.trim()).filter((w) => w);
    try {
      const saved = await Hindsight.api("PUT", "/api/agreement/redact-words", { words });
      form.words.value = saved.words.join("\n");
      status.textContent = "Saved: " + Hindsight.count(saved.words.length, "entry", "entries") + ".";
    } catch (e) { status.textContent = e.message; }
  });
});

/** The pair's longest excerpt, in minutes on the page and seconds in the API. */
function wireExcerptLength() {
  const form = document.getElementById("length-form");
  if (!form) return;
  const status = document.getElementById("length-status");
  const show = (saved) => { form.minutes.value = saved.maxSeconds / 60; };
  Hindsight.api("GET", "/api/agreement/excerpt-length").then(show).catch((e) => { status.textContent = e.message; });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const saved = await Hindsight.api("PUT", "/api/agreement/excerpt-length", { maxSeconds: Math.round(Number(form.minutes.value) * 60) });
      show(saved);
      status.textContent = "Saved: excerpts may last up to " + Hindsight.count(saved.maxSeconds / 60, "minute") + ".";
    } catch (e) { status.textContent = e.message; }
  });
}
