extension APIConfiguration {
    /// Temporary, until main's `--public-url` (`APIConfiguration.absoluteURL`) is merged into this
    /// branch: the default listening address as the link base. Deleted at that merge.
    package func absoluteURL(_ path: String) -> String { "http://127.0.0.1:8080" + path }
}
