// The archive's search: Pagefind's index of the articles, queried from a dialog in the header.
// Pagefind builds one index per language, each stemming by its own rules. A query searches the page's
// language unless the reader picks another, or all of them; a language's index is loaded only when a query
// needs it. The year, topic and person lists are loaded only when the reader opens them: Pagefind's
// filters() fetches every list of an index, which weighs more than a whole query. A query is searched once
// the reader pauses: Pagefind's debouncedSearch loads at every key the index chunks of what is typed so far
// ("b", "bu", "bud"…), which weighed more than the query's own.

const RESULTS_PER_PAGE = 10;
const HIGHLIGHT_PARAM = "highlight";
const DEBOUNCE_MS = 150;
// Not the record of the words a bundle lacks (build_scripts/search_index.py, VOCABULARY_FILTER).
const ARTICLES_ONLY = { not: { kind: "vocabulary" } };
// Words on nearly every article, left out of a query that has other words: each is an index chunk of
// 20-75 KB in each of a language's bundles at 10,000 articles ("the", "yang"), where a query's other
// words are a few KB, and it narrows nothing. A query of these words alone is searched as typed.
const COMMON_WORDS = {
  en: new Set(["a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "had", "has", "have", "in", "is",
    "of", "on", "or", "said", "that", "the", "this", "to", "was", "were", "which", "with"]),
  id: new Set(["adalah", "akan", "atau", "bahwa", "dalam", "dan", "dari", "dengan", "di", "ini", "itu", "juga", "kata",
    "ke", "oleh", "pada", "para", "telah", "untuk", "yang"]),
};
const TEXT = {
  en: {
    results: (n, term) => `${n} article${n === 1 ? "" : "s"}${term ? ` for “${term}”` : ""}`,
    none: (term) => `No article matches “${term}”. Try another word, or fewer filters.`,
    loading: "Searching…",
    failed: "Search is not available right now.",
    allLanguages: "All languages",
    moreFilters: "More filters",
    searchEverywhere: "Search all languages",
  },
  id: {
    results: (n, term) => `${n} artikel${term ? ` untuk “${term}”` : ""}`,
    none: (term) => `Tidak ada artikel yang cocok dengan “${term}”. Coba kata lain, atau kurangi filter.`,
    loading: "Mencari…",
    failed: "Pencarian sedang tidak tersedia.",
    allLanguages: "Semua bahasa",
    moreFilters: "Filter lain",
    searchEverywhere: "Cari di semua bahasa",
  },
};

const root = document.querySelector(".archive-search");
if (root) {
  setUpSearch(root);
  highlightSearchedTerms(root);
}

function pageLanguage() {
  return document.documentElement.lang.split("-")[0].toLowerCase();
}

function words() {
  return TEXT[pageLanguage()] || TEXT.en;
}

function bundleUrl(root) {
  return new URL(root.dataset.bundle, document.baseURI).href;
}

// The page's language when it has articles; otherwise the language with most articles (listed first).
function defaultLanguage(languages) {
  return languages.includes(pageLanguage()) ? pageLanguage() : languages[0] || "";
}

function setUpSearch(root) {
  const open = root.querySelector(".archive-search__open");
  const dialog = root.querySelector("dialog");
  const input = dialog.querySelector("input[type=search]");
  const scope = dialog.querySelector(".archive-search__scope");
  const toggle = dialog.querySelector(".archive-search__toggle");
  const panel = dialog.querySelector(".archive-search__more-filters");
  const selects = [...panel.querySelectorAll("select[data-filter]")];
  const status = dialog.querySelector(".archive-search__status");
  const elsewhere = dialog.querySelector(".archive-search__elsewhere");
  const list = dialog.querySelector(".archive-search__results");
  const more = dialog.querySelector(".archive-search__more");
  const languages = root.dataset.languages.split(" ").filter(Boolean);
  const pagefind = pagefindLoader(bundleUrl(root));
  let current = { results: [], shown: 0, term: "" };
  let latest = 0; // each query's ticket: answers to older queries are dropped
  let listsShown = null; // the scope the year, topic and person lists were filled for

  const searched = () => (scope.value ? [scope.value] : languages);
  const fail = () => (status.textContent = words().failed);
  const ready = () => Promise.all(searched().map(pagefind));

  dialog.querySelectorAll("[data-text]").forEach((element) => (element.textContent = words()[element.dataset.text]));
  scope.value = defaultLanguage(languages);

  const show = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    ready().catch(fail);
  };

  open.hidden = false;
  open.addEventListener("click", show);
  open.addEventListener("pointerenter", () => ready().catch(() => {}), { once: true });
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
      list.replaceChildren();
      status.textContent = "";
      elsewhere.hidden = more.hidden = true;
      return;
    }
    status.textContent = words().loading;
    ready().catch(() => {}); // a language chosen since is loaded while the reader types
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
    if (ticket !== latest) return;
    const within = searched();
    const results = await searchEach(within, pagefind, term, chosen);
    if (ticket !== latest) return;
    current = { results, shown: 0, term };
    list.replaceChildren();
    status.textContent = results.length
      ? words().results(results.length, term)
      : words().none(term || Object.values(chosen).join(", "));
    elsewhere.hidden = within.length === languages.length;
    await showMore(ticket);
  };
  const search = () => run().catch(fail);

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

  // The lists count the articles of the languages searched, so they are filled again when that changes.
  const fillLists = async () => {
    const wanted = scope.value;
    if (panel.hidden || listsShown === wanted) return;
    const counts = await filterCounts(searched(), pagefind);
    if (scope.value !== wanted) return;
    selects.forEach((select) => fillList(select, counts[select.dataset.filter] || {}));
    listsShown = wanted;
  };
  // The button counts the filters chosen, which still apply while their lists are closed.
  const countChosen = () => {
    const chosen = selects.filter((s) => s.value).length;
    toggle.textContent = chosen ? `${words().moreFilters} (${chosen})` : words().moreFilters;
  };

  input.addEventListener("input", search);
  scope.addEventListener("change", () => Promise.all([search(), fillLists().catch(fail)]));
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(expanded));
    panel.hidden = !expanded;
    fillLists().catch(fail);
  });
  selects.forEach((select) =>
    select.addEventListener("change", () => {
      countChosen();
      search();
    }),
  );
  // The button goes with the single-language answer; the reader goes on at the first result (or the box).
  elsewhere.querySelector("button").addEventListener("click", async () => {
    scope.value = "";
    await Promise.all([search(), fillLists().catch(fail)]);
    (list.querySelector("a") || input).focus();
  });
  // The reader goes on at the first new result: focus left on the button was lost (to <body>) when the
  // last results hid it.
  more.addEventListener("click", async () => (await showMore())[0]?.querySelector("a").focus());
}

// One Pagefind per language, created when a query first needs it and kept. Pagefind keeps one WebAssembly
// module (and one worker) per loaded script, so each language loads the script under its own address; and
// it takes an instance's language from <html lang> when the instance is created. A big archive's index is
// cut into bundles (build_scripts/search_index.py); bundles.json lists each language's: the instance opens
// the first and merges the others in (mergeIndex: their metadata and chunks, the first one's WebAssembly).
function pagefindLoader(bundle) {
  const options = { baseUrl: new URL("../", bundle).pathname, excerptLength: 24 };
  const loaded = new Map();
  let listing = null;
  const bundles = () => {
    if (!listing) {
      // Revalidated, not taken from the cache: a rebuild can cut the index into other bundles.
      listing = fetch(new URL("bundles.json", bundle), { cache: "no-cache" }).then((response) => response.json());
      listing.catch(() => (listing = null)); // tried again at the next query
    }
    return listing;
  };
  return (language) => {
    if (!loaded.has(language)) {
      const paths = bundles().then((all) => all[language].map((folder) => new URL(folder, bundle).pathname));
      const loading = paths.then((folders) => createInstance(folders, options, language));
      loading.catch(() => loaded.delete(language)); // tried again at the next query
      loaded.set(language, loading);
    }
    return loaded.get(language);
  };
}

async function createInstance([first, ...others], options, language) {
  const pagefind = await import(`${first}pagefind.js?language=${encodeURIComponent(language)}`);
  const html = document.documentElement;
  const pageLang = html.lang;
  html.lang = language;
  let instance;
  try {
    instance = pagefind.createInstance({ ...options, basePath: first });
  } finally {
    html.lang = pageLang;
  }
  await instance.init();
  await Promise.all(others.map((path) => instance.mergeIndex(path, { ...options, language })));
  return instance;
}

// Every language's results in one list by score, each carrying its index's language (Pagefind's result data
// has none).
async function searchEach(languages, pagefind, term, filters) {
  const instances = await Promise.all(languages.map(pagefind));
  const answers = await Promise.all(instances.map((instance, n) =>
    instance.search(withoutCommonWords(term, languages[n]) || null, { filters: { ...filters, ...ARTICLES_ONLY } })));
  const results = answers.flatMap((answer, n) => answer.results.map((result) => ({ ...result, language: languages[n] })));
  return results.sort((a, b) => b.score - a.score);
}

function withoutCommonWords(term, language) {
  const common = COMMON_WORDS[language] || new Set();
  const kept = term.split(/\s+/).filter((word) => !common.has(word.toLowerCase()));
  return kept.length ? kept.join(" ") : term;
}

async function filterCounts(languages, pagefind) {
  const instances = await Promise.all(languages.map(pagefind));
  const merged = {};
  for (const filters of await Promise.all(instances.map((i) => i.filters()))) {
    for (const [key, counts] of Object.entries(filters)) {
      merged[key] ??= {};
      for (const [value, count] of Object.entries(counts)) merged[key][value] = (merged[key][value] || 0) + count;
    }
  }
  return merged;
}

function fillList(select, available) {
  const chosen = select.value;
  // A chosen value the languages searched lack stays listed, at 0: the reader sees what still filters.
  const counts = chosen && !(chosen in available) ? { ...available, [chosen]: 0 } : available;
  const values = Object.keys(counts).sort((a, b) => (select.dataset.filter === "year" ? b.localeCompare(a) : a.localeCompare(b)));
  select.replaceChildren(select.options[0], ...values.map((value) => new Option(`${value} (${counts[value]})`, value)));
  select.value = chosen;
  select.disabled = false;
  select.closest("label").hidden = values.length === 0;
}

function resultItem(data, language, term) {
  const item = document.createElement("li");
  item.lang = language; // an Indonesian title and excerpt are read as Indonesian on an English page too
  const link = document.createElement("a");
  const url = new URL(data.url, location.href);
  if (term) url.searchParams.set(HIGHLIGHT_PARAM, withoutCommonWords(term, language)); // not every "the" of the page
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
