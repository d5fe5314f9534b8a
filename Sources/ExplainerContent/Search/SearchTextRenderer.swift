/// Renders a search response as `text/plain` for a language model's context (`format=text`).
///
/// Layout: the support block first when the query signalled danger; then one line saying what was
/// searched; then numbered results, each with its kind and id, section title, URL, citations and full
/// text (a passage's paragraph, a claim's quote, a term's definition), so a model can quote and cite
/// without another request. Lines are plain: no Markdown, no HTML, nothing escaped.
///
/// The API picks the support lines and emergency numbers for the caller's region (the same choice as
/// `/v1/support`) and passes them in; this type only lays them out.
public enum SearchTextRenderer {
    /// The support block's first line; written to be calm and direct.
    public static let supportHeading = "SUPPORT: if you may be in danger now, you can reach someone right away:"

    /// Renders the whole response.
    ///
    /// - Parameters:
    ///   - response: the search result.
    ///   - index: the index that produced it (for each hit's full text).
    ///   - content: the loaded content (for source titles, outlets, URLs and studies).
    ///   - supportLines: the lines for the caller's region; shown only when `response.support.urgent`.
    ///   - emergencyLines: the emergency numbers for the region (or all of them).
    public static func render(
        _ response: SearchResponse, index: SearchIndex, content: ContentIndex, supportLines: [SupportLine],
        emergencyLines: [EmergencyLine]
    ) -> String {
        var text = ""
        if response.support.urgent {
            text += supportBlock(lines: supportLines, emergencyLines: emergencyLines, advice: content.emergencyAdvice)
            text += "\n"
        }
        let shown = response.hits.count
        text += "Search of \"\(content.explainer.title)\" for: \(response.request.query)\n"
        text += "\(shown) of \(response.totalMatches) matching results; content version \(content.contentVersion).\n"
        if response.hits.isEmpty { text += "\nNo passage, claim or glossary term matched.\n" }
        for (number, hit) in response.hits.enumerated() {
            text += "\n" + result(number: number + 1, hit: hit, index: index, content: content)
        }
        return text
    }

    /// The support block alone: each line's service, contact and hours, then the emergency numbers.
    public static func supportBlock(lines: [SupportLine], emergencyLines: [EmergencyLine], advice: String) -> String {
        var text = supportHeading + "\n"
        for line in lines {
            var entry = "- \(line.service): \(line.contact)"
            if let hours = line.hours { entry += " (\(hours))" }
            if let url = line.url { entry += " \(url)" }
            text += entry + "\n"
        }
        if !emergencyLines.isEmpty {
            let numbers = emergencyLines.map { "\($0.number) (\($0.regions.joined(separator: ", ")))" }
            text += "- Emergency: \(numbers.joined(separator: "; "))\n"
        }
        text += advice + "\n"
        return text
    }

    /// One numbered result.
    static func result(number: Int, hit: SearchHit, index: SearchIndex, content: ContentIndex) -> String {
        var text = "[\(number)] \(kind(of: hit.type)) \(hit.id)\n"
        if let sectionTitle = hit.sectionTitle { text += "Section: \(sectionTitle)\n" }
        if hit.type == .glossary { text += "Term: \(hit.title)\n" }
        text += "URL: \(hit.url)\n"
        for sourceID in hit.sourceIDs {
            guard let source = content.source(id: sourceID) else { continue }
            text += "Cites: \(source.title), \(source.outlet)"
            text += source.url.map { ", \($0)" } ?? " (URL not verified)"
            text += "\n"
        }
        if hit.type == .claim, let claim = content.claim(id: hit.id) {
            for key in claim.evidence {
                guard let study = content.study(key: key) else { continue }
                text += "Evidence: \(study.citation)" + (study.doi.map { " doi:\($0)" } ?? "") + "\n"
            }
        }
        let full = index.document(type: hit.type, id: hit.id)?.snippetText ?? hit.snippet
        text += "Text: \(full)\n"
        return text
    }

    /// How a result's kind is named in text.
    static func kind(of type: SearchResultType) -> String {
        switch type {
        case .passage: "Passage"
        case .claim: "Claim"
        case .glossary: "Glossary term"
        }
    }
}
