import HTTPCore

/// The HTML documentation pages of problem types: small, readable without style or script, one
/// `h1` and a landmark, so a person who follows a `type` URI from an error learns what to do.
package enum ProblemPage {
    /// The page for one problem type; `typeBase` is what its `type` URI starts with.
    package static func page(_ problem: ProblemDescription, typeBase: String = "") -> String {
        document(
            title: "\(problem.title) (\(problem.status))",
            body: """
                <h1>\(escape(problem.title))</h1>
                <p>HTTP status <strong>\(problem.status)</strong>. Problem documents of this type carry \
                <code>"type": "\(escape(ProblemResponse.typeURI(problem.slug, base: typeBase)))"</code>.</p>
                <h2>What it means</h2>
                <p>\(prose(problem.meaning))</p>
                <h2>What to do</h2>
                <p>\(prose(problem.advice))</p>
                <p><a href="/problems">Every problem type</a></p>
                """)
    }

    /// The list of every problem type.
    package static func index(_ problems: [ProblemDescription]) -> String {
        let items = problems.map { problem in
            "<li><a href=\"/problems/\(escape(problem.slug))\">\(escape(problem.title))</a> (\(problem.status)): "
                + "\(prose(problem.meaning))</li>"
        }
        return document(
            title: "Problem types",
            body: """
                <h1>Problem types</h1>
                <p>Every error this API answers is <code>application/problem+json</code> (RFC 9457) whose \
                <code>type</code> leads to one of these pages. Ask with <code>Accept: application/json</code> \
                for the same as JSON.</p>
                <ul>
                \(items.joined(separator: "\n"))
                </ul>
                """)
    }

    private static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · explainer-server</title>
        </head>
        <body>
        <main>
        \(body)
        </main>
        <footer><p><a href="/">The API</a> · <a href="/openapi.yaml">openapi.yaml</a> · \
        <a href="/v1/support">If you are struggling: support lines</a></p></footer>
        </body>
        </html>

        """
    }

    /// Escaped text with its `code spans` (between backticks) as `<code>`.
    static func prose(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index % 2 == 1 ? "<code>" + escape(String(part)) + "</code>" : escape(String(part))
        }.joined()
    }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
