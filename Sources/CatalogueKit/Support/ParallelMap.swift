import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores and returns results in the input's order, so output stays reproducible.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            // Chunks keep the per-item dispatch overhead small for tiny items; many of them keep
            // the cores finishing together when items differ in cost.
            let chunk = Swift.max(1, input.count / (ProcessInfo.processInfo.activeProcessorCount * 32))
            let chunks = (input.count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<Swift.min(input.count, (c + 1) * chunk) {
                    slots[i] = transform(input[i])
                }
            }
        }
        return results.map { $0! }
    }
}

