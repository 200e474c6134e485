// "Cite this article": the access date is the reader's today, which a static page cannot know.
// Today in the reader's own time zone, not UTC (in Jakarta, UTC is still yesterday until 07:00).
const now = new Date();
const today = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
document.querySelectorAll("[data-today]").forEach((element) => {
  element.textContent = today;
});
