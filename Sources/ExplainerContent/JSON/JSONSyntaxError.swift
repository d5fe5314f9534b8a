/// Why a JSON text does not parse, and where: 1-based line and column (column in Unicode scalars).
package struct JSONSyntaxError: Error, Sendable, Hashable {
    let line: Int
    let column: Int
    let message: String
}
