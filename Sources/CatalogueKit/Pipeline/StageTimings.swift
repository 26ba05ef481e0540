import Dispatch

/// How long each stage took, in the order they ran: the first place to look when a build is slow.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `work` and records its wall time under `name`.
    public mutating func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }

    /// Times of the steps inside a stage that ran on all cores, summed over threads: not part of
    /// the total.
    public private(set) var details: [(stage: String, name: String, seconds: Double)] = []

    public mutating func record(_ steps: [StageClock.Step], of clock: StageClock, in stage: String) {
        details += steps.map { (stage, $0.name, clock.seconds($0)) }
    }

    /// Stages that ran on another thread beside the ones recorded here (the scan of `content/`
    /// beside the site, models and templates), listed first as they started first.
    mutating func prepend(_ other: StageTimings) { stages.insert(contentsOf: other.stages, at: 0) }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    public func seconds(_ name: String) -> Double? { stages.first { $0.name == name }?.seconds }
}
