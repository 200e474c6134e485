// The archive's search: Pagefind's index of the articles, queried from a dialog in the header.
// Pagefind loads only the index fragments a query needs; every language's index is searched, each
// with its own stemming, whatever the language of the page the reader is on.

const RESULTS_PER_PAGE = 10;
const HIGHLIGHT_PARAM = "highlight";
const TEXT = {
  en: {
    results: (n, term) => `${n} article${n === 1 ? "" : "s"}${term ? ` for “${term}”` : ""}`,
    none: (term) => `No article matches “${term}”. Try another word, or fewer filters.`,
    loading: "Searching…",
    failed: "Search is not available right now.",
  },
  id: {
    results: (n, term) => `${n} artikel${term ? ` untuk “${term}”` : ""}`,
    none: (term) => `Tidak ada artikel yang cocok dengan “${term}”. Coba kata lain, atau kurangi filter.`,
    loading: "Mencari…",
    failed: "Pencarian sedang tidak tersedia.",
  },
};

const root = document.querySelector(".archive-search");
if (root) {
  setUpSearch(root);
  highlightSearchedTerms(root);
}

function words() {
  return TEXT[document.documentElement.lang.split("-")[0]] || TEXT.en;
}

function bundleUrl(root) {
  return new URL(root.dataset.bundle, document.baseURI).href;
}

function setUpSearch(root) {
  const open = root.querySelector(".archive-search__open");
  const dialog = root.querySelector("dialog");
  const input = dialog.querySelector("input[type=search]");
  const filters = dialog.querySelector(".archive-search__filters");
  const selects = [...dialog.querySelectorAll("select[data-filter]")];
  const status = dialog.querySelector(".archive-search__status");
  const list = dialog.querySelector(".archive-search__results");
  const more = dialog.querySelector(".archive-search__more");
  let pagefind = null;
  let current = { results: [], shown: 0, term: "" };
  let latest = 0; // each query's ticket: answers to older queries are dropped

  const load = () => (pagefind ??= connect(root).then(async (instance) => {
    fillFilters(selects, await instance.filters());
    filters.disabled = false;
    return instance;
  }));

  const show = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    load().catch(() => (status.textContent = words().failed));
  };

  open.hidden = false;
  open.addEventListener("click", show);
  open.addEventListener("pointerenter", () => load().catch(() => {}), { once: true });
  dialog.querySelector(".archive-search__close").addEventListener("click", () => dialog.close());
  // Closing gives focus back to what had it before; opened with "/", that was nothing, and focus stayed
  // in the closed dialog: the search button takes it instead.
  dialog.addEventListener("close", () => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || dialog.contains(focused)) open.focus();
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "/" && !typing && !dialog.open) {
      event.preventDefault();
      show();
    }
  });

  const run = async () => {
    const ticket = ++latest;
    const term = input.value.trim();
    const chosen = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
    if (!term && !Object.keys(chosen).length) {
      latest += 1;
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    status.textContent = words().loading;
    const instance = await load();
    const search = await instance.debouncedSearch(term || null, { filters: chosen }, 150);
    if (search === null || ticket !== latest) return;
    current = { results: search.results, shown: 0, term };
    list.replaceChildren();
    status.textContent = search.results.length
      ? words().results(search.results.length, term)
      : words().none(term || selects.filter((s) => s.value).map((s) => s.value).join(", "));
    await showMore(ticket);
  };

  const showMore = async (ticket = latest) => {
    const batch = current.results.slice(current.shown, current.shown + RESULTS_PER_PAGE);
    current.shown += batch.length;
    const items = await Promise.all(batch.map(async (result) => [await result.data(), result.language]));
    if (ticket !== latest) return [];
    const added = items.map(([data, language]) => resultItem(data, language, current.term));
    list.append(...added);
    more.hidden = current.shown >= current.results.length;
    return added;
  };

  input.addEventListener("input", () => run().catch(() => (status.textContent = words().failed)));
  selects.forEach((select) => select.addEventListener("change", () => run().catch(() => (status.textContent = words().failed))));
  // The reader goes on at the first new result: focus left on the button was lost (to <body>) when the
  // last results hid it.
  more.addEventListener("click", async () => (await showMore())[0]?.querySelector("a").focus());
}

async function connect(root) {
  const bundle = bundleUrl(root);
  const options = { basePath: new URL(bundle).pathname, baseUrl: new URL("../", bundle).pathname, excerptLength: 24 };
  const html = document.documentElement;
  const pageLanguage = html.lang;
  // One Pagefind per language, each stemming queries by its own language's rules. Pagefind keeps one
  // WebAssembly module (and one worker) per loaded script, so each language loads the script under its
  // own address; and it takes an instance's language from <html lang> when the instance is created.
  const instances = [];
  for (const language of root.dataset.languages.split(" ").filter(Boolean)) {
    const pagefind = await import(`${bundle}pagefind.js?language=${encodeURIComponent(language)}`);
    html.lang = language;
    try {
      instances.push([language, pagefind.createInstance(options)]);
    } finally {
      html.lang = pageLanguage;
    }
  }
  await Promise.all(instances.map(([, instance]) => instance.init()));
  return {
    async debouncedSearch(term, searchOptions, wait) {
      const answers = await Promise.all(instances.map(([, i]) => i.debouncedSearch(term, searchOptions, wait)));
      if (answers.includes(null)) return null;
      // Each result carries its index's language: Pagefind's result data has none.
      const results = answers.flatMap((answer, n) => answer.results.map((result) => ({ ...result, language: instances[n][0] })));
      return { results: results.sort((a, b) => b.score - a.score) };
    },
    async filters() {
      const merged = {};
      for (const filters of await Promise.all(instances.map(([, i]) => i.filters()))) {
        for (const [key, counts] of Object.entries(filters)) {
          merged[key] ??= {};
          for (const [value, count] of Object.entries(counts)) merged[key][value] = (merged[key][value] || 0) + count;
        }
      }
      return merged;
    },
  };
}

function fillFilters(selects, available) {
  for (const select of selects) {
    const counts = available[select.dataset.filter] || {};
    const values = Object.keys(counts).sort((a, b) => (select.dataset.filter === "year" ? b.localeCompare(a) : a.localeCompare(b)));
    select.append(...values.map((value) => new Option(`${value} (${counts[value]})`, value)));
    select.closest("label").hidden = values.length === 0;
  }
}

function resultItem(data, language, term) {
  const item = document.createElement("li");
  item.lang = language; // an Indonesian title and excerpt are read as Indonesian on an English page too
  const link = document.createElement("a");
  const url = new URL(data.url, location.href);
  if (term) url.searchParams.set(HIGHLIGHT_PARAM, term);
  link.href = url.href;
  link.textContent = data.meta.title;
  const details = document.createElement("p");
  details.className = "archive-search__details";
  details.textContent = [data.meta.date, data.filters.language].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "archive-search__excerpt";
  excerpt.append(...markedText(data.excerpt));
  item.append(link, details, excerpt);
  return item;
}

// Pagefind's excerpts are escaped text with <mark> around the matches: rebuild exactly that, nothing else.
function markedText(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}

async function highlightSearchedTerms(root) {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  await import(`${bundleUrl(root)}pagefind-highlight.js`);
  new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: "[data-pagefind-body]", addStyles: false });
}
