import ExplainerContent

/// `/embed/{id}`: one section as a small page another site may put in an `<iframe>`.
///
/// Made from the section's pre-rendered HTML when the snapshot is rendered: content notes first, the
/// text, the support block (the emergency advice and numbers, the international lines, and a link to
/// every line), and the attribution with a link to the section's own page. No script, no request to
/// anyone: the CSP allows its one inline style (by hash) and nothing else, and `frame-ancestors` is
/// the operator's list (`--frame-ancestors`). Links open outside the frame.
package struct EmbedPage: Sendable {
    /// The page's one style sheet, inline, allowed by its hash. Colours follow the reader's scheme.
    static let style = """
        :root{color-scheme:light dark;font:16px/1.5 system-ui,sans-serif}
        body{margin:0;padding:1rem;max-width:42rem}
        h1{font-size:1.3rem;margin:0 0 .5rem}
        .notes{font-size:.9rem;border-left:3px solid currentColor;padding-left:.5rem}
        .support{margin-top:1.5rem;padding:.75rem;border:1px solid currentColor;border-radius:.5rem}
        .support h2{font-size:1rem;margin:0 0 .25rem}
        footer{margin-top:1rem;font-size:.85rem}
        """

    /// The `Content-Security-Policy` of every embed page with these frame ancestors.
    package static func contentSecurityPolicy(frameAncestors: [String]) -> String {
        "default-src 'none'; style-src \(StyleHash.source(for: style)); img-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors \(frameAncestors.joined(separator: " "))"
    }

    /// The page for `section`, its links made absolute by `configuration`.
    package static func html(_ section: Section, in index: ContentIndex, configuration: APIConfiguration) -> [UInt8] {
        let explainer = index.explainer
        let rendering = index.rendering(sectionID: section.id)
        let e = XMLText.escape
        var page = "<!doctype html>\n<html lang=\"\(e(explainer.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        page += "<title>\(e(section.title)) (\(e(explainer.title)))</title>\n"
        page += "<base target=\"_blank\">\n<style>\(style)</style>\n</head>\n<body>\n<main>\n"
        page += "<article>\n<h1>\(e(section.title))</h1>\n"
        let labels = section.contentNotes.compactMap { index.contentNote(id: $0)?.label }
        if !labels.isEmpty { page += "<p class=\"notes\"><strong>Content notes:</strong> \(e(labels.joined(separator: "; ")))</p>\n" }
        page += rendering?.html ?? ""
        page += "\n</article>\n<aside class=\"support\" aria-labelledby=\"support-heading\">\n"
        page += "<h2 id=\"support-heading\">If you need support</h2>\n<p>\(e(index.emergencyAdvice))</p>\n<ul>\n"
        for line in index.emergencyLines {
            page += "<li>Emergency (\(e(line.regions.joined(separator: ", ")))): \(e(line.number))</li>\n"
        }
        for line in index.supportLines where line.regions.contains("*") {
            page += "<li>\(e(line.service)): \(e(line.contact))</li>\n"
        }
        page += "</ul>\n<p><a class=\"support-link\" href=\"\(e(configuration.absoluteURL(Resource.support.path)))\">"
        page += "Support lines for every region</a></p>\n</aside>\n"
        page += "<footer>\n<p>From “\(e(explainer.title))”. \(e(explainer.attribution))</p>\n"
        let pageURL = configuration.absoluteURL(ExplainerPagePath.section(section.id))
        page += "<p><a href=\"\(e(pageURL))\">Read this section on its own page</a></p>\n"
        page += "</footer>\n</main>\n</body>\n</html>\n"
        return Array(page.utf8)
    }
}
