import Foundation
import Synchronization
import Testing
@testable import CatalogueKit

/// States that workers make are kept by a bin past the end of the work, and go with the bin.
@Suite struct DisposalTests {
    final class Tracked: Sendable {}

    struct Weak: @unchecked Sendable {
        weak var value: Tracked?
    }

    @Test func workerStatesOutliveTheWorkersUntilTheBinGoes() {
        let made = Mutex([Weak]())
        do {
            let bin = Disposal.Bin()
            let results = Array(0..<500).parallelMap(perWorker: { () -> Tracked in
                let state = Tracked()
                made.withLock { $0.append(Weak(value: state)) }
                return bin.keep(state)
            }) { _, item in item * 2 }
            #expect(results == Array(0..<500).map { $0 * 2 })
            #expect(!made.withLock { $0.isEmpty })
            // The workers have dropped their states; the bin has not.
            #expect(made.withLock { $0.allSatisfy { $0.value != nil } })
        }
        #expect(made.withLock { $0.allSatisfy { $0.value == nil } })
    }

    @Test func withoutABinAWorkerStateGoesWithItsWorker() {
        let made = Mutex([Weak]())
        _ = Array(0..<500).parallelMap(perWorker: { () -> Tracked in
            let state = Tracked()
            made.withLock { $0.append(Weak(value: state)) }
            return state
        }) { _, item in item }
        #expect(!made.withLock { $0.isEmpty })
        #expect(made.withLock { $0.allSatisfy { $0.value == nil } })
    }
}
