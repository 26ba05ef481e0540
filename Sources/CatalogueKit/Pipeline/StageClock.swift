import Dispatch
import Foundation

/// Time spent in each per-page step, summed over pages (and so over threads): a parallel pass
/// reports one wall time, and this says how its work divided.
public struct StageClock: Sendable {
    public enum Step: Int, CaseIterable, Sendable {
        case read, frontMatter, markdown, validate
        case values, render, write, openData

        public var name: String {
            switch self {
            case .read: "read"
            case .frontMatter: "front matter"
            case .markdown: "markdown"
            case .validate: "validate pages"
            case .values: "page values"
            case .render: "render"
            case .write: "write"
            case .openData: "catalogue.json"
            }
        }

        /// The steps of reading the pages, and of rendering and writing the site.
        public static let loading: [Step] = [.read, .frontMatter, .markdown, .validate]
        public static let output: [Step] = [.values, .render, .write, .openData]
    }

    private var nanoseconds = [UInt64](repeating: 0, count: Step.allCases.count)

    public init() {}

    public mutating func time<T, E: Error>(_ step: Step, _ work: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { nanoseconds[step.rawValue] += DispatchTime.now().uptimeNanoseconds - start }
        return try work()
    }

    public mutating func add(_ other: StageClock) {
        for i in nanoseconds.indices { nanoseconds[i] += other.nanoseconds[i] }
    }

    public func seconds(_ step: Step) -> Double { Double(nanoseconds[step.rawValue]) / 1e9 }

    /// Clocks of several workers, added up as each finishes.
    final class Sum: @unchecked Sendable {
        private let lock = NSLock()
        private var clock = StageClock()

        func add(_ other: StageClock) { lock.withLock { clock.add(other) } }

        var total: StageClock { lock.withLock { clock } }
    }
}
