/// The findings of one or more stages, with the counts a summary line needs.
public struct DiagnosticList: Sendable, Hashable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) { items.append(contentsOf: other) }
    public mutating func append(contentsOf other: DiagnosticList) { items.append(contentsOf: other.items) }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { count(.error) }
    public var warningCount: Int { count(.warning) }
    public var isEmpty: Bool { items.isEmpty }

    public func count(_ severity: Severity) -> Int { items.lazy.filter { $0.severity == severity }.count }

    /// A stable order for printing, so two runs print the same lines.
    public var sorted: [Diagnostic] { items.sorted() }

    /// Warnings become errors, for `--warnings-as-errors` in review pipelines.
    public func promotingWarnings() -> DiagnosticList {
        DiagnosticList(items.map { d in
            var d = d
            if d.severity == .warning { d.severity = .error }
            return d
        })
    }
}
