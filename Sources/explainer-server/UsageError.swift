/// A command line the program cannot act on; `main` prints it with the usage and exits 64 (EX_USAGE).
struct UsageError: Error, Equatable, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
