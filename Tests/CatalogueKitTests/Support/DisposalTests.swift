import Foundation
import Synchronization
import Testing
@testable import CatalogueKit

/// States that workers build up are kept by a bin past the end of the work, and go with the bin.
@Suite struct DisposalTests {
    final class Tracked: Sendable {}

    struct Weak: @unchecked Sendable {
        weak var value: Tracked?
    }

    /// A worker's state as a renderer replica is: a value whose storage is copied on its first
    /// write, filled as the items go by.
    struct Gathered: @unchecked Sendable {
        var items: [Tracked] = []
    }

    @Test func statesAsTheirWorkersLeftThemOutliveTheWorkersUntilTheBinGoes() {
        let made = Mutex([Weak]())
        do {
            let bin = Disposal.Bin()
            let results = Array(0..<500).parallelMap(perWorker: { Gathered() }, finished: { bin.keep($0) }) { state, item -> Int in
                let tracked = Tracked()
                made.withLock { $0.append(Weak(value: tracked)) }
                state.items.append(tracked)
                return item * 2
            }
            #expect(results == Array(0..<500).map { $0 * 2 })
            #expect(made.withLock { $0.count } == 500)
            // The workers have dropped their states; the bin holds what they gathered.
            #expect(made.withLock { $0.allSatisfy { $0.value != nil } })
        }
        #expect(made.withLock { $0.allSatisfy { $0.value == nil } })
    }

    @Test func withoutABinWhatAWorkerGatheredGoesWithIt() {
        let made = Mutex([Weak]())
        _ = Array(0..<500).parallelMap(perWorker: { Gathered() }) { state, item -> Int in
            let tracked = Tracked()
            made.withLock { $0.append(Weak(value: tracked)) }
            state.items.append(tracked)
            return item
        }
        #expect(made.withLock { $0.count } == 500)
        #expect(made.withLock { $0.allSatisfy { $0.value == nil } })
    }

    @Test func aSingleItemStillHandsItsStateOver() {
        let finished = Mutex(0)
        let results = [7].parallelMap(perWorker: { 10 }, finished: { state in finished.withLock { $0 += state } }) { base, item in base + item }
        #expect(results == [17])
        #expect(finished.withLock { $0 } == 10)
    }
}
