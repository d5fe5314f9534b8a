import HTTPCore

/// `build_info{version}`: always 1, labelled with the version this binary serves, so a dashboard can
/// show which build runs and an alert can join on it.
///
/// The version is `APIVersion.current`, the one source of truth `--version` and the root's
/// `api_version` read too; the label set is a single value fixed at build time.
public enum BuildInfo {
    /// The family's registered name (exposed with the registry's namespace: `explainer_build_info`).
    public static let metricName = "build_info"

    /// Registers the family in `registry` and sets its one sample.
    public static func register(in registry: MetricsRegistry, version: String = APIVersion.current) {
        registry.register(.gauge, metricName, help: "The running build (always 1), labelled by its version.", labels: ["version"])
        registry.reset(metricName)
        registry.set(metricName, 1, labels: [version])
    }
}
