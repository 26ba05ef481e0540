/// What `ocop build` did: findings, pages and files written, and the time of each stage.
public struct BuildResult: Sendable {
    public var diagnostics: DiagnosticList
    public var timings: StageTimings
    public var pagesWritten = 0
    public var filesWritten = 0
    public var bytesWritten = 0
    public var productCount = 0
    /// Pages whose validated result came from the build cache.
    public var pagesReused = 0
    /// Output files linked unchanged from the previous output.
    public var filesReused = 0
    /// True when `public/` was replaced.
    public var wrote: Bool { filesWritten > 0 }
}
