/// How the API answers: caching lifetimes, CORS and compression, set once at start-up.
///
/// `main` fills it from options and environment variables (`--cors-origins`, `--cache-max-age`);
/// the defaults are what the issue asks for and what a public, read-only content API wants.
public struct APIConfiguration: Sendable {
    /// Origins allowed to read responses from a browser page: nil means any (`Access-Control-Allow-Origin: *`),
    /// else the exact origins (`https://example.org`) that are echoed back. Default nil.
    public var corsOrigins: [String]?
    /// Who may put `/embed/{id}` in a frame: the sources of its CSP `frame-ancestors` (`*`, `'self'`,
    /// `'none'` or origins such as `https://peer-support.example`). Default `["*"]`: the embed is
    /// public, read-only content made to be framed, and holds nothing a click could be tricked into.
    public var frameAncestors: [String] = APIConfiguration.defaultFrameAncestors
    /// `max-age` in `Cache-Control`, in seconds. Default 300.
    public var cacheMaxAge: Int
    /// `stale-while-revalidate` in `Cache-Control`, in seconds. Default 86,400 (one day).
    public var staleWhileRevalidate: Int
    /// How long a browser may cache a preflight answer (`Access-Control-Max-Age`), in seconds. Default 600.
    public var corsMaxAge: Int
    /// Bodies larger than this many bytes are also stored gzip-compressed. Default 1,024.
    public var gzipThreshold: Int
    /// Bytes of query variants (`?fields=`, `?pretty=1`…) one snapshot memoises, by the memo's estimate;
    /// the oldest are evicted past it, and 0 turns the memo off. Default `defaultVariantMemoBytes`.
    public var variantMemoBytes: Int
    /// The API's version, shown at `/`. Default "1.0.0".
    public var apiVersion: String
    /// `--public-url`: the address readers reach the API at (`https://help.example.org/api`), with no
    /// trailing slash; nil when the operator did not set one. Links are never built from a request's
    /// `Host`, which a client controls.
    public var publicURL: String?
    /// The base of every absolute link: `publicURL`, else the listening address (`http://127.0.0.1:8080`).
    public var linkBase: String
    /// Browser origins allowed to use `POST /mcp`: nil (the default) allows requests without `Origin`
    /// and loopback origins only (`http://localhost:*`, `http://127.0.0.1:*`, `http://[::1]:*`); a list
    /// allows exactly those origins (and requests without `Origin`). Others are refused with 403.
    public var mcpOrigins: [String]? = nil

    /// The defaults, each overridable by name.
    public init(
        corsOrigins: [String]? = nil, cacheMaxAge: Int = 300, staleWhileRevalidate: Int = 86_400, corsMaxAge: Int = 600,
        gzipThreshold: Int = 1_024, variantMemoBytes: Int = APIConfiguration.defaultVariantMemoBytes,
        apiVersion: String = APIVersion.current, publicURL: String? = nil, linkBase: String = "http://127.0.0.1:8080"
    ) {
        self.corsOrigins = corsOrigins
        self.cacheMaxAge = cacheMaxAge
        self.staleWhileRevalidate = staleWhileRevalidate
        self.corsMaxAge = corsMaxAge
        self.gzipThreshold = gzipThreshold
        self.variantMemoBytes = variantMemoBytes
        self.apiVersion = apiVersion
        self.publicURL = publicURL
        self.linkBase = publicURL ?? linkBase
    }

    /// The default `frameAncestors`: any site.
    public static let defaultFrameAncestors = ["*"]

    /// `path` (starting with `/`) made absolute against `linkBase`: what feeds, pages, JSON-LD, the embed
    /// and text a model pastes elsewhere link with.
    public func absoluteURL(_ path: String) -> String { linkBase + path }

    /// What problem documents' `type` starts with (`ProblemResponse.typeURI`): `publicURL`, so the
    /// type is absolute (RFC 9457 §3.1.1) when the public address is known, else empty for a
    /// relative `/problems/{slug}`; never the listening address, which a client behind a proxy cannot reach.
    public var problemTypeBase: String { publicURL ?? "" }

    /// The variant memo's default budget, 32 MiB: see `Deploy/README.md` for the memory budget it fits in.
    public static let defaultVariantMemoBytes = 32 * 1_048_576

    /// The `Cache-Control` value for content responses a shared cache may keep: chosen by the URL
    /// alone (and `Accept-Encoding`). No `public`: these responses carry no `Authorization`, so it
    /// would add nothing.
    var cacheControl: String { "max-age=\(cacheMaxAge), stale-while-revalidate=\(staleWhileRevalidate)" }

    /// The `Cache-Control` value for a representation chosen by a request header other than
    /// `Accept-Encoding` (`Accept`, `Accept-Language`): only the client's own cache may keep it, since
    /// common CDNs ignore `Vary` and would hand it to a reader who asked differently.
    var privateCacheControl: String { "private, " + cacheControl }
}
