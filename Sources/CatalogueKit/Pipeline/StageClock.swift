import Dispatch

/// Time spent in each per-page step, summed over pages (and so over threads): a parallel pass
/// reports one wall time, and this says how its work divided.
public struct StageClock: Sendable {
    public enum Step: Int, CaseIterable, Sendable {
        case read, frontMatter, markdown, validate

        public var name: String {
            switch self {
            case .read: "read"
            case .frontMatter: "front matter"
            case .markdown: "markdown"
            case .validate: "validate pages"
            }
        }
    }

    private var nanoseconds = [UInt64](repeating: 0, count: Step.allCases.count)

    public init() {}

    public mutating func time<T>(_ step: Step, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { nanoseconds[step.rawValue] += DispatchTime.now().uptimeNanoseconds - start }
        return try work()
    }

    public mutating func add(_ other: StageClock) {
        for i in nanoseconds.indices { nanoseconds[i] += other.nanoseconds[i] }
    }

    public func seconds(_ step: Step) -> Double { Double(nanoseconds[step.rawValue]) / 1e9 }
}
