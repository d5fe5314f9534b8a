// swift-format-ignore-file
// Generated from openapi.yaml by `RECORD=1 swift test --filter OpenAPIDocumentTests`; do not edit by hand.

/// `openapi.yaml` from the repository root, embedded so the binary serves it wherever it runs.
///
/// `OpenAPIDocumentTests` fails when this copy and the root file differ.
package enum OpenAPIDocument {
    /// The body served at `/openapi.yaml`, compressed once.
    package static let body = RenderedBody(
        contentType: "application/yaml; charset=utf-8", bytes: Array(yaml.utf8), gzipThreshold: 1_024)

    /// The YAML text.
    package static let yaml = ##"""
openapi: 3.1.0
info:
  title: explainer-server
  version: 1.0.0
  summary: A read-only JSON API serving the explainer "unpacking self-harm".
  description: |
    Serves the explainer "unpacking self-harm" word for word, as sections, research claims, cited
    sources, a glossary and support lines, for peer-support websites, chatbots and people with curl.

    Every response body for a content version is rendered once and served as bytes: each
    representation has a strong `ETag` (gzip bytes have their own), `Last-Modified` is when the
    content was loaded, and `If-None-Match` / `If-Modified-Since` get `304 Not Modified`. Bodies over
    1 KB are also stored gzip-compressed and sent when `Accept-Encoding` allows it (q-values
    honoured, `identity;q=0` respected). Every resource answers GET and HEAD, and OPTIONS answers CORS
    preflights (204).

    Every JSON document about the explainer carries `links.support`, and every response a
    `Link: </v1/support>; rel="help"` header: readers may be hurting right now.

    Errors are `application/problem+json` (RFC 9457). A query parameter a resource does not take is
    refused with 400 (`unknown-parameter`) rather than ignored, so a typo never looks like a filter
    that applied. A bad value gets 400 naming the `parameter`; an unknown id gets 404 with the
    nearest ids as `suggestions`.

    JSON is UTF-8 with keys in a stable order; dates are RFC 3339 (`full-date` or `date-time`).

    Request headers the server reads (described here rather than as parameters, since every value is
    acceptable and none changes which resource is served):
    - `Accept`: on `/v1/sections/{id}`, `text/markdown` or `text/plain` returns that body alone;
      anything else gets JSON.
    - `Accept-Encoding`: `gzip` (or `x-gzip`, `*`) with q-values; `identity;q=0` is respected, and
      when nothing acceptable remains the answer is 406.
    - `Accept-Language`: its most preferred tag's region (`en-GB` → GB) picks support lines when
      `country` is absent.
    - `If-None-Match` (weak comparison, lists and `*`), then `If-Modified-Since` (IMF-fixdate only).
    - `Origin`, `Access-Control-Request-Method`, `Access-Control-Request-Headers`: CORS. Any origin
      by default (`*`), or an allow-list (`--cors-origins`) that is echoed with `Vary: Origin`.
      Exposed to scripts: `ETag`, `Link`, `X-Request-Id`, `X-Content-Version`, `Retry-After`.
    - `X-Request-Id`: echoed when it is a sane token, else one is generated.
  license:
    name: Explainer text served as written; see the attribution in /v1/explainer.
    identifier: LicenseRef-explainer-attribution
servers:
  - url: http://127.0.0.1:8080
    description: The default `make run` address.
tags:
  - name: explainer
    description: The explainer and its sections.
  - name: research
    description: Research claims and the sources that discuss them.
  - name: glossary
    description: Terms the explainer uses, with plain definitions.
  - name: support
    description: Where to find help, by region.
  - name: search
    description: Full-text search for chatbots and search boxes.
  - name: operations
    description: The API description, liveness and readiness.
paths:
  /:
    get:
      operationId: getRoot
      tags: [explainer]
      summary: What this API is, its version, the content version and a link to every resource.
      parameters:
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The API's root document.
          headers: &contentHeaders
            ETag: {$ref: '#/components/headers/ETag'}
            Last-Modified: {$ref: '#/components/headers/Last-Modified'}
            Cache-Control: {$ref: '#/components/headers/Cache-Control'}
            Vary: {$ref: '#/components/headers/Vary'}
            Link: {$ref: '#/components/headers/Link'}
            X-Content-Version: {$ref: '#/components/headers/X-Content-Version'}
            X-Request-Id: {$ref: '#/components/headers/X-Request-Id'}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Root'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: &preflight
      tags: [operations]
      summary: CORS preflight, or the methods this path allows.
      responses:
        '204':
          description: >-
            The methods in `Allow`; for a preflight from an allowed origin asking for GET or HEAD,
            the CORS permissions and how long to cache them.
          headers:
            Allow: {$ref: '#/components/headers/Allow'}
            Access-Control-Allow-Origin: {$ref: '#/components/headers/Access-Control-Allow-Origin'}
            Access-Control-Allow-Methods: {$ref: '#/components/headers/Access-Control-Allow-Methods'}
            Access-Control-Allow-Headers: {$ref: '#/components/headers/Access-Control-Allow-Headers'}
            Access-Control-Max-Age: {$ref: '#/components/headers/Access-Control-Max-Age'}
        '404':
          description: No such path, or an id that cannot name anything (not slug syntax).
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Problem'}
  /v1/explainer:
    get:
      operationId: getExplainer
      tags: [explainer]
      summary: The explainer's title, summary, attribution, review date, content version, sections and sources.
      parameters:
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The explainer.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Explainer'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/sections:
    get:
      operationId: listSections
      tags: [explainer]
      summary: The sections in reading order.
      parameters:
        - $ref: '#/components/parameters/sectionFields'
        - $ref: '#/components/parameters/sectionInclude'
        - $ref: '#/components/parameters/format'
        - $ref: '#/components/parameters/annotate'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/cursor'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: A page of sections.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SectionList'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/sections/{id}:
    parameters:
      - $ref: '#/components/parameters/sectionID'
    get:
      operationId: getSection
      tags: [explainer]
      summary: One section, as JSON, or with `Accept` its Markdown or plain-text body alone.
      description: |
        `Accept: text/markdown` returns the body as stored (Markdown); `Accept: text/plain` returns
        the body as plain text. Anything else (no `Accept`, `*/*`, `application/json`, or a type this
        resource does not have) gets JSON. `?annotate=glossary` marks each glossary term in the HTML as
        `<a class="glossary-term" data-term="slug" href="/v1/glossary/slug">`.
      parameters:
        - $ref: '#/components/parameters/sectionFields'
        - $ref: '#/components/parameters/sectionInclude'
        - $ref: '#/components/parameters/format'
        - $ref: '#/components/parameters/annotate'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The section.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SectionDocument'}
              examples:
                research-shows: {$ref: '#/components/examples/SectionResearchShows'}
            text/markdown:
              schema: {type: string}
              example: |
                - A diminished pain perception in people who self-harm
            text/plain:
              schema: {type: string}
              example: A diminished pain perception in people who self-harm
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '404': {$ref: '#/components/responses/NotFound'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/claims:
    get:
      operationId: listClaims
      tags: [research]
      summary: Every research claim the explainer makes, optionally filtered by section or source.
      parameters:
        - name: section
          in: query
          description: Only claims in this section (an id from /v1/sections); an unknown id is a 400 with suggestions.
          schema: {$ref: '#/components/schemas/Slug'}
          example: research-shows
        - name: source
          in: query
          description: Only claims this source discusses (an id from /v1/sources); an unknown id is a 400 with suggestions.
          schema: {$ref: '#/components/schemas/Slug'}
          example: sciam-pain-relief
        - $ref: '#/components/parameters/claimFields'
        - $ref: '#/components/parameters/claimInclude'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/cursor'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: A page of claims.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ClaimList'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/claims/{id}:
    parameters:
      - name: id
        in: path
        required: true
        description: The claim's id.
        schema: {$ref: '#/components/schemas/Slug'}
        example: diminished-pain-perception
    get:
      operationId: getClaim
      tags: [research]
      summary: One claim with its quote, section, sources (embedded) and evidence.
      parameters:
        - $ref: '#/components/parameters/claimFields'
        - $ref: '#/components/parameters/claimInclude'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The claim.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ClaimDocument'}
              examples:
                signal-scrambling: {$ref: '#/components/examples/ClaimSignalScrambling'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '404': {$ref: '#/components/responses/NotFound'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/sources:
    get:
      operationId: listSources
      tags: [research]
      summary: The three articles the explainer lists as sources.
      parameters:
        - $ref: '#/components/parameters/sourceFields'
        - $ref: '#/components/parameters/sourceInclude'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/cursor'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: A page of sources.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SourceList'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/sources/{id}:
    parameters:
      - name: id
        in: path
        required: true
        description: The source's id.
        schema: {$ref: '#/components/schemas/Slug'}
        example: aeon-why-self-harm
    get:
      operationId: getSource
      tags: [research]
      summary: One source with what was checked about it, its content notes and the claims that cite it.
      parameters:
        - $ref: '#/components/parameters/sourceFields'
        - $ref: '#/components/parameters/sourceInclude'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The source.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SourceDocument'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '404': {$ref: '#/components/responses/NotFound'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/glossary:
    get:
      operationId: listGlossary
      tags: [glossary]
      summary: Glossary terms; `?q=` matches a term or alias by prefix, ignoring case and accents.
      parameters:
        - name: q
          in: query
          description: A prefix of a term or alias ("self-inj" finds NSSI through its alias). Empty matches every term.
          schema: {type: string, maxLength: 512}
          example: self-inj
        - $ref: '#/components/parameters/glossaryFields'
        - $ref: '#/components/parameters/glossaryInclude'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/cursor'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: A page of terms.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/GlossaryList'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/glossary/{slug}:
    parameters:
      - name: slug
        in: path
        required: true
        description: The term's slug.
        schema: {$ref: '#/components/schemas/Slug'}
        example: harm-reduction
    get:
      operationId: getGlossaryTerm
      tags: [glossary]
      summary: One term with its definition, aliases, related terms and the sections that use it.
      parameters:
        - $ref: '#/components/parameters/glossaryFields'
        - $ref: '#/components/parameters/glossaryInclude'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The term.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/GlossaryTermDocument'}
              examples:
                nssi: {$ref: '#/components/examples/GlossaryNSSI'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '404': {$ref: '#/components/responses/NotFound'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/support:
    get:
      operationId: getSupport
      tags: [support]
      summary: Support lines for a region, falling back to the international directory, with emergency numbers.
      description: >-
        The region is `?country=`, else the region of the most preferred `Accept-Language` tag
        (`en-GB` → GB), else none. A region without lines of its own gets the international directory
        (`fallback: true`) and every emergency number.
      parameters:
        - $ref: '#/components/parameters/country'
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The lines for the region.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Support'}
              examples:
                GB: {$ref: '#/components/examples/SupportGB'}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /v1/search:
    get:
      operationId: search
      tags: [search]
      summary: Passages, claims and glossary terms ranked by BM25, with support lines first when a query signals danger.
      description: |
        Each paragraph or bullet of a section is a passage (`{section-id}#p{n}`); claims and glossary
        terms are searched too. Quoted phrases match as phrases; the last word also matches as a
        prefix. When the query suggests the person may be in danger now, `support.urgent` is true and
        the support block lists the lines for the caller's region (from `country`, else
        `Accept-Language`), in JSON and in text alike. `format=text` returns `text/plain` ready to paste
        into a language model's context.
      parameters:
        - name: q
          in: query
          required: true
          description: The query; at most 512 bytes of UTF-8, and not only whitespace.
          schema: {type: string, minLength: 1, maxLength: 512, pattern: '\S'}
          example: why does hurting myself make me feel better
        - name: limit
          in: query
          description: How many results, 1 to 50.
          schema: {type: integer, minimum: 1, maximum: 50, default: 10}
        - name: types
          in: query
          description: Which kinds of result, comma-separated.
          schema:
            type: string
            pattern: '^(sections|claims|glossary)(,(sections|claims|glossary))*$'
            default: sections,claims,glossary
          example: sections,claims
        - $ref: '#/components/parameters/country'
        - name: format
          in: query
          description: json (default) or text (`text/plain` for a language model's context).
          schema: {type: string, enum: [json, text], default: json}
        - $ref: '#/components/parameters/pretty'
      responses:
        '200':
          description: The ranked results.
          headers: *contentHeaders
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SearchResults'}
              examples:
                what-is-nssi: {$ref: '#/components/examples/SearchNSSI'}
            text/plain:
              schema: {type: string}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /openapi.yaml:
    get:
      operationId: getOpenAPI
      tags: [operations]
      summary: This description.
      responses:
        '200':
          description: OpenAPI 3.1 in YAML.
          headers: *contentHeaders
          content:
            application/yaml:
              schema: {type: string}
        '304': {$ref: '#/components/responses/NotModified'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '406': {$ref: '#/components/responses/NotAcceptable'}
    options: *preflight
  /healthz:
    get:
      operationId: getHealth
      tags: [operations]
      summary: 'Liveness: the process answers.'
      responses:
        '200':
          description: Alive.
          headers:
            Cache-Control: {$ref: '#/components/headers/Cache-Control-No-Store'}
            X-Content-Version: {$ref: '#/components/headers/X-Content-Version'}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Health'}
        '400': {$ref: '#/components/responses/BadRequest'}
    options: *preflight
  /readyz:
    get:
      operationId: getReadiness
      tags: [operations]
      summary: 'Readiness: content is loaded and the server is not draining.'
      responses:
        '200':
          description: Ready for traffic.
          headers:
            Cache-Control: {$ref: '#/components/headers/Cache-Control-No-Store'}
            X-Content-Version: {$ref: '#/components/headers/X-Content-Version'}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Health'}
              example: {status: ready, content_version: 3f0c8e5a9d7b6c4e2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b}
        '400': {$ref: '#/components/responses/BadRequest'}
        '503':
          description: Draining (after SIGTERM) or not yet loaded; try again after `Retry-After` seconds.
          headers:
            Retry-After:
              description: Seconds to wait before asking again.
              schema: {type: string, pattern: '^[0-9]+$'}
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Problem'}
    options: *preflight
  /metrics:
    get:
      operationId: getMetrics
      tags: [operations]
      summary: Prometheus metrics (text exposition format), never cached.
      responses:
        '200':
          description: Requests by route and status, latency histogram, open connections, bytes sent, reloads, content version.
          headers:
            Cache-Control: {$ref: '#/components/headers/Cache-Control-No-Store'}
          content:
            text/plain:
              schema: {type: string}
    options: *preflight
components:
  examples:
    SectionResearchShows:
      summary: 'GET /v1/sections/research-shows, as served.'
      value: {"id": "research-shows", "position": 6, "title": "Research shows:", "content_notes": [], "word_count": 76, "reading_time_minutes": 1, "body": {"html": "<ul>\n<li>A diminished pain perception in people who self-harm</li>\n<li>Folks with the greatest difficulties in regulating emotions can withstand the most pain</li>\n<li>Self-criticism increases our ability to withstand pain longer (and is often cited as a reason people self-harm)</li>\n<li>The introduction + removal of something unpleasant makes people feel better</li>\n<li>People with higher levels of negative emotions are more likely to engage in NSSI (there is more negative emotion to reduce and more relief to gain)</li>\n</ul>", "text": "A diminished pain perception in people who self-harm\n\nFolks with the greatest difficulties in regulating emotions can withstand the most pain\n\nSelf-criticism increases our ability to withstand pain longer (and is often cited as a reason people self-harm)\n\nThe introduction + removal of something unpleasant makes people feel better\n\nPeople with higher levels of negative emotions are more likely to engage in NSSI (there is more negative emotion to reduce and more relief to gain)"}, "claims": ["diminished-pain-perception", "emotion-regulation-pain-endurance", "self-criticism-pain-endurance", "pain-offset-relief", "negative-emotion-nssi"], "glossary_terms": ["pain-perception", "self-harm", "emotion-regulation", "self-criticism", "pain-offset-relief", "negative-emotion", "nssi"], "links": {"self": "/v1/sections/research-shows", "prev": "/v1/sections/not-manipulative", "next": "/v1/sections/temporary-relief", "support": "/v1/support"}}
    ClaimSignalScrambling:
      summary: 'GET /v1/claims/signal-scrambling, as served.'
      value: {"id": "signal-scrambling", "quote": "Self-harm can actually be a sign of “signal-scrambling between the anterior insula and anterior cingulate cortex.”", "section": {"id": "temporary-relief", "title": "Bodily injury can provide temporary relief from emotional suffering.", "links": {"self": "/v1/sections/temporary-relief"}}, "sources": [], "evidence": [], "notes": ["The phrase “signal-scrambling” was not found in any stored copy of the cited articles; the explainer's quotation marks are kept and its attribution is unknown."], "links": {"self": "/v1/claims/signal-scrambling", "section": "/v1/sections/temporary-relief", "support": "/v1/support"}}
    SupportGB:
      summary: 'GET /v1/support?country=GB, as served.'
      value: {"region": "GB", "fallback": false, "lines": [{"id": "gb-ie-samaritans", "service": "Samaritans", "regions": ["GB", "IE"], "contact": "call 116 123 (free); email jo@samaritans.org (UK), jo@samaritans.ie (Ireland)", "hours": "24/7", "url": null, "verified_at": "2026-11-24"}], "emergency": {"advice": "If you are in immediate danger, call your local emergency number.", "numbers": [{"id": "emergency-gb", "regions": ["GB"], "number": "999"}]}, "links": {"self": "/v1/support?country=GB"}}
    SearchNSSI:
      summary: 'GET /v1/search?q=what is NSSI&limit=2, as served.'
      value: {"support": {"urgent": false, "region": null, "lines": [], "emergency": null}, "query": "what is NSSI", "total": 8, "limit": 2, "types": ["sections", "claims", "glossary"], "results": [{"type": "glossary", "id": "nssi", "score": 3.2766, "title": "NSSI", "url": "/v1/glossary/nssi", "section": null, "snippet": "Non-suicidal self-injury: the clinical name for self-harm done without the intent to die. Researchers use it to keep self-harm distinct from suicide attempts.", "snippet_html": "<mark>Non-suicidal self-injury</mark>: the clinical name for self-harm done without the intent to die. Researchers use it to keep self-harm distinct from suicide attempts.", "matches": [{"start": 0, "end": 24}], "sources": []}, {"type": "passage", "id": "not-suicide#p1", "score": 2.1244, "title": "Self-harm is not the same as suicidal ideation or an attempt. It is very common and everyone knows someone who has self-harmed.", "url": "/v1/sections/not-suicide", "section": {"id": "not-suicide", "title": "Self-harm is not the same as suicidal ideation or an attempt. It is very common and everyone knows someone who has self-harmed.", "url": "/v1/sections/not-suicide"}, "snippet": "Self-harm, also known as non-suicidal self-injury or NSSI, happens anytime we hurt ourselves on purpose (often as a way to release painful emotions). It is subjective, looks different across cultures, serves different purposes, and is not limited to one group, gender, or age.…", "snippet_html": "Self-harm, also known as <mark>non-suicidal self-injury</mark> or <mark>NSSI</mark>, happens anytime we hurt ourselves on purpose (often as a way to release painful emotions). It is subjective, looks different across cultures, serves different purposes, and is not limited to one group, gender, or age.…", "matches": [{"start": 25, "end": 49}, {"start": 53, "end": 57}], "sources": []}], "links": {"self": "/v1/search?q=what%20is%20NSSI", "support": "/v1/support"}}
    GlossaryNSSI:
      summary: 'GET /v1/glossary/nssi, as served.'
      value: {"slug": "nssi", "term": "NSSI", "aliases": ["non-suicidal self-injury", "self-injury"], "definition": "Non-suicidal self-injury: the clinical name for self-harm done without the intent to die. Researchers use it to keep self-harm distinct from suicide attempts.", "related": ["self-harm", "suicidal-ideation"], "basis": [], "sections": ["not-suicide", "emotion-relief", "research-shows", "temporary-relief"], "links": {"self": "/v1/glossary/nssi", "support": "/v1/support"}}
  parameters:
    pretty:
      name: pretty
      in: query
      description: 1 indents the JSON by two spaces; 0 (default) sends it compact.
      schema: {type: integer, enum: [0, 1], default: 0}
    limit:
      name: limit
      in: query
      description: Page size, 1 to 200.
      schema: {type: integer, minimum: 1, maximum: 200, default: 50}
    cursor:
      name: cursor
      in: query
      description: Where the page starts; take it from the previous page's `links.next` (or its `Link rel="next"`), never build it.
      schema: {type: string, pattern: '^[A-Za-z0-9_-]{1,32}$'}
      example: bzE
    sectionID:
      name: id
      in: path
      required: true
      description: The section's id (from its file name, e.g. `06-research-shows.md` → `research-shows`).
      schema: {$ref: '#/components/schemas/Slug'}
      example: research-shows
    format:
      name: format
      in: query
      description: The body formats to include, comma-separated (default `html,text`).
      schema:
        type: string
        pattern: '^(html|markdown|text)(,(html|markdown|text))*$'
        default: html,text
      example: html,markdown,text
    annotate:
      name: annotate
      in: query
      description: '`glossary` marks each glossary term in `body.html` with a link to its definition, for pop-ups.'
      schema: {type: string, enum: [glossary]}
    country:
      name: country
      in: query
      description: An ISO 3166-1 alpha-2 region code (any case) for the support lines.
      schema: {type: string, pattern: '^[A-Za-z]{2}$'}
      example: GB
    sectionFields:
      name: fields
      in: query
      description: Keep only these top-level fields (`id` and `links` are always kept), comma-separated.
      schema:
        type: string
        pattern: '^(id|position|title|content_notes|word_count|reading_time_minutes|body|claims|glossary_terms|links)(,(id|position|title|content_notes|word_count|reading_time_minutes|body|claims|glossary_terms|links))*$'
      example: title,body
    sectionInclude:
      name: include
      in: query
      description: Embed the section's claims and/or glossary terms under `included`, comma-separated.
      schema: {type: string, pattern: '^(claims|glossary)(,(claims|glossary))*$'}
      example: claims,glossary
    claimFields:
      name: fields
      in: query
      description: Keep only these top-level fields (`id` and `links` are always kept), comma-separated.
      schema:
        type: string
        pattern: '^(id|quote|section|sources|evidence|notes|links)(,(id|quote|section|sources|evidence|notes|links))*$'
      example: quote,sources
    claimInclude:
      name: include
      in: query
      description: Embed the claim's section and/or full sources under `included`, comma-separated.
      schema: {type: string, pattern: '^(section|sources)(,(section|sources))*$'}
      example: section
    sourceFields:
      name: fields
      in: query
      description: Keep only these top-level fields (`id` and `links` are always kept), comma-separated.
      schema:
        type: string
        pattern: '^(id|title|outlet|author|date|url|url_note|content_notes|notes|claims|links)(,(id|title|outlet|author|date|url|url_note|content_notes|notes|claims|links))*$'
      example: title,outlet,url
    sourceInclude:
      name: include
      in: query
      description: Embed the claims that cite the source under `included`.
      schema: {type: string, pattern: '^claims(,claims)*$'}
      example: claims
    glossaryFields:
      name: fields
      in: query
      description: Keep only these top-level fields (`slug` and `links` are always kept), comma-separated.
      schema:
        type: string
        pattern: '^(slug|term|aliases|definition|related|basis|sections|links)(,(slug|term|aliases|definition|related|basis|sections|links))*$'
      example: term,definition
    glossaryInclude:
      name: include
      in: query
      description: Embed the sections that use the term and/or its related terms under `included`, comma-separated.
      schema: {type: string, pattern: '^(sections|related)(,(sections|related))*$'}
      example: related
  headers:
    ETag:
      description: Strong tag of exactly these bytes; gzip bytes have their own.
      required: true
      schema: {type: string, pattern: '^"[^"]+"$'}
    Last-Modified:
      description: When the content was loaded (IMF-fixdate).
      required: true
      schema: {type: string}
    Cache-Control:
      description: '`public, max-age=300, stale-while-revalidate=86400` unless configured otherwise.'
      required: true
      schema: {type: string}
    Cache-Control-No-Store:
      description: Never cached.
      required: true
      schema: {type: string, const: no-store}
    Vary:
      description: The request headers the representation depends on (always `Accept-Encoding`; `Accept` for sections; `Accept-Language` for support without `country`; `Origin` with a CORS allow-list).
      required: true
      schema: {type: string}
    Link:
      description: '`</v1/support>; rel="help"` always, and `rel="next"` on a list page that has a next page.'
      required: true
      schema: {type: string}
    X-Content-Version:
      description: The content version (SHA-256 of the canonical content) this response was answered from.
      required: true
      schema: {type: string, pattern: '^[0-9a-f]{64}$'}
    X-Request-Id:
      description: The client's X-Request-Id when it is a sane token, else one the server generated.
      schema: {type: string}
    Allow:
      description: The methods this path answers.
      required: true
      schema: {type: string}
    Access-Control-Allow-Origin:
      description: '`*`, or the request''s Origin when it is on the allow-list.'
      schema: {type: string}
    Access-Control-Allow-Methods:
      description: GET, HEAD, OPTIONS.
      schema: {type: string}
    Access-Control-Allow-Headers:
      description: The request headers a page may send.
      schema: {type: string}
    Access-Control-Max-Age:
      description: Seconds a browser may cache this preflight.
      schema: {type: string, pattern: '^[0-9]+$'}
  responses:
    NotModified:
      description: The client's copy (by `If-None-Match`, else `If-Modified-Since`) is current.
      headers:
        ETag: {$ref: '#/components/headers/ETag'}
        Cache-Control: {$ref: '#/components/headers/Cache-Control'}
        Vary: {$ref: '#/components/headers/Vary'}
    BadRequest:
      description: A query parameter is unknown, repeated, or has a value the resource does not take; `parameter` names it.
      content:
        application/problem+json:
          schema: {$ref: '#/components/schemas/Problem'}
          example:
            type: /problems/invalid-parameter
            title: Invalid Parameter
            status: 400
            detail: limit must be a whole number from 1 to 200.
            instance: /v1/sections
            request_id: 6f1c0a2e9b7d4c3a
            parameter: limit
    NotFound:
      description: No resource with this id; `suggestions` lists the nearest ids.
      content:
        application/problem+json:
          schema: {$ref: '#/components/schemas/Problem'}
          example:
            type: /problems/not-found
            title: Not Found
            status: 404
            detail: There is no section with id 'reserch-shows'.
            instance: /v1/sections/reserch-shows
            request_id: 6f1c0a2e9b7d4c3a
            id: reserch-shows
            suggestions: [research-shows, not-suicide, emotion-relief]
    NotAcceptable:
      description: '`Accept-Encoding` refused both identity and gzip.'
      content:
        application/problem+json:
          schema: {$ref: '#/components/schemas/Problem'}
  schemas:
    Slug:
      type: string
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$'
      maxLength: 128
    Path:
      type: string
      pattern: '^/'
    NullablePath:
      type: [string, 'null']
      pattern: '^/'
    Links:
      type: object
      required: [self, support]
      properties:
        self: {$ref: '#/components/schemas/Path'}
        support: {type: string, const: /v1/support}
      additionalProperties: {$ref: '#/components/schemas/NullablePath'}
    SelfLink:
      type: object
      required: [self]
      properties:
        self: {$ref: '#/components/schemas/Path'}
    ContentNote:
      type: object
      required: [id, label, description]
      properties:
        id: {type: string, examples: [mentions-self-harm-methods]}
        label: {type: [string, 'null'], examples: [Mentions kinds of self-harm]}
        description: {type: [string, 'null'], examples: [Names kinds of self-harm, without detail.]}
    SourceSummary:
      type: object
      required: [id, title, outlet, url, links]
      properties:
        id: {type: string, examples: [aeon-why-self-harm]}
        title: {type: [string, 'null'], examples: [How Self-Harm Provokes the Brain Into Feeling Better]}
        outlet: {type: [string, 'null'], examples: [Aeon]}
        url: {type: [string, 'null'], format: uri, examples: ['https://aeon.co/essays/how-self-harm-provokes-the-brain-into-feeling-better']}
        links: {$ref: '#/components/schemas/SelfLink'}
    Study:
      type: object
      required: [key]
      properties:
        key: {type: string, examples: [franklin-2013]}
        citation: {type: string}
        authors: {type: array, items: {type: string}, examples: [[Franklin JC, Lee KM, Hanna EK, Prinstein MJ]]}
        authors_complete: {type: boolean}
        year: {type: integer, examples: [2013]}
        title: {type: string, examples: ['Feeling worse to feel better: pain-offset relief simultaneously stimulates positive affect and reduces negative affect']}
        journal: {type: [string, 'null'], examples: [Psychological Science]}
        doi: {type: [string, 'null'], description: 'Only where verified.', examples: [10.1177/0956797612458805]}
        doi_url: {type: [string, 'null'], format: uri}
    Root:
      type: object
      required: [name, description, api_version, content_version, loaded_at, links]
      properties:
        name: {type: string, const: explainer-server}
        description: {type: string}
        api_version: {type: string, examples: [1.0.0]}
        content_version: {$ref: '#/components/schemas/ContentVersion'}
        loaded_at: {type: string, format: date-time}
        links:
          type: object
          required: [self, explainer, sections, claims, sources, glossary, search, support, openapi, health, ready]
          additionalProperties: {type: string}
    ContentVersion:
      type: string
      pattern: '^[0-9a-f]{64}$'
      description: Lower-case hex SHA-256 over the canonical content.
    Explainer:
      type: object
      required: [id, title, subtitle, summary, language, attribution, last_reviewed, content_version, loaded_at, sections, sources, links]
      properties:
        id: {type: string, examples: [unpacking-self-harm]}
        title: {type: string, examples: [unpacking self-harm]}
        subtitle: {type: [string, 'null'], examples: [understanding what it is and why it helps]}
        summary: {type: string}
        language: {type: string, examples: [en]}
        attribution: {type: string}
        last_reviewed: {type: string, format: date, examples: ['2026-11-25']}
        content_version: {$ref: '#/components/schemas/ContentVersion'}
        loaded_at: {type: string, format: date-time}
        sections:
          type: array
          items:
            type: object
            required: [id, position, title, word_count, reading_time_minutes, content_notes, links]
            properties:
              id: {type: string}
              position: {type: integer, minimum: 1}
              title: {type: string, examples: ['Research shows:']}
              word_count: {type: integer, minimum: 0}
              reading_time_minutes: {type: integer, minimum: 0}
              content_notes: {type: array, items: {type: string}}
              links: {$ref: '#/components/schemas/SelfLink'}
        sources: {type: array, items: {$ref: '#/components/schemas/SourceSummary'}}
        links: {$ref: '#/components/schemas/Links'}
    Section:
      type: object
      description: With `?fields=`, only the named fields (and `id`, `links`) are present.
      required: [id, links]
      properties:
        id: {type: string, examples: [research-shows]}
        position: {type: integer, minimum: 1, examples: [6]}
        title: {type: string, examples: ['Research shows:']}
        content_notes: {type: array, items: {$ref: '#/components/schemas/ContentNote'}}
        word_count: {type: integer, minimum: 0}
        reading_time_minutes: {type: integer, minimum: 0}
        body:
          type: object
          description: The formats asked for with `?format=` (default html and text).
          properties:
            html: {type: string, examples: ['<ul><li>A diminished pain perception in people who self-harm</li></ul>']}
            markdown: {type: string, examples: ['- A diminished pain perception in people who self-harm']}
            text: {type: string, examples: [A diminished pain perception in people who self-harm]}
          additionalProperties: false
        claims: {type: array, items: {type: string}, examples: [[diminished-pain-perception, emotion-regulation-pain-endurance]]}
        glossary_terms: {type: array, items: {type: string}, examples: [[pain-perception, self-harm, nssi]]}
        links:
          allOf:
            - $ref: '#/components/schemas/Links'
            - type: object
              properties:
                prev: {$ref: '#/components/schemas/NullablePath'}
                next: {$ref: '#/components/schemas/NullablePath'}
    Claim:
      type: object
      required: [id, links]
      properties:
        id: {type: string, examples: [diminished-pain-perception]}
        quote: {type: string, description: Word for word from the explainer., examples: [A diminished pain perception in people who self-harm]}
        section:
          type: object
          required: [id, title, links]
          properties:
            id: {type: string, examples: [research-shows]}
            title: {type: [string, 'null'], examples: ['Research shows:']}
            links: {$ref: '#/components/schemas/SelfLink'}
        sources: {type: array, items: {$ref: '#/components/schemas/SourceSummary'}}
        evidence: {type: array, items: {$ref: '#/components/schemas/Study'}}
        notes: {type: array, items: {type: string}, examples: [[The finding is correlational.]]}
        links: {$ref: '#/components/schemas/Links'}
    Source:
      type: object
      required: [id, links]
      properties:
        id: {type: string, examples: [aeon-why-self-harm]}
        title: {type: string, examples: [How Self-Harm Provokes the Brain Into Feeling Better]}
        outlet: {type: string, examples: [Aeon]}
        author: {type: [string, 'null'], examples: [Carrie Arnold]}
        date: {type: [string, 'null'], format: date}
        url: {type: [string, 'null'], format: uri}
        url_note: {type: [string, 'null'], examples: ['The page''s headline reads “Why self-harm?”']}
        content_notes: {type: array, items: {$ref: '#/components/schemas/ContentNote'}}
        notes: {type: array, items: {type: string}}
        claims: {type: array, items: {type: string}}
        links: {$ref: '#/components/schemas/Links'}
    GlossaryTerm:
      type: object
      required: [slug, links]
      properties:
        slug: {type: string, examples: [harm-reduction]}
        term: {type: string, examples: [harm reduction]}
        aliases: {type: array, items: {type: string}}
        definition: {type: string}
        related: {type: array, items: {type: string}}
        basis: {type: array, items: {type: string}, description: Sources or studies the definition rests on where it states a finding.}
        sections: {type: array, items: {type: string}}
        links: {$ref: '#/components/schemas/Links'}
    Included:
      type: object
      description: Related resources embedded by `?include=`, each once, by collection.
      properties:
        claims: {type: array, items: {$ref: '#/components/schemas/Claim'}}
        sources: {type: array, items: {$ref: '#/components/schemas/Source'}}
        sections: {type: array, items: {$ref: '#/components/schemas/Section'}}
        glossary: {type: array, items: {$ref: '#/components/schemas/GlossaryTerm'}}
      additionalProperties: false
    SectionDocument:
      allOf:
        - $ref: '#/components/schemas/Section'
        - type: object
          properties:
            included: {$ref: '#/components/schemas/Included'}
    ClaimDocument:
      allOf:
        - $ref: '#/components/schemas/Claim'
        - type: object
          properties:
            included: {$ref: '#/components/schemas/Included'}
    SourceDocument:
      allOf:
        - $ref: '#/components/schemas/Source'
        - type: object
          properties:
            included: {$ref: '#/components/schemas/Included'}
    GlossaryTermDocument:
      allOf:
        - $ref: '#/components/schemas/GlossaryTerm'
        - type: object
          properties:
            included: {$ref: '#/components/schemas/Included'}
    ListLinks:
      allOf:
        - $ref: '#/components/schemas/Links'
        - type: object
          required: [next]
          properties:
            next: {$ref: '#/components/schemas/NullablePath'}
    SectionList:
      type: object
      required: [items, total, limit, links]
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Section'}}
        total: {type: integer, minimum: 0}
        limit: {type: integer, minimum: 1, maximum: 200}
        included: {$ref: '#/components/schemas/Included'}
        links: {$ref: '#/components/schemas/ListLinks'}
    ClaimList:
      type: object
      required: [items, total, limit, links]
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Claim'}}
        total: {type: integer, minimum: 0}
        limit: {type: integer, minimum: 1, maximum: 200}
        included: {$ref: '#/components/schemas/Included'}
        links: {$ref: '#/components/schemas/ListLinks'}
    SourceList:
      type: object
      required: [items, total, limit, links]
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Source'}}
        total: {type: integer, minimum: 0}
        limit: {type: integer, minimum: 1, maximum: 200}
        included: {$ref: '#/components/schemas/Included'}
        links: {$ref: '#/components/schemas/ListLinks'}
    GlossaryList:
      type: object
      required: [items, total, limit, links]
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/GlossaryTerm'}}
        total: {type: integer, minimum: 0}
        limit: {type: integer, minimum: 1, maximum: 200}
        included: {$ref: '#/components/schemas/Included'}
        links: {$ref: '#/components/schemas/ListLinks'}
    SupportLine:
      type: object
      required: [id, service, regions, contact, hours, url, verified_at]
      properties:
        id: {type: string, examples: [gb-ie-samaritans]}
        service: {type: string, examples: [Samaritans]}
        regions: {type: array, items: {type: string}, examples: [[GB, IE]]}
        contact: {type: string, examples: [call 116 123 (free)]}
        hours: {type: [string, 'null'], examples: [24/7]}
        url: {type: [string, 'null'], format: uri}
        verified_at: {type: string, format: date, examples: ['2026-11-24']}
    Emergency:
      type: object
      required: [advice, numbers]
      properties:
        advice: {type: string, examples: [If you are in immediate danger, call your local emergency number.]}
        numbers:
          type: array
          items:
            type: object
            required: [id, regions, number]
            properties:
              id: {type: string, examples: [emergency-gb]}
              regions: {type: array, items: {type: string}, examples: [[GB]]}
              number: {type: string, examples: ['999']}
    Support:
      type: object
      required: [region, fallback, lines, emergency, links]
      properties:
        region: {type: [string, 'null'], pattern: '^[A-Z]{2}$', examples: [GB]}
        fallback: {type: boolean, description: True when the region has no lines of its own and the international directory is shown.}
        lines: {type: array, items: {$ref: '#/components/schemas/SupportLine'}}
        emergency: {$ref: '#/components/schemas/Emergency'}
        links: {$ref: '#/components/schemas/SelfLink'}
    SearchSupport:
      type: object
      required: [urgent, region, lines, emergency]
      description: First in the response. Lines are listed only when `urgent` is true.
      properties:
        urgent: {type: boolean}
        region: {type: [string, 'null'], pattern: '^[A-Z]{2}$'}
        lines: {type: array, items: {$ref: '#/components/schemas/SupportLine'}}
        emergency:
          oneOf:
            - $ref: '#/components/schemas/Emergency'
            - type: 'null'
    SearchResult:
      type: object
      required: [type, id, score, title, url, section, snippet, snippet_html, matches, sources]
      properties:
        type: {type: string, enum: [passage, claim, glossary]}
        id: {type: string, examples: ['research-shows#p1']}
        score: {type: number}
        title: {type: string}
        url: {$ref: '#/components/schemas/Path'}
        section:
          oneOf:
            - type: object
              required: [id, title, url]
              properties:
                id: {type: string}
                title: {type: string}
                url: {$ref: '#/components/schemas/Path'}
            - type: 'null'
        snippet: {type: string}
        snippet_html: {type: string, description: The snippet with matched words in `<mark>`; everything else escaped.}
        matches:
          type: array
          description: Character offsets of the matched words in `snippet`.
          items:
            type: object
            required: [start, end]
            properties:
              start: {type: integer, minimum: 0}
              end: {type: integer, minimum: 0}
        sources: {type: array, items: {$ref: '#/components/schemas/SourceSummary'}}
    SearchResults:
      type: object
      required: [support, query, total, limit, types, results, links]
      properties:
        support: {$ref: '#/components/schemas/SearchSupport'}
        query: {type: string}
        total: {type: integer, minimum: 0, description: How many documents matched in all.}
        limit: {type: integer, minimum: 1, maximum: 50}
        types: {type: array, items: {type: string, enum: [sections, claims, glossary]}}
        results: {type: array, items: {$ref: '#/components/schemas/SearchResult'}}
        links: {$ref: '#/components/schemas/Links'}
    Health:
      type: object
      required: [status, content_version]
      properties:
        status: {type: string, enum: [ok, ready]}
        content_version: {$ref: '#/components/schemas/ContentVersion'}
    Problem:
      type: object
      description: RFC 9457 problem details.
      required: [type, title, status, detail]
      properties:
        type: {type: string, examples: [/problems/invalid-parameter]}
        title: {type: string}
        status: {type: integer, minimum: 400, maximum: 599}
        detail: {type: string}
        instance: {type: string}
        request_id: {type: string}
        parameter: {type: string, description: The query parameter at fault (400).}
        allowed: {type: array, items: {type: string}, description: The values or parameters that are allowed.}
        suggestions: {type: array, items: {type: string}, description: The nearest known ids or values.}
        id: {type: string, description: The id that was not found (404).}

"""##
}
