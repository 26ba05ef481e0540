/// What `ocop check` reports: every finding of every stage, and how much was checked.
public struct CheckResult: Sendable {
    public var diagnostics: DiagnosticList
    public var productsChecked: Int
    public var timings: StageTimings
    /// The validated catalogue, when the site could be loaded (products with errors left out).
    public var catalogue: Catalogue?
    /// Every page that could be read, with its findings and identity, in source order.
    public var pages: [PageResult] = []
}
