import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores and returns results in the input's order, so output stays reproducible.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        parallelMap(perWorker: {}) { _, element in transform(element) }
    }

    /// `parallelMap` with state that each worker makes once and uses for its items only: a
    /// replica of what every item reads, so that threads do not contend for its reference counts.
    /// Each worker hands its state, as its items left it, to `finished` when it is done (to keep
    /// what it has gathered, or to free it elsewhere).
    public func parallelMap<State, T: Sendable>(
        perWorker makeState: @Sendable () -> State, finished: @Sendable (State) -> Void = { _ in },
        _ transform: @Sendable (inout State, Element) -> T
    ) -> [T] {
        if count < 2 {
            var state = makeState()
            defer { finished(state) }
            return map { transform(&state, $0) }
        }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            let workers = Swift.min(input.count, ProcessInfo.processInfo.activeProcessorCount)
            let claims = WorkClaims(count: input.count, workers: workers)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                guard var range = claims.claim() else { return }
                var state = makeState()
                while true {
                    for i in range { slots[i] = transform(&state, input[i]) }
                    guard let next = claims.claim() else { break }
                    range = next
                }
                finished(state)
            }
        }
        return results.map { $0! }
    }
}
