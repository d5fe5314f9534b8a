/// A support line as the support block shows it, with what is known about whom it helps.
public struct SupportBlockLine: Sendable, Hashable {
    /// The line as `support.json` lists it.
    public var line: SupportLine
    /// Whether the line's own site says it also helps people worried about someone else.
    ///
    /// Always `nil` (unknown) for now: issue 15 asks that this be "checked and dated like the
    /// others, with the address read; never a number nobody checked", and the research notes
    /// (`../shared/research/safe-messaging.md`) hold no such check for any line. A `concern`
    /// assessment therefore shows the same lines, with none marked; set this only from a dated check.
    public var helpsPeopleWorriedAboutOthers: Bool?
    /// Whether the line was added because the message could not be read (the `*` lines).
    public var international: Bool

    /// Creates an entry.
    public init(line: SupportLine, helpsPeopleWorriedAboutOthers: Bool? = nil, international: Bool) {
        self.line = line
        self.helpsPeopleWorriedAboutOthers = helpsPeopleWorriedAboutOthers
        self.international = international
    }
}
