// The recordings list: recordings still being processed update themselves until ready.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const pending = () => document.querySelectorAll('.card[data-status="queued"], .card[data-status="processing"]');
  async function refresh() {
    for (const card of pending()) {
      try {
        const r = await Hindsight.api("GET", "/api/recordings/" + card.dataset.id);
        card.dataset.status = r.status;
        const badge = card.querySelector(".badge");
        badge.textContent = r.status;
        badge.className = "badge status-" + r.status;
        const bar = card.querySelector("progress");
        const stage = card.querySelector(".stage");
        if (r.status === "ready" || r.status === "failed") {
          const block = card.querySelector(".progress");
          if (block) block.remove();
          if (r.status === "failed") {
            const p = document.createElement("p");
            p.className = "error";
            p.textContent = Hindsight.sentence(r.error || "processing failed");
            card.appendChild(p);
          }
        } else if (bar) {
          bar.value = r.progress.percent;
          stage.textContent = Hindsight.progressText(r.progress);
        }
      } catch (e) { /* try again on the next round */ }
    }
    if (pending().length) setTimeout(refresh, 1500);
  }
  if (pending().length) setTimeout(refresh, 1000);
});
