import Dispatch
import Foundation
import Synchronization
import Testing
@testable import CatalogueKit

/// Work spread over the cores comes back in the input's order, each item done once, however
/// the items are claimed.
@Suite struct ParallelMapTests {
    @Test func resultsComeBackInOrderWithEachItemDoneOnce() {
        let items = Array(0..<5_000)
        let calls = Mutex([Int](repeating: 0, count: items.count))
        let results = items.parallelMap { item -> Int in
            calls.withLock { $0[item] += 1 }
            return item * 3
        }
        #expect(results == items.map { $0 * 3 })
        #expect(calls.withLock { $0.allSatisfy { $0 == 1 } })
    }

    @Test func eachWorkerMakesItsStateOnceAndKeepsIt() {
        let items = Array(0..<2_000)
        let made = Atomic<Int>(0)
        let results = items.parallelMap(perWorker: { () -> [Int] in
            made.add(1, ordering: .relaxed)
            return []
        }) { seen, item -> (Int, Int) in
            seen.append(item)
            return (item, seen.count)
        }
        #expect(results.map(\.0) == items)
        let workers = made.load(ordering: .relaxed)
        #expect(workers >= 1 && workers <= ProcessInfo.processInfo.activeProcessorCount)
        // Every worker's own count of items runs 1, 2, 3…, and together they are all the items.
        #expect(results.map(\.1).filter { $0 == 1 }.count == workers)
        #expect(results.map(\.1).reduce(0, +) >= items.count)
    }

    @Test func tinyInputsStillGetState() {
        let results = [7].parallelMap(perWorker: { 10 }) { base, item in base + item }
        #expect(results == [17])
        #expect([Int]().parallelMap(perWorker: { 1 }) { $0 + $1 }.isEmpty)
    }

    @Test func claimsCoverEveryIndexOnceAndShrinkToSingleItems() {
        let claims = WorkClaims(count: 1_000, workers: 2)
        var ranges: [Range<Int>] = []
        while let range = claims.claim() { ranges.append(range) }
        #expect(ranges.first == 0..<125)
        #expect(ranges.last?.count == 1)
        #expect(ranges.flatMap { Array($0) } == Array(0..<1_000))
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.count >= $1.count })
        #expect(claims.claim() == nil)
        #expect(WorkClaims(count: 0, workers: 4).claim() == nil)
    }

    @Test func concurrentClaimsAreDisjoint() {
        let claims = WorkClaims(count: 100_000, workers: 8)
        let taken = Mutex([Range<Int>]())
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            var mine: [Range<Int>] = []
            while let range = claims.claim() { mine.append(range) }
            taken.withLock { $0.append(contentsOf: mine) }
        }
        let all = taken.withLock { $0 }.sorted { $0.lowerBound < $1.lowerBound }
        #expect(all.first?.lowerBound == 0 && all.last?.upperBound == 100_000)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
}
