extension SyndicationFeed {
    /// The `Content-Type` of `/v1/feed.json` (JSON Feed 1.1).
    package static let jsonFeedContentType = "application/feed+json; charset=utf-8"

    /// The feed as a JSON Feed 1.1 document (jsonfeed.org/version/1.1).
    ///
    /// `date_published` is left out: the content records when text changed, not when it was first
    /// published, and an unknown date is never filled in (an item whose day is unknown has no
    /// `date_modified` either). `_explainer.resource` is each item's JSON
    /// resource (an extension, as the format allows under a leading underscore).
    package func jsonFeed() -> JSONDocument {
        var members: [(String, JSONDocument)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(title)),
            ("home_page_url", .string(homePageURL)),
            ("feed_url", .string(jsonURL)),
            ("description", .string(summary)),
            ("language", .string(language)),
        ]
        members.append(
            (
                "items",
                .array(
                    entries.map { entry in
                        var item: [(String, JSONDocument)] = [
                            ("id", .string(entry.id)),
                            ("url", .string(entry.link)),
                            ("title", .string(entry.title)),
                            ("summary", .string(entry.summary)),
                            ("content_html", .string(entry.contentHTML)),
                        ]
                        if let updated = entry.updated { item.append(("date_modified", .string(updated))) }
                        item.append(("_explainer", .object([("resource", .string(entry.resourceURL))])))
                        return JSONDocument.object(item)
                    })
            ))
        return .object(members)
    }
}
