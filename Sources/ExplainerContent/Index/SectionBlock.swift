/// One paragraph or one list item of a section's body: the unit search results point at.
///
/// Its passage id `{section-id}#p{index}` is stable as long as the section's text is.
public struct SectionBlock: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Hashable {
        /// A paragraph (also a paragraph inside a block quote).
        case paragraph
        /// One item of a bulleted or numbered list.
        case listItem = "list-item"
    }

    /// The 1-based position among the section's blocks, in reading order.
    public let index: Int
    /// Whether it is a paragraph or a list item.
    public let kind: Kind
    /// The block's Markdown as stored, without a list marker or `> ` prefix.
    public let markdown: String
    /// The block's text as a reader sees it: Markdown markers removed, soft line breaks as spaces.
    public let plainText: String
    /// Where `plainText` starts inside the section's `SectionRendering.plainText`, in UTF-8 bytes.
    public let utf8Offset: Int
    /// Where `plainText` starts inside the section's `SectionRendering.plainText`, in `Character`s.
    public let characterOffset: Int

    /// The stable passage id for this block within section `sectionID`: `{sectionID}#p{index}`.
    public func passageID(inSection sectionID: String) -> String {
        "\(sectionID)#p\(index)"
    }

    /// Creates a block; the index builder computes the offsets.
    public init(index: Int, kind: Kind, markdown: String, plainText: String, utf8Offset: Int, characterOffset: Int) {
        self.index = index
        self.kind = kind
        self.markdown = markdown
        self.plainText = plainText
        self.utf8Offset = utf8Offset
        self.characterOffset = characterOffset
    }
}
