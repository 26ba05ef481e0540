/// What a run of the pipeline is asked to do.
public struct BuildOptions: Sendable {
    /// The day certificates are judged against; pinned for reproducible builds.
    public var asOf: LocalDate
    /// Promote warnings to errors (review pipelines).
    public var warningsAsErrors: Bool

    public init(asOf: LocalDate, warningsAsErrors: Bool = false) {
        self.asOf = asOf
        self.warningsAsErrors = warningsAsErrors
    }
}
