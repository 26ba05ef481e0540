/// What `ocop brochure` made: findings, the selection, and the HTML when there was something to show.
public struct BrochureResult: Sendable {
    public var diagnostics: DiagnosticList
    /// Nil when the catalogue had errors, so nothing was selected.
    public var outcome: BrochureOutcome?
    /// Nil when the catalogue had errors, the selection was empty or the templates failed.
    public var html: String?
    /// Products read and validated, for the summary line.
    public var productCount = 0
}
