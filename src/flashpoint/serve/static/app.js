// flashpoint workbench: small progressive enhancements. Report text is only ever put into
// the page with textContent, never innerHTML.
"use strict";

function focusItems(refs) {
  document.querySelectorAll(".card.focus").forEach((el) => el.classList.remove("focus"));
  let first = null;
  refs.forEach((ref) => {
    const card = document.getElementById("item-" + ref);
    if (card) {
      card.classList.add("focus");
      first = first || card;
    }
  });
  if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

function setupReport() {
  const text = document.getElementById("report-text");
  if (!text) return;
  const activate = (span) => {
    text.querySelectorAll(".hl.active").forEach((el) => el.classList.remove("active"));
    span.classList.add("active");
    focusItems((span.dataset.items || "").split(" ").filter(Boolean));
  };
  text.addEventListener("click", (ev) => {
    const span = ev.target.closest(".hl");
    if (span) activate(span);
  });
  text.addEventListener("keydown", (ev) => {
    const span = ev.target.closest(".hl");
    if (span && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      activate(span);
    }
  });
}

function setupMap() {
  const popup = document.getElementById("map-popup");
  if (!popup) return;
  const show = (dot) => {
    popup.querySelectorAll("[data-field]").forEach((el) => {
      const field = el.dataset.field;
      if (field === "link") {
        const [doc, item] = (dot.dataset.key || "").split(":");
        el.setAttribute("href", "/events/" + encodeURIComponent(doc) + "/" + encodeURIComponent(item));
      } else {
        el.textContent = dot.dataset[field] || "";
      }
    });
    popup.hidden = false;
  };
  document.querySelectorAll("svg.map circle.pt").forEach((dot) => {
    dot.addEventListener("click", () => show(dot));
    dot.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        show(dot);
      }
    });
  });
  popup.querySelector(".close").addEventListener("click", () => { popup.hidden = true; });
}

function setupReview() {
  const store = document.getElementById("token-store");
  if (!store) return;
  const fill = () => {
    document.querySelectorAll("input.token-field").forEach((el) => { el.value = store.value; });
  };
  store.value = sessionStorage.getItem("flashpoint-token") || "";
  fill();
  store.addEventListener("input", () => {
    sessionStorage.setItem("flashpoint-token", store.value);
    fill();
  });
  document.querySelectorAll("form.review-form").forEach((form) => {
    form.addEventListener("submit", fill);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupReport();
  setupMap();
  setupReview();
});
