// "Cite this article": the access date is the reader's today, which a static page cannot know.
document.querySelectorAll("[data-today]").forEach((element) => {
  element.textContent = new Date().toISOString().slice(0, 10);
});
