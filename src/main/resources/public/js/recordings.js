// The recordings list: filter by title, sort by date; recordings still being processed update
// themselves until ready.
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

  const list = document.getElementById("recordings");
  const filter = document.getElementById("filter");
  const sort = document.getElementById("sort");
  if (!list || !filter) return;
  const cards = Array.from(list.children);
  function apply() {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const card of cards) {
      const match = card.querySelector(".title").textContent.toLowerCase().includes(q);
      card.hidden = !match;
      if (match) shown++;
    }
    const newest = sort.value === "newest";
    // Stable: sessions of the same day keep the server's order (newest upload first).
    const sorted = cards.map((c, i) => [c, i]).sort(([a, i], [b, j]) => {
      const order = a.dataset.date.localeCompare(b.dataset.date);
      return (newest ? -order : order) || (newest ? i - j : j - i);
    });
    list.replaceChildren(...sorted.map(([c]) => c));
    document.getElementById("filter-count").textContent =
      q ? shown + " of " + cards.length + (cards.length === 1 ? " recording" : " recordings") : "";
  }
  filter.addEventListener("input", apply);
  sort.addEventListener("change", apply);
});
