import ExplainerContent
import Glibc

extension PageRenderer {
    /// A section's text: its safe HTML with glossary terms linked to their entries on the page and
    /// each research claim's footnote reference at the end of the paragraph or item that holds it.
    func body(_ page: inout PageHTML, _ section: Section, footnotes: inout Footnotes) {
        guard let rendering = index.rendering(sectionID: section.id) else { return }
        var html = Self.localGlossaryLinks(rendering.annotatedHTML)
        let claims = rendering.claimIDs.compactMap(index.claim(id:))
        // Where each block ends in the HTML, by the order the renderer opens `<p>` and `<li>`: when
        // that count differs from the blocks (a shape this reading does not know), the claims are
        // still listed as footnotes, just without a reference in the text.
        let ends = Self.blockEnds(html)
        var insertions: [(String.Index, String)] = []
        for claim in claims {
            let block = rendering.blocks.first { $0.plainText.contains(claim.quote) || $0.markdown.contains(claim.quote) }
            guard ends.count == rendering.blocks.count, let block, block.index <= ends.count else {
                _ = footnotes.add(claim, referenced: false)
                continue
            }
            let number = footnotes.add(claim, referenced: true)
            let reference =
                "<sup><a " + PageHTML.attribute("id", "ref-" + claim.id) + " " + PageHTML.attribute("href", "#note-" + claim.id)
                + " aria-describedby=\"footnotes-title\">\(number)</a></sup>"
            insertions.append((ends[block.index - 1], reference))
        }
        // From the end backwards, so earlier indices stay valid; two claims in one block keep their order.
        for (position, reference) in insertions.enumerated().sorted(by: { ($0.element.0, $0.offset) > ($1.element.0, $1.offset) })
            .map(\.element)
        {
            html.insert(contentsOf: reference, at: position)
        }
        page.raw("<div class=\"section-body\">\n")
        page.safe(html)
        page.raw("</div>\n")
    }

    /// Where each paragraph or list item's own text ends: before its closing tag, or before a list
    /// nested in it, in the order the elements open.
    ///
    /// One pass over the UTF-8 bytes: every tag is ASCII, so its offsets are `String.Index`es of the
    /// text. Searching the rest of the text for five tags after each opening was quadratic in the
    /// blocks, and `range(of:)` goes through Foundation's UTF-16 search: a fifth of a 1000× start.
    static func blockEnds(_ html: String) -> [String.Index] {
        let utf8 = html.utf8
        var openings: [Int] = []  // the offset just after each `<p>` or `<li>`
        var stops: [Int] = []  // the offset of each `</p>`, `</li>`, `<ul>`, `<ol>` or `<p>`
        var text = html
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "<") else {
                    i += 1
                    continue
                }
                if let length = Self.tag(bytes, at: i, ["<p>", "<li>"]) { openings.append(i + length) }
                if Self.tag(bytes, at: i, ["</p>", "</li>", "<ul>", "<ol>", "<p>"]) != nil { stops.append(i) }
                i += 1
            }
        }
        var ends: [String.Index] = []
        var next = 0
        for after in openings {
            while next < stops.count, stops[next] < after { next += 1 }
            guard next < stops.count else { break }
            ends.append(utf8.index(utf8.startIndex, offsetBy: stops[next]))
        }
        return ends
    }

    /// The length of the first of `tags` that starts at `i`, or nil.
    private static func tag(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ tags: [StaticString]) -> Int? {
        for tag in tags where i + tag.utf8CodeUnitCount <= bytes.count {
            let length = tag.utf8CodeUnitCount
            if memcmp(bytes.baseAddress! + i, tag.utf8Start, length) == 0 { return length }
        }
        return nil
    }

    /// The annotated HTML's glossary links pointed at the term's entry on this page (`#term-slug`)
    /// instead of the JSON resource, whatever base the renderer wrote them with.
    ///
    /// Works on the UTF-8 bytes (the markers and quotes are ASCII): Foundation's `range(of:)` was a
    /// large share of a start at scale.
    static func localGlossaryLinks(_ html: String) -> String {
        let marker = Array("class=\"glossary-term\" data-term=\"".utf8)
        let hrefStart = Array("\" href=\"".utf8)
        let local = Array("#term-".utf8)
        let quote = UInt8(ascii: "\"")
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while let found = ByteSearch.firstIndex(of: marker, in: bytes, from: i) {
            let slugStart = found + marker.count
            out.append(contentsOf: bytes[i..<slugStart])
            guard let slugEnd = bytes[slugStart...].firstIndex(of: quote) else {
                i = slugStart
                break
            }
            let slug = bytes[slugStart..<slugEnd]
            out.append(contentsOf: slug)
            i = slugEnd
            guard bytes[slugEnd...].starts(with: hrefStart) else { continue }
            let hrefValue = slugEnd + hrefStart.count
            guard let hrefEnd = bytes[hrefValue...].firstIndex(of: quote) else {
                i = hrefValue
                break
            }
            out.append(contentsOf: hrefStart)
            out.append(contentsOf: local)
            out.append(contentsOf: slug)
            i = hrefEnd
        }
        out.append(contentsOf: bytes[i...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The glossary slugs the sections use, in order of first use, each once.
    func usedTermSlugs(_ sections: [Section]) -> [String] {
        var slugs: [String] = []
        for section in sections {
            for slug in resources.termSlugs(in: index.rendering(sectionID: section.id)) where !slugs.contains(slug) { slugs.append(slug) }
        }
        return slugs
    }
}
