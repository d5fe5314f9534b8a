import ExplainerContent

/// The bytes of one HTML page as it is written: markup appended as it is, text escaped.
///
/// Only `PageRenderer` writes pages, once per snapshot (or per `?country=` variant on first use), so
/// this is a plain byte buffer; every value from `Content/` goes through `text(_:)`.
struct PageHTML {
    /// The page so far.
    private(set) var bytes: [UInt8] = []

    /// Appends markup written in this module, unescaped.
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Appends text escaped for element content and attribute values alike.
    mutating func text(_ text: String) { HTMLText.escape(text.utf8, into: &bytes) }

    /// Appends bytes that are already safe HTML (a section body the Markdown renderer wrote).
    mutating func safe(_ html: String) { bytes.append(contentsOf: html.utf8) }

    /// Appends `<tag attributes>text</tag>` with the text escaped.
    mutating func element(_ tag: String, _ attributes: String = "", _ content: String) {
        raw("<" + tag + (attributes.isEmpty ? "" : " " + attributes) + ">")
        text(content)
        raw("</" + tag + ">")
    }

    /// An attribute value, escaped, with its quotes: `name="value"`.
    static func attribute(_ name: String, _ value: String) -> String {
        var bytes: [UInt8] = []
        HTMLText.escape(value.utf8, into: &bytes)
        return name + "=\"" + String(decoding: bytes, as: UTF8.self) + "\""
    }
}
