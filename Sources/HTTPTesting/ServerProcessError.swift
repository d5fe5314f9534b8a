/// Why a server subprocess could not be used.
public enum ServerProcessError: Error, CustomStringConvertible {
    /// No built binary was found; build the `explainer-server` product or set `EXPLAINER_SERVER_BIN`.
    case binaryNotFound
    /// The process did not print its `listening on` line in time; its stderr so far.
    case didNotListen(stderr: String)

    public var description: String {
        switch self {
        case .binaryNotFound: "explainer-server binary not found (build it, or set EXPLAINER_SERVER_BIN)"
        case .didNotListen(let stderr): "explainer-server did not start listening; stderr: \(stderr)"
        }
    }
}
