import CLinux
import COpenSSL
import Synchronization

/// The server's OpenSSL context: TLS 1.2 and 1.3 only, ALPN `http/1.1`, its certificate and key.
///
/// `reload()` builds a whole new `SSL_CTX` from the files and swaps it in only if it loaded and the key
/// matches the certificate; a broken renewal leaves the old certificate serving. Sessions already
/// open keep the context they were created from (each `SSL` holds a reference), so nothing in flight
/// is disturbed. OpenSSL's `SSL_CTX` is safe to share across threads once configured, which is why
/// the box around it may be `@unchecked Sendable`: it is never mutated after `make`.
public final class TLSContext: Sendable {
    /// An owned `SSL_CTX` pointer, freed with the box.
    final class Box: @unchecked Sendable {
        let pointer: OpaquePointer
        init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { SSL_CTX_free(pointer) }
    }

    /// The files and timeout this context was made from.
    public let configuration: TLSConfiguration
    let current: Mutex<Box>
    /// Handshakes in progress on this context, from all loops: at most `maxPendingHandshakes`.
    let pendingHandshakes = Atomic<Int>(0)
    /// Set when `floodSize` handshakes were in progress at once; cleared, with the heap trimmed, once
    /// nearly all of them have ended.
    let floodSeen = Atomic<Bool>(false)

    /// Handshakes in progress at once that count as a flood: far more than a server's steady state
    /// (a real client's handshake lasts a round trip or two), and enough sessions (tens of KB each)
    /// that the memory they leave behind matters.
    static let floodSize = 64

    /// Loads the certificate and key; throws when either is unreadable or they do not match.
    public init(_ configuration: TLSConfiguration) throws(TLSError) {
        self.configuration = configuration
        current = Mutex(try Self.make(configuration))
    }

    /// Re-reads the certificate and key files; on failure the context in use stays and this throws.
    public func reload() throws(TLSError) {
        let fresh = try Self.make(configuration)
        current.withLock { $0 = fresh }
    }

    /// Takes one of the `maxPendingHandshakes` slots; false, and nothing taken, when none is free.
    func admitHandshake() -> Bool {
        var pending = pendingHandshakes.load(ordering: .relaxed)
        while pending < configuration.maxPendingHandshakes {
            let (exchanged, original) = pendingHandshakes.compareExchange(
                expected: pending, desired: pending + 1, ordering: .acquiringAndReleasing)
            if exchanged {
                if pending + 1 >= Self.floodSize { floodSeen.store(true, ordering: .relaxed) }
                return true
            }
            pending = original
        }
        return false
    }

    /// Gives back a slot `admitHandshake` took. When a flood has drained to a few handshakes, the
    /// heap is trimmed once: the sessions were freed, but glibc keeps freed pages mapped, so without
    /// this the server's memory stays at the flood's peak for good (bench/README.md, "TLS handshakes").
    func handshakeEnded() {
        let left = pendingHandshakes.subtract(1, ordering: .acquiringAndReleasing).newValue
        if left <= Self.floodSize / 8, floodSeen.exchange(false, ordering: .acquiringAndReleasing) {
            _ = malloc_trim(0)
        }
    }

    /// How many handshakes are in progress now, for tests and metrics.
    public var handshakesInProgress: Int { pendingHandshakes.load(ordering: .relaxed) }

    /// A new server-side session on the current context, or nil if OpenSSL cannot allocate one.
    func newSession() -> OpaquePointer? {
        current.withLock { SSL_new($0.pointer) }
    }

    // From ssl.h: these are `SSL_OP_BIT(n)` macros, which Swift does not import.
    static let optionNoCompression: UInt64 = 1 << 17
    static let optionServerPreference: UInt64 = 1 << 22
    static let optionNoRenegotiation: UInt64 = 1 << 30

    static func make(_ configuration: TLSConfiguration) throws(TLSError) -> Box {
        ERR_clear_error()
        guard let ctx = SSL_CTX_new(TLS_server_method()) else { throw .drainingQueue("SSL_CTX_new") }
        let box = Box(ctx)
        // SSL_CTX_set_min/max_proto_version are macros over SSL_CTX_ctrl.
        guard SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil) == 1,
            SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_PROTO_VERSION, Int(TLS1_3_VERSION), nil) == 1
        else { throw .drainingQueue("SSL_CTX_set_min/max_proto_version") }
        _ = SSL_CTX_set_options(ctx, optionNoCompression | optionServerPreference | optionNoRenegotiation)
        // Partial writes let the event loop resume a large response on EPOLLOUT; the loop re-offers
        // the same bytes from a new address, hence the moving buffer; idle sessions drop their buffers,
        // which matters with thousands of keep-alive connections.
        let mode = SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS
        _ = SSL_CTX_ctrl(ctx, SSL_CTRL_MODE, Int(mode), nil)
        guard SSL_CTX_use_certificate_chain_file(ctx, configuration.certificatePath) == 1 else {
            throw .drainingQueue("SSL_CTX_use_certificate_chain_file(\(configuration.certificatePath))")
        }
        guard SSL_CTX_use_PrivateKey_file(ctx, configuration.privateKeyPath, SSL_FILETYPE_PEM) == 1 else {
            throw .drainingQueue("SSL_CTX_use_PrivateKey_file(\(configuration.privateKeyPath))")
        }
        guard SSL_CTX_check_private_key(ctx) == 1 else { throw .drainingQueue("SSL_CTX_check_private_key") }
        SSL_CTX_set_alpn_select_cb(ctx, selectHTTP11, nil)
        return box
    }
}

/// ALPN: pick `http/1.1` when the client offers it. A client offering only other protocols (h2 alone)
/// gets no ALPN answer rather than a failed handshake, and may still speak HTTP/1.1.
private func selectHTTP11(
    _ ssl: OpaquePointer?, _ out: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt8>?,
    _ offered: UnsafePointer<UInt8>?, _ offeredLength: UInt32, _ context: UnsafeMutableRawPointer?
) -> Int32 {
    guard let offered, let out, let outLength else { return SSL_TLSEXT_ERR_NOACK }
    // The offer is a list of length-prefixed names; return a pointer into it, which outlives the call.
    var i = 0
    let total = Int(offeredLength)
    while i < total {
        let length = Int(offered[i])
        let start = i + 1
        guard start + length <= total else { break }
        if length == 8, (0..<8).allSatisfy({ offered[start + $0] == alpnHTTP11[$0] }) {
            out.pointee = offered + start
            outLength.pointee = 8
            return SSL_TLSEXT_ERR_OK
        }
        i = start + length
    }
    return SSL_TLSEXT_ERR_NOACK
}

private let alpnHTTP11: [UInt8] = Array("http/1.1".utf8)
