import ExplainerContent
import HTTPCore
import Synchronization

/// How many crisis assessments each route answered, by level: counts, never texts.
///
/// Shared by every snapshot (`LiveContent` holds it), so `/metrics` sees one series across reloads,
/// and read at each scrape as `crisis_signals_total{level,route}`. The labels are closed sets (three
/// levels, two routes), so nothing a client sends can add a series.
public final class CrisisSignalCounts: Sendable {
    /// The routes that assess what people type.
    public enum Route: CaseIterable, Sendable {
        /// `GET /v1/search`: the query is assessed for its support block.
        case search
        /// `POST /v1/signals`.
        case signals

        /// The route's pattern, the `route` label: the one the router stamps on the response.
        public var pattern: String {
            switch self {
            case .search: Resource.Kind.search.pattern
            case .signals: APIRoutes.signalsPath
            }
        }
    }

    /// The metric's name.
    public static let metricName = "crisis_signals_total"

    /// Counts by `slot(level, route)`.
    private let counts = Mutex([Int](repeating: 0, count: CrisisLevel.allCases.count * Route.allCases.count))

    /// Counters at zero.
    public init() {}

    /// Counts one assessment answered on `route`.
    package func record(_ level: CrisisLevel, on route: Route) {
        let slot = Self.slot(level, route)
        counts.withLock { $0[slot] += 1 }
    }

    /// How many assessments at `level` `route` has answered.
    public func count(_ level: CrisisLevel, on route: Route) -> Int {
        let slot = Self.slot(level, route)
        return counts.withLock { $0[slot] }
    }

    /// Registers `crisis_signals_total` in `registry`, every level and route present from the start
    /// (at 0) so a rate over it never starts from a missing series, and folds the counts in at each scrape.
    public func register(in registry: MetricsRegistry) {
        registry.register(
            .counter, Self.metricName, help: "Crisis assessments answered, by level and route; never what was assessed.",
            labels: ["level", "route"])
        registry.addCollector { [self] registry in
            for level in CrisisLevel.allCases {
                for route in Route.allCases {
                    registry.set(Self.metricName, Double(count(level, on: route)), labels: [level.rawValue, route.pattern])
                }
            }
        }
    }

    private static func slot(_ level: CrisisLevel, _ route: Route) -> Int {
        CrisisLevel.allCases.firstIndex(of: level)! * Route.allCases.count + Route.allCases.firstIndex(of: route)!
    }
}
