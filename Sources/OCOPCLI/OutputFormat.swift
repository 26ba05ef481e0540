import ArgumentParser

/// How diagnostics are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// For people, on stderr: compiler-style with the line and a caret.
    case text
    /// For tools, on stdout: one JSON object per line.
    case json
    /// For GitHub Actions, on stdout: workflow annotations shown beside the changed line.
    case github
}
