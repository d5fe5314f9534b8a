import ExplainerContent

extension PageRenderer {
    /// Where to turn, on every page: the emergency advice and numbers, the support lines for the
    /// region `?country=` named (else the international lines and every number), and links to the
    /// same page for each region the content has lines for.
    func support(_ page: inout PageHTML, region: String?, path: String) {
        let selection = resources.supportSelection(region: region)
        page.raw("<section class=\"support\" aria-labelledby=\"support-title\">\n")
        page.raw("<h2 id=\"support-title\">If you need support now</h2>\n")
        page.element("p", "", index.emergencyAdvice)
        let numbers = selection.emergency.map { $0.number + " (" + $0.regions.joined(separator: ", ") + ")" }
        page.element("p", "", "Emergency numbers: " + numbers.joined(separator: "; ") + ".")
        if selection.fallback {
            page.element(
                "p", "",
                region.map { "No line for \($0) is listed here yet; these lines can point you to help wherever you are." }
                    ?? "These lines can point you to help wherever you are; choose your country below for local lines.")
        }
        page.raw("<ul>\n")
        for line in selection.lines {
            page.raw("<li><strong>")
            if let url = line.url {
                page.raw("<a " + PageHTML.attribute("href", url) + ">")
                page.text(line.service)
                page.raw("</a>")
            } else {
                page.text(line.service)
            }
            page.raw("</strong>: ")
            page.text(line.contact + (line.hours.map { " (\($0))" } ?? "") + ".")
            page.raw("</li>\n")
        }
        page.raw("</ul>\n")
        regionLinks(&page, region: region, path: path)
        page.raw("</section>\n")
    }

    /// The regions with lines of their own, each a link to this page with `?country=`.
    private func regionLinks(_ page: inout PageHTML, region: String?, path: String) {
        var regions: [String] = []
        for line in index.supportLines {
            for code in line.regions where code != "*" && !regions.contains(code) { regions.append(code) }
        }
        guard !regions.isEmpty else { return }
        page.raw("<nav class=\"regions\" aria-label=\"Support lines by country\">\n<p>Lines for a country:</p>\n<ul>\n")
        for code in regions.sorted() {
            let current = code == region ? " aria-current=\"page\"" : ""
            page.raw("<li><a " + PageHTML.attribute("href", path + "?country=" + code) + current + ">")
            page.text(code)
            page.raw("</a></li>\n")
        }
        let all = region == nil ? " aria-current=\"page\"" : ""
        page.raw("<li><a " + PageHTML.attribute("href", path) + all + ">International</a></li>\n</ul>\n</nav>\n")
    }
}
