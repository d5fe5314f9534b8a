import Foundation
import HTTPCore

/// The body of `POST /v1/signals`, parsed strictly: `{"text": "…", "context": ["…"], "country": "GB"}`.
///
/// The body is at most `maximumBodyBytes` (the route's `BodyPolicy`, enforced before it is read), a
/// top-level JSON object whose only members are these three. `text` is a non-empty string;
/// `context` an array of strings, oldest first, of which only the last `maximumContextMessages`
/// count (a longer history is cut, not refused, as the detector cuts it: the signal must not fail
/// because a chatbot sent one message too many); `country` an ISO 3166-1 alpha-2 code. `null` for
/// `context` or `country` is the same as leaving it out. Anything else is a 400 naming the member.
package struct SignalRequest: Sendable, Equatable {
    /// The message to assess.
    package var text: String
    /// Earlier messages, oldest first, at most `maximumContextMessages`.
    package var context: [String]
    /// The upper-case region whose lines to show, or nil for the international ones.
    package var country: String?

    /// The largest body the route reads, in bytes: 8 KiB, the detector's own bound on a message.
    package static let maximumBodyBytes = 8 * 1_024
    /// How many earlier messages count: the last 10.
    package static let maximumContextMessages = 10
    /// The members the body may have.
    package static let members = ["text", "context", "country"]

    /// Parses a body; throws 400 (`invalid-body`) naming what is wrong.
    package init(body: [UInt8]) throws(HTTPError) {
        guard !body.isEmpty else { throw APIProblem.badBody(nil, "The body is empty; send a JSON object with a text member.") }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        } catch {
            // Foundation's message may quote the body, so it is not passed on.
            throw APIProblem.badBody(nil, "The body is not valid JSON (RFC 8259, UTF-8).")
        }
        guard let object = value as? [String: Any] else {
            throw APIProblem.badBody(nil, "The body must be a JSON object, not an array, a string, a number, true, false or null.")
        }
        if let unknown = object.keys.sorted().first(where: { !Self.members.contains($0) }) {
            throw APIProblem.badBody(
                String(unknown.prefix(64)),
                "'\(String(unknown.prefix(64)))' is not a member of a signal; the members are text, context and country.")
        }
        guard let textValue = object["text"] else { throw APIProblem.badBody("text", "text is required: the message to assess.") }
        guard let text = Self.string(textValue) else { throw APIProblem.badBody("text", "text must be a string.") }
        guard !text.isEmpty else { throw APIProblem.badBody("text", "text must not be empty.") }
        self.text = text

        context = []
        if let contextValue = object["context"], !(contextValue is NSNull) {
            guard let items = contextValue as? [Any] else {
                throw APIProblem.badBody("context", "context must be an array of strings: the earlier messages, oldest first.")
            }
            for (position, item) in items.enumerated() {
                guard let message = Self.string(item) else {
                    throw APIProblem.badBody("context", "context[\(position)] must be a string.")
                }
                context.append(message)
            }
            context = Array(context.suffix(Self.maximumContextMessages))
        }

        country = nil
        if let countryValue = object["country"], !(countryValue is NSNull) {
            guard let code = Self.string(countryValue) else {
                throw APIProblem.badBody("country", "country must be a string: an ISO 3166-1 alpha-2 code such as GB or US.")
            }
            do {
                country = try SupportRegion.resolve(country: code, headers: HTTPHeaders())
            } catch {
                throw APIProblem.badBody("country", "country takes an ISO 3166-1 alpha-2 code such as GB or US.")
            }
        }
    }

    /// The value as a string, or nil: Foundation bridges a JSON string to `String`, never a number
    /// or a boolean.
    private static func string(_ value: Any) -> String? {
        value as? String
    }
}
