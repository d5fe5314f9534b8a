// explainer-server embed, version 1: <explainer-section section="id"> and <explainer-search>.
//
//   <script type="module" src="https://API/embed/v1.js"></script>
//   <explainer-section section="harm-reduction"></explainer-section>
//   <explainer-search country="GB"></explainer-search>
//
// An ES module with no dependencies and no build step. It sets no cookie and stores nothing, sends
// requests only to the API it was loaded from (CORS, credentials omitted, no referrer) and reports
// nothing anywhere. Each element renders in its own shadow root, styled through CSS custom
// properties the host page sets (--explainer-font, --explainer-color, --explainer-background,
// --explainer-accent, --explainer-border, --explainer-radius, --explainer-padding,
// --explainer-mark). When the API cannot be reached, an element shows a plain link to the page
// instead of nothing. The API's address is where this file came from, or an element's `api`
// attribute.

const SCRIPT_BASE = new URL("../", import.meta.url);
const TIMEOUT_MS = 10000;

const STYLE = `
:host { display: block; font: var(--explainer-font, inherit); color: var(--explainer-color, inherit);
  background: var(--explainer-background, transparent); border: var(--explainer-border, 1px solid currentColor);
  border-radius: var(--explainer-radius, 0.5em); padding: var(--explainer-padding, 1em); }
h2 { font-size: 1.2em; margin: 0 0 0.5em; }
a { color: var(--explainer-accent, inherit); }
.notes { font-size: 0.9em; border-left: 3px solid var(--explainer-accent, currentColor); padding-left: 0.5em; }
.support { margin-top: 1em; padding: 0.75em; border: 1px solid var(--explainer-accent, currentColor);
  border-radius: var(--explainer-radius, 0.5em); }
.support[data-urgent="true"] { border-width: 3px; }
.support h3 { font-size: 1em; margin: 0 0 0.25em; }
.attribution { font-size: 0.85em; margin-top: 1em; }
mark { background: var(--explainer-mark, #ffef9e); color: inherit; }
form { display: flex; gap: 0.5em; }
input { flex: 1; font: inherit; }
button { font: inherit; }
`;

/** The API's base URL (ending in `/`) for an element: its `api` attribute, else this script's origin and path. */
function apiBase(element) {
  const given = element.getAttribute("api");
  if (!given) return SCRIPT_BASE;
  try {
    return new URL(given.endsWith("/") ? given : given + "/", document.baseURI);
  } catch {
    return SCRIPT_BASE;
  }
}

/** GETs JSON from the API: no credentials, no referrer, and a timeout so a hung API still gets the fallback. */
async function getJSON(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: "omit", referrerPolicy: "no-referrer", mode: "cors", signal: controller.signal,
      headers: { Accept: "application/json" },
    });
    if (!response.ok) throw new Error("HTTP " + response.status);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

/** An element with attributes and children (strings become text, never markup). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** A fresh shadow root's content: the style sheet, then `nodes`. */
function show(root, ...nodes) {
  const style = document.createElement("style");
  style.textContent = STYLE;
  root.replaceChildren(style, ...nodes);
}

/** A link that opens outside the host page's flow, with no referrer. */
function link(href, text, part) {
  return h("a", { href: String(href), part, rel: "noopener noreferrer", target: "_blank" }, text);
}

/**
 * The support block: the emergency numbers and the lines, emergency first when `emergencyFirst`,
 * the calm message when there is one, and a link to every region's lines. `level` is what the
 * search returned (`info`, `concern`, `urgent`), shown as `data-level`.
 */
function supportBlock(base, support, level) {
  const numbers = (support.emergency && support.emergency.numbers) || [];
  const emergency = h("ul", { class: "emergency", part: "emergency" },
    ...numbers.map((n) => h("li", {}, "Emergency (" + n.regions.join(", ") + "): " + n.number)));
  const lines = h("ul", { class: "lines", part: "lines" },
    ...(support.lines || []).map((line) => h("li", {},
      line.url ? link(line.url, line.service) : line.service,
      ": " + line.contact + (line.hours ? " (" + line.hours + ")" : ""))));
  const urgent = support.emergency_first === true || level === "urgent";
  const block = h("aside", { class: "support", part: "support", "data-level": level || null, "data-urgent": String(urgent) },
    h("h3", {}, "If you need support"),
    support.message ? h("p", { class: "message" }, support.message) : null,
    support.language_note ? h("p", { class: "language-note" }, support.language_note) : null,
    support.emergency && support.emergency.advice ? h("p", { class: "advice" }, support.emergency.advice) : null);
  if (urgent) block.append(emergency, lines); else block.append(lines, emergency);
  block.append(h("p", {}, link(new URL("v1/support", base), "Support lines for every region", "support-link")));
  return block;
}

/** `<explainer-section section="id" [country="GB"] [api="https://…/"]>`: one section of the explainer. */
class ExplainerSection extends HTMLElement {
  static observedAttributes = ["section", "country", "api"];

  connectedCallback() { this.render(); }

  attributeChangedCallback() { if (this.isConnected) this.render(); }

  async render() {
    const root = this.shadowRoot || this.attachShadow({ mode: "open" });
    const id = (this.getAttribute("section") || "").trim();
    const base = apiBase(this);
    const page = new URL("explainer/" + encodeURIComponent(id), base);
    const ticket = (this.ticket = (this.ticket || 0) + 1);
    show(root, h("p", { part: "loading", "aria-busy": "true" }, "Loading…"));
    const country = this.getAttribute("country");
    try {
      const [section, explainer, support] = await Promise.all([
        getJSON(new URL("v1/sections/" + encodeURIComponent(id) + "?format=html", base)),
        getJSON(new URL("v1/explainer", base)),
        getJSON(new URL("v1/support" + (country ? "?country=" + encodeURIComponent(country) : ""), base)).catch(() => null),
      ]);
      if (ticket !== this.ticket) return;
      const body = h("div", { class: "body", part: "body" });
      body.innerHTML = section.body.html; // the API's own sanitised rendering of checked content
      const notes = (section.content_notes || []).map((n) => n.label).filter(Boolean);
      show(root, h("article", { part: "section", lang: explainer.language || null },
        h("h2", { part: "title" }, section.title),
        notes.length ? h("p", { class: "notes", part: "notes" }, h("strong", {}, "Content notes: "), notes.join("; ")) : null,
        body,
        support
          ? supportBlock(base, { lines: support.lines, emergency: support.emergency }, null)
          : h("aside", { class: "support", part: "support" }, link(new URL("v1/support", base), "Support lines for every region", "support-link")),
        h("p", { class: "attribution", part: "attribution" },
          "From “" + explainer.title + "”. " + explainer.attribution + " ", link(page, "Read it on its page", "page-link"))));
    } catch {
      if (ticket !== this.ticket) return;
      show(root, h("p", { class: "fallback", part: "fallback" }, link(page, "Read this section of the explainer on its page", "fallback-link")));
    }
  }
}

/** `<explainer-search [country="GB"] [limit="5"] [api="https://…/"]>`: search with the support block it returns. */
class ExplainerSearch extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const input = h("input", { type: "search", name: "q", maxlength: "200", required: "", part: "input",
      "aria-label": "Search the explainer" });
    const form = h("form", { role: "search", part: "form" }, input, h("button", { type: "submit", part: "button" }, "Search"));
    this.results = h("div", { part: "results", "aria-live": "polite" });
    show(root, form, this.results);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.search(input.value.trim());
    });
  }

  async search(query) {
    if (!query) return;
    const base = apiBase(this);
    const country = this.getAttribute("country");
    const limit = Math.min(Math.max(parseInt(this.getAttribute("limit") || "5", 10) || 5, 1), 20);
    const url = new URL("v1/search", base);
    url.searchParams.set("q", query);
    url.searchParams.set("limit", String(limit));
    if (country) url.searchParams.set("country", country);
    const ticket = (this.ticket = (this.ticket || 0) + 1);
    this.results.replaceChildren(h("p", { "aria-busy": "true" }, "Searching…"));
    try {
      const answer = await getJSON(url);
      if (ticket !== this.ticket) return;
      const support = supportBlock(base, answer.support || {}, answer.support && answer.support.level);
      const hits = (answer.items || []).map((hit) => {
        const page = new URL("explainer" + (hit.section ? "/" + encodeURIComponent(hit.section) : ""), base);
        return h("li", { part: "result" }, link(page, hit.title || hit.id, "result-link"), h("p", {}, hit.snippet || ""));
      });
      const list = hits.length ? h("ol", { part: "result-list" }, ...hits) : h("p", {}, "Nothing in the explainer matched.");
      // An urgent answer puts where to turn before anything else.
      this.results.replaceChildren(...(answer.support && answer.support.urgent ? [support, list] : [list, support]));
    } catch {
      if (ticket !== this.ticket) return;
      this.results.replaceChildren(h("p", { class: "fallback", part: "fallback" },
        "Search is not available right now. ", link(new URL("explainer", base), "Read the explainer on its page", "fallback-link")));
    }
  }
}

if (!customElements.get("explainer-section")) customElements.define("explainer-section", ExplainerSection);
if (!customElements.get("explainer-search")) customElements.define("explainer-search", ExplainerSearch);
