// The pair's "our words" on the agreement page: add entries (several at once, comma-separated)
// and remove them. Each change saves the whole list; the list shown is always what was saved.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const section = document.getElementById("vocabulary");
  if (!section) return;
  const list = document.getElementById("vocabulary-list");
  const empty = document.getElementById("vocabulary-empty");
  const form = document.getElementById("vocabulary-form");
  const input = document.getElementById("vocabulary-word");
  const status = document.getElementById("vocabulary-status");

  const current = () => [...list.querySelectorAll(".vocab-word")].map((s) => s.textContent);
  const quoted = (words) => words.map((w) => "“" + w + "”").join(", ");

  function item(word) {
    const li = document.createElement("li");
    const text = document.createElement("span");
    text.className = "vocab-word";
    text.textContent = word; // text, never HTML: the words are the pair's input
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "remove-word";
    remove.dataset.word = word;
    remove.title = "Remove";
    remove.setAttribute("aria-label", "Remove " + word);
    remove.textContent = "×";
    li.append(text, remove);
    return li;
  }

  function render(words) {
    list.replaceChildren(...words.map(item));
    empty.hidden = words.length > 0;
  }

  async function save(words, said) {
    try {
      const saved = await Hindsight.api("PUT", "/api/agreement/vocabulary", { words });
      render(saved.words);
      status.textContent = said;
      return true;
    } catch (e) {
      status.textContent = e.message;
      return false;
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const have = new Set(current().map((w) => w.toLowerCase()));
    const typed = input.value.split(",").map((w) => w.trim().replace(/\s+/g, " ")).filter((w) => w);
    const added = typed.filter((w, i) => !have.has(w.toLowerCase())
      && typed.findIndex((o) => o.toLowerCase() === w.toLowerCase()) === i);
    if (!typed.length) { status.textContent = "Type a word first."; input.focus(); return; }
    if (!added.length) { status.textContent = quoted(typed) + (typed.length > 1 ? " are" : " is") + " already in the list."; return; }
    if (await save([...current(), ...added], "Added " + quoted(added) + ".")) input.value = "";
    input.focus();
  });

  list.addEventListener("click", async (event) => {
    const button = event.target.closest(".remove-word");
    if (!button) return;
    const word = button.dataset.word;
    const words = current();
    const at = words.indexOf(word);
    if (!(await save(words.filter((w) => w !== word), "Removed “" + word + "”."))) return;
    // Keep the keyboard where it was: on the next entry's remove button, else the input.
    const buttons = list.querySelectorAll(".remove-word");
    (buttons[Math.min(at, buttons.length - 1)] || input).focus();
  });
});
