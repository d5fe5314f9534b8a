import ExplainerAPI
import ExplainerContent
import Glibc
import HTTPCore
import Synchronization

/// `explainer-server mcp`: the MCP server on stdin and stdout, one JSON-RPC message per line.
///
/// The same `MCPDispatcher` as `POST /mcp`, over the content folder and the model `serve` would use.
/// stdout carries only JSON-RPC messages; every log line goes to stderr. A line over
/// `JSONRPCMessage.maximumBytes` is skipped up to its newline and answered -32600 (null id); messages
/// are answered in order, a hybrid search waiting for its worker. SIGHUP reloads the content as
/// `serve` does and, once a handshake-era client has initialized, announces it with
/// `notifications/resources/list_changed`. Ends with exit 0 when stdin closes.
enum MCPStdio {
    /// Whether a handshake-era `initialize` has been answered (so list changes are announced).
    private static let initialized = Mutex(false)
    /// Serialises writes to stdout: answers from the loop, notifications from the reload thread.
    private static let output = Mutex(())

    /// Loads the content (exit 2 when invalid, the report on stderr) and serves stdin until it closes.
    static func run(_ options: ServeOptions) -> Int32 {
        OperatorSignals.ignore()
        let operations: Operations
        do throws(TLSError) {
            operations = try Operations(options: options)
        } catch {
            return 1
        }
        let load = operations.loadContent()
        guard case .success(let index) = load.result else {
            if case .failure(let report) = load.result { StandardError.write(report.description) }
            return 2
        }
        var api = APIConfiguration()
        if let maxAge = options.cacheMaxAge { api.cacheMaxAge = maxAge }
        let semantic = operations.loadSemanticSearch()
        let live = LiveContent(index: index, configuration: api, semantic: semantic)
        operations.logContentServed(load, index)
        operations.logSearch(live)
        let dispatcher = MCPDispatcher(live: live, announcesResourceChanges: true)
        let reloader = ContentReloader(directory: options.content, live: live, metrics: operations.metrics, log: operations.log)
        ReloadSignal.install {
            guard reloader.reload().contentReloaded, initialized.withLock({ $0 }) else { return }
            writeLine(MCPDispatcher.resourcesChanged)
        }
        var reader = LineReader(limit: JSONRPCMessage.maximumBytes)
        while let line = reader.next() {
            let outcome: MCPOutcome
            switch line {
            case .tooLong:
                outcome = .answer(.badRequest, MCPDispatcher.errorBytes(id: nil, .invalidRequest("the message is over 64 KiB.")))
            case .line(let bytes):
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                switch JSONRPCMessage.parse(bytes.last == 0x0D ? Array(bytes.dropLast()) : bytes) {
                case .success(let message):
                    outcome = dispatcher.handle(message)
                    if message.method == "initialize", message.meta(MCPEra.versionKey) == nil, case .answer(let status, _) = outcome,
                        status == .ok
                    {
                        initialized.withLock { $0 = true }
                    }
                case .failure(let error): outcome = .answer(error.status, MCPDispatcher.errorBytes(id: nil, error))
                }
            }
            switch outcome {
            case .accepted: continue
            case .answer(_, let bytes): writeLine(bytes)
            case .deferred(let placeholder): writeLine(placeholder.awaitingAnswer().body)
            }
        }
        semantic.shutdown()
        return 0
    }

    /// Writes one message and its newline to stdout, whole, never interleaved with another.
    private static func writeLine(_ bytes: [UInt8]) {
        output.withLock { _ in write(bytes + [0x0A]) }
    }

    /// Writes every byte of `line` to stdout.
    private static func write(_ line: [UInt8]) {
        var written = 0
        while written < line.count {
            let n = line[written...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }
}
