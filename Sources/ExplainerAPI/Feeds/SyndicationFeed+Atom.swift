extension SyndicationFeed {
    /// The `Content-Type` of `/v1/feed.atom` (RFC 4287 §7).
    package static let atomContentType = "application/atom+xml; charset=utf-8"

    /// The feed as an Atom 1.0 document (RFC 4287).
    ///
    /// The feed's `author` is the service that compiles it: the explainer's own author is not named
    /// in its text, and an entry names no author rather than guess one. Each entry links its page
    /// (`alternate`, HTML) and its JSON resource (`alternate`, `application/json`); the support entry,
    /// which has no page, only its resource, without a type (which Atom makes advisory).
    package func atom() -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLText.escape(language))\">\n"
        xml += "  <id>\(XMLText.escape(Self.feedID))</id>\n"
        xml += "  <title type=\"text\">\(XMLText.escape(title))</title>\n"
        if let subtitle { xml += "  <subtitle type=\"text\">\(XMLText.escape(subtitle))</subtitle>\n" }
        if let updated { xml += "  <updated>\(updated)</updated>\n" }
        xml += "  <author><name>explainer-server</name></author>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(atomURL))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(homePageURL))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"application/feed+json\" href=\"\(XMLText.escape(jsonURL))\"/>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <id>\(XMLText.escape(entry.id))</id>\n"
            xml += "    <title type=\"text\">\(XMLText.escape(entry.title))</title>\n"
            if let updated = entry.updated { xml += "    <updated>\(updated)</updated>\n" }
            if let page = entry.pageURL {
                xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(page))\"/>\n"
                xml += "    <link rel=\"alternate\" type=\"application/json\" href=\"\(XMLText.escape(entry.resourceURL))\"/>\n"
            } else {
                // No page: the resource is the entry's one link, untyped so readers take it as the entry's link.
                xml += "    <link rel=\"alternate\" href=\"\(XMLText.escape(entry.resourceURL))\"/>\n"
            }
            xml += "    <summary type=\"text\">\(XMLText.escape(entry.summary))</summary>\n"
            xml += "    <content type=\"html\">\(XMLText.escape(entry.contentHTML))</content>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return Array(xml.utf8)
    }
}
