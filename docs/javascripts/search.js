// The archive's search: Pagefind's index of the articles, queried from a dialog in the header.
// Pagefind builds one index per language, each stemming by its own rules. A query searches every language
// unless the reader narrows it to one; a language's index is loaded only when a query needs it. The year,
// topic and person lists are loaded only when the reader opens them: Pagefind's filters() fetches every list
// of an index, which weighs more than a whole query. A query is searched once the reader pauses: Pagefind's
// debouncedSearch loads at every key the index chunks of what is typed so far ("b", "bu", "bud"…), which
// weighed more than the query's own.
//
// Every result holds each word of the query, or a word of the same stem: each word is searched as an exact
// term ("latih" finds "pelatihan" and "dilatih", whose Indonesian stem is "latih") and the pages holding
// them all are kept. Pagefind's ordinary search matches the words that begin with what was typed, and when
// an index holds none, the longest word that begins it: "Austin" found "Australia" in the English index and
// "latih" found "Latin"; filtering those out afterwards would fetch every result's fragment to read its
// matched words. So a word is found once it is typed whole, never by its first letters.
//
// A story and its translations are one result: each record names its group and every version
// (build_scripts/search/records.py), so the first version found shows them all and the others are left out.
// Pages about people, organisations and topics are listed above the articles.
//
// The words the dialog writes are the page's language's interface table, rendered by
// overrides/partials/archive-search.html as JSON: this script holds none of its own.

const RESULTS_PER_PAGE = 10;
const HIGHLIGHT_PARAM = "highlight";
const DEBOUNCE_MS = 150;
// Not the record of the words a bundle lacks (build_scripts/search/pagefind.py, VOCABULARY_FILTER).
const NOT_VOCABULARY = { not: { kind: "vocabulary" } };
// The records of the pages about a person, an organisation or a topic (build_scripts/search/records.py).
const ABOUT_PAGES = { kind: { any: ["person", "organisation", "topic"] } };
// Words on nearly every article, left out of a query that has other words: each is an index chunk of
// 20-75 KB in each of a language's bundles at 10,000 articles ("the", "yang"), where a query's other
// words are a few KB, and it narrows nothing. Every language's are left out of every index a query
// searches: "the" is rare in Indonesian text, and a chunk to load there too. A query of these words alone
// is searched as typed.
const COMMON_WORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "had", "has", "have", "in", "is",
  "of", "on", "or", "said", "that", "the", "this", "to", "was", "were", "which", "with",
  "adalah", "akan", "atau", "bahwa", "dalam", "dan", "dari", "dengan", "di", "ini", "itu", "juga", "kata",
  "ke", "oleh", "pada", "para", "telah", "untuk", "yang",
]);

const root = document.querySelector(".archive-search");
if (root) {
  setUpSearch(root);
  highlightSearchedTerms(root);
}

// The dialog's words, from the page: `say("search.found", { n: 2, term })` is "2 pages match “…”"; a key with
// ".one" and ".other" forms is chosen by the count.
function wordsOf(root) {
  const table = JSON.parse(root.querySelector(".archive-search__words").textContent);
  return (key, values = {}) => {
    const counted = "n" in values ? `${key}.${values.n === 1 ? "one" : "other"}` : key;
    const text = table[counted] ?? table[key] ?? "";
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  };
}

function bundleUrl(root) {
  return new URL(root.dataset.bundle, document.baseURI).href;
}

function setUpSearch(root) {
  const say = wordsOf(root);
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
  const site = new URL("../", bundleUrl(root)); // where a record's site-root-relative address starts
  let current = { results: [], shown: 0, term: "", groups: new Set() };
  let latest = 0; // each query's ticket: answers to older queries are dropped
  let listsShown = null; // the scope the year, topic and person lists were filled for

  const searched = () => (scope.value ? [scope.value] : languages);
  const fail = () => (status.textContent = say("search.failed"));
  const ready = () => Promise.all(searched().map(pagefind));

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
    status.textContent = say("search.loading");
    ready().catch(() => {}); // a language chosen since is loaded while the reader types
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
    if (ticket !== latest) return;
    const within = searched();
    const results = await searchEach(within, pagefind, term, chosen);
    if (ticket !== latest) return;
    current = { results, shown: 0, term, groups: new Set() };
    list.replaceChildren();
    await showMore(ticket);
    if (ticket !== latest) return;
    // Said once the first results are shown, so the answer a screen reader hears is the list on screen.
    const n = results.length;
    status.textContent = n
      ? term ? say("search.found", { n, term }) : say("search.listed", { n })
      : say("search.none", { term: term || Object.values(chosen).join(", ") });
    elsewhere.hidden = within.length === languages.length;
  };
  const search = () => run().catch(fail);

  // The next results, up to a page of them: a version of a story already shown is left out (its item links it).
  const showMore = async (ticket = latest) => {
    const added = [];
    while (added.length < RESULTS_PER_PAGE && current.shown < current.results.length) {
      const batch = current.results.slice(current.shown, current.shown + RESULTS_PER_PAGE - added.length);
      current.shown += batch.length;
      const items = await Promise.all(batch.map(async (result) => [await result.data(), result.language]));
      if (ticket !== latest) return [];
      for (const [data, language] of items) {
        const group = data.meta.group || data.url;
        if (current.groups.has(group)) continue;
        current.groups.add(group);
        added.push(resultItem(data, language, current.term, say, site));
      }
    }
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
    const n = selects.filter((s) => s.value).length;
    toggle.textContent = n ? say("search.more_filters.chosen", { n }) : say("search.more_filters");
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
  // Offered while one language is searched; the reader goes on at the first result (or the box).
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
// cut into bundles (build_scripts/search/pagefind.py); bundles.json lists each language's: the instance opens
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

// Every language's results in one list, the pages about people, organisations and topics first, then by
// score; each carries its index's language (Pagefind's result data has none).
async function searchEach(languages, pagefind, term, filters) {
  const instances = await Promise.all(languages.map(pagefind));
  const answers = await Promise.all(instances.map(async (instance, n) => {
    const words = queryWords(term);
    const found = await allWords(instance, words, { ...filters, ...NOT_VOCABULARY });
    const about = words.length && !Object.keys(filters).length ? await allWords(instance, words, ABOUT_PAGES) : [];
    const pages = new Set(about.map((result) => result.id));
    return found.map((result) => ({ ...result, language: languages[n], about: pages.has(result.id) }));
  }));
  return answers.flat().sort((a, b) => b.about - a.about || b.score - a.score);
}

// The pages holding every word (or a word of the same stem), each word searched as an exact term; a page's
// score is the sum of its words'. No words: every page the filters keep. A page found by several words shows
// the excerpt of Pagefind's search of them all, which marks each of them (an exact term's marks only its own).
async function allWords(instance, words, filters) {
  if (!words.length) return (await instance.search(null, { filters })).results;
  let kept = null;
  for (const word of words) {
    const { results } = await instance.search(`"${word}"`, { filters });
    const scores = new Map(results.map((result) => [result.id, result]));
    kept = kept === null
      ? results
      : kept.filter((result) => scores.has(result.id)).map((result) => ({ ...result, score: result.score + scores.get(result.id).score }));
    if (!kept.length) return kept;
  }
  if (words.length === 1) return kept;
  const together = new Map((await instance.search(words.join(" "), { filters })).results.map((result) => [result.id, result]));
  return kept.map((result) => (together.has(result.id) ? { ...result, data: together.get(result.id).data } : result));
}

// The query's words as the index holds them: split at anything but letters and digits, as Pagefind splits
// the text ("COVID-19" is "covid" and "19"), the words on nearly every article left out when others remain.
function queryWords(term) {
  const words = term.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept = words.filter((word) => !COMMON_WORDS.has(word));
  return kept.length ? kept : words;
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

// One result: its title as a link, what it is (article, person, organisation, topic) and for an article its
// date and language, then a link to each other version of the story, and the excerpt. The result's own
// words are in its language; the words around them in the page's.
function resultItem(data, language, term, say, site) {
  const item = document.createElement("li");
  item.lang = language; // an Indonesian title and excerpt are read as Indonesian on an English page too
  const kind = data.meta.kind || "article";
  item.className = `archive-search__result archive-search__result--${kind}`;
  const label = inPageLanguage("span", say(`search.kind.${kind}`));
  label.className = "archive-search__kind";
  const link = resultLink(data.url, data.meta.title, term);
  const details = inPageLanguage("p", "");
  details.className = "archive-search__details";
  details.append(label, ...[data.meta.date, kind === "article" && say(`language.${language}`)].filter(Boolean).map((part) => ` · ${part}`));
  item.append(link, details);
  const excerpt = document.createElement("p");
  excerpt.className = "archive-search__excerpt";
  excerpt.append(...markedText(data.excerpt));
  const here = new URL(data.url, location.href).pathname;
  const others = versions(data.meta.versions)
    .map(([otherLanguage, address, title]) => [otherLanguage, new URL(address.replace(/^\//, ""), site).pathname, title])
    .filter(([, path]) => path !== here);
  if (others.length) {
    const also = document.createElement("ul");
    also.className = "archive-search__versions";
    for (const [otherLanguage, path, title] of others) {
      const line = document.createElement("li");
      line.lang = otherLanguage;
      line.append(resultLink(path, title, term), " ", inPageLanguage("span", `(${say(`language.${otherLanguage}`)})`));
      also.append(line);
    }
    item.append(also);
  }
  item.append(excerpt);
  return item;
}

function resultLink(address, title, term) {
  const link = document.createElement("a");
  const url = new URL(address, location.href);
  if (term) url.searchParams.set(HIGHLIGHT_PARAM, queryWords(term).join(" ")); // not every "the" of the page
  link.href = url.href;
  link.textContent = title;
  return link;
}

// [[language, address, title], …] of a story's versions, as its records carry them (JSON in a meta value).
function versions(meta) {
  try {
    const listed = JSON.parse(meta || "[]");
    return Array.isArray(listed) ? listed.filter((version) => Array.isArray(version) && version.length === 3) : [];
  } catch {
    return [];
  }
}

function inPageLanguage(tag, text) {
  const element = document.createElement(tag);
  element.lang = document.documentElement.lang;
  element.textContent = text;
  return element;
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
