/// Gathers findings while one file is read; owned by a single reader, never shared across threads.
public final class DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public func add(contentsOf more: some Sequence<Diagnostic>) { diagnostics.append(contentsOf: more) }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
