/// Renders a search response as `text/plain` for a language model's context (`format=text`).
///
/// Layout: the support block first when the query is `urgent`; then one line saying what was
/// searched; then numbered results, each with its kind and id, section title, URL, citations and full
/// text (a passage's paragraph, a claim's quote, a term's definition), so a model can quote and cite
/// without another request; then, when the query is not urgent, the support block last. The block is
/// always there, in `SupportBlock`'s order (emergency numbers first when urgent or a medical
/// emergency), the same order as the JSON. Lines are plain: no Markdown, no HTML, nothing escaped.
///
/// The API chooses the block for the caller's region (`SupportBlock.choose`) and writes its notes
/// (the calm sentence, the language note); this type only lays them out.
public enum SearchTextRenderer {
    /// The support block's first line when the query is urgent; written to be calm and direct.
    public static let supportHeading = "SUPPORT: if you may be in danger now, you can reach someone right away:"
    /// The support block's first line otherwise: the lines are offered, not pressed.
    public static let supportHeadingOffered = "SUPPORT: if you would like to talk to someone, these lines are there:"

    /// Renders the whole response.
    ///
    /// - Parameters:
    ///   - response: the search result.
    ///   - index: the index that produced it (for each hit's full text).
    ///   - content: the loaded content (for source titles, outlets, URLs, studies and emergency advice).
    ///   - support: the block chosen for the query's assessment and the caller's region.
    ///   - notes: sentences shown under the heading, in order (the calm sentence, the language note).
    public static func render(
        _ response: SearchResponse, index: SearchIndex, content: ContentIndex, support: SupportBlock, notes: [String]
    ) -> String {
        let block = supportBlock(support, notes: notes, urgent: response.support.urgent, advice: content.emergencyAdvice)
        var text = support.leads ? block + "\n" : ""
        let shown = response.hits.count
        text += "Search of \"\(content.explainer.title)\" for: \(response.request.query)\n"
        text += "\(shown) of \(response.totalMatches) matching results; content version \(content.contentVersion).\n"
        if response.hits.isEmpty { text += "\nNo passage, claim or glossary term matched.\n" }
        for (number, hit) in response.hits.enumerated() {
            text += "\n" + result(number: number + 1, hit: hit, index: index, content: content)
        }
        if !support.leads { text += "\n" + block }
        return text
    }

    /// The support block alone: the heading and notes, then each entry in the block's order (a
    /// line's service, contact, hours and address; the emergency numbers), then the emergency advice.
    public static func supportBlock(_ support: SupportBlock, notes: [String], urgent: Bool, advice: String) -> String {
        var text = (urgent ? supportHeading : supportHeadingOffered) + "\n"
        for note in notes { text += note + "\n" }
        for entry in support.entries {
            switch entry {
            case .line(let entry):
                let line = entry.line
                var item = "- \(line.service): \(line.contact)"
                if let hours = line.hours { item += " (\(hours))" }
                if let url = line.url { item += " \(url)" }
                text += item + "\n"
            case .emergency(let numbers):
                guard !numbers.isEmpty else { continue }
                let listed = numbers.map { "\($0.number) (\($0.regions.joined(separator: ", ")))" }
                text += "- Emergency: \(listed.joined(separator: "; "))\n"
            }
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
