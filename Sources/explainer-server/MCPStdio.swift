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
/// `notifications/resources/list_changed`. A 2026-07-28 client listens instead (`subscriptions/listen`,
/// acknowledged at once): each reload that changes the resource list then sends the notification
/// tagged with the subscription's id, until `notifications/cancelled` names it (at most
/// `maximumSubscriptions` at once; -32603 past them). Ends with exit 0 when stdin closes.
enum MCPStdio {
    /// Whether a handshake-era `initialize` has been answered (so list changes are announced).
    private static let initialized = Mutex(false)
    /// Serialises writes to stdout: answers from the loop, notifications from the reload thread.
    private static let output = Mutex(())
    /// The open `subscriptions/listen` subscriptions, by their request ids.
    private static let subscriptions = Mutex<[JSONRPCID]>([])
    /// The most subscriptions open at once; one client rarely needs more than one.
    static let maximumSubscriptions = 64

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
        let dispatcher = MCPDispatcher(live: live, announcesResourceChanges: true, listens: true)
        live.onReplace { old, new in
            guard dispatcher.resourceListBytes(old) != dispatcher.resourceListBytes(new) else { return }
            for id in subscriptions.withLock({ $0 }) { writeLine(MCPStreams.listChanged(id: id)) }
        }
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
                    if let answer = subscription(message, dispatcher) {
                        outcome = answer
                        break
                    }
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

    /// Opens or ends a subscription: a `subscriptions/listen` is acknowledged (and answered with its
    /// result at once when it honours nothing), a `notifications/cancelled` naming one ends it silently,
    /// as stdio's cancellation asks. Nil for any other message.
    private static func subscription(_ message: JSONRPCMessage, _ dispatcher: MCPDispatcher) -> MCPOutcome? {
        switch (message.method, message.kind) {
        case ("subscriptions/listen", .request(let id)):
            switch dispatcher.listenFilter(message) {
            case .failure(let error): return .answer(error.status, MCPDispatcher.errorBytes(id: id, error))
            case .success(let filter):
                let admitted = subscriptions.withLock { open in
                    guard filter.resourceList, !open.contains(id) else { return !filter.resourceList }
                    guard open.count < maximumSubscriptions else { return false }
                    open.append(id)
                    return true
                }
                guard admitted else {
                    let error = JSONRPCError(
                        code: -32603, message: "Internal error: too many open subscriptions, or one with this id is open.")
                    return .answer(.ok, MCPDispatcher.errorBytes(id: id, error))
                }
                writeLine(MCPStreams.acknowledgement(id: id, honoursResourceList: filter.resourceList))
                return filter.resourceList ? .accepted : .answer(.ok, dispatcher.listenResult(id: id))
            }
        case ("notifications/cancelled", .notification):
            let id: JSONRPCID? =
                switch message.param("requestId") {
                case .string(let text)?: .string(text)
                case .number(let text)?: .number(text)
                default: nil
                }
            if let id { subscriptions.withLock { $0.removeAll { $0 == id } } }
            return nil
        default:
            return nil
        }
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
