/// One finding about the site's sources: a severity, a stable code, a message and a place.
///
/// Codes are stable and documented (`scoring.stars-above-band`, `field.unknown`), so tools
/// and reviewers can rely on them across versions.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// The text of the offending line, without its line break, for the caret display.
    public var lineText: String?
    public var notes: [String]

    public init(
        _ severity: Severity,
        code: String,
        message: String,
        location: SourceLocation? = nil,
        lineText: String? = nil,
        notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.lineText = lineText
        self.notes = notes
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, location: location, notes: notes)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, location: location, notes: notes)
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then position, then code: the order a reader goes through a file.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = lhs.location, r = rhs.location
        if l != r {
            guard let l else { return true }
            guard let r else { return false }
            return l < r
        }
        return (lhs.code, lhs.message) < (rhs.code, rhs.message)
    }
}

/// A single finding can stand for a failure, as in `Result<SourceText, Diagnostic>`.
extension Diagnostic: Error {}
