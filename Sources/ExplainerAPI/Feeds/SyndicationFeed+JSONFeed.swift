extension SyndicationFeed {
    /// The `Content-Type` of `/v1/feed.json` (JSON Feed 1.1).
    package static let jsonFeedContentType = "application/feed+json; charset=utf-8"

    /// The feed as a JSON Feed 1.1 document (jsonfeed.org/version/1.1).
    ///
    /// `date_published` is left out: the content records when text changed, not when it was first
    /// published, and an unknown date is never filled in. `_explainer.resource` is each item's JSON
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
                        .object([
                            ("id", .string(entry.id)),
                            ("url", .string(entry.link)),
                            ("title", .string(entry.title)),
                            ("summary", .string(entry.summary)),
                            ("content_html", .string(entry.contentHTML)),
                            ("date_modified", .string(entry.updated)),
                            ("_explainer", .object([("resource", .string(entry.resourceURL))])),
                        ])
                    })
            ))
        return .object(members)
    }
}
