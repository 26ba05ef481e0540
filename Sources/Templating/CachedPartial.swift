/// What one partial rendered with a `SharedValue` on top of the context stack, and what
/// that output depended on besides the value itself.
struct CachedPartial: Sendable {
    let template: Template
    let indent: String
    let strict: Bool
    /// Each name the render looked up below the shared value, with what it found there
    /// (`nil`: nothing). A structural read must find the same again; any other must find
    /// a string, printed into its holes.
    let reads: [PartialRecording.Read]
    let holes: [PartialRecording.Hole]
    let bytes: [UInt8]
    /// Tags visited and partial depth reached, so reuse is refused where a fresh render
    /// would hit a limit and report it.
    let steps: Int
    let depth: Int
}
