/// Where a rendered body is kept: the resource, which representation of it, and its query variant
/// (`QueryOptions.variantKey`, empty at the defaults).
///
/// A struct of the parts rather than one joined string, so a request's look-up hashes them in place
/// and builds no string.
package struct BodyKey: Hashable, Sendable {
    /// The resource the body is of.
    package let resource: Resource
    /// Which of its representations.
    package let representation: Representation
    /// The canonical query the body was rendered for.
    package let variant: String

    /// The key of one body.
    package init(_ resource: Resource, _ representation: Representation, _ variant: String) {
        self.resource = resource
        self.representation = representation
        self.variant = variant
    }
}
