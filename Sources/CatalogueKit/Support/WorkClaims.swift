import Synchronization

/// Hands out the indices `0..<count` to workers in shrinking ranges ("guided" scheduling): large
/// ranges while much is left keep the per-claim cost small, and single items at the end leave no
/// core finishing a big range alone while the others wait, whatever the items cost.
final class WorkClaims: Sendable {
    private let next = Atomic<Int>(0)
    private let count: Int
    /// Each claim takes this fraction of what is left.
    private let share: Int

    init(count: Int, workers: Int) {
        self.count = count
        share = Swift.max(1, workers * 4)
    }

    /// The next range to work on, or `nil` when everything has been claimed.
    func claim() -> Range<Int>? {
        var start = next.load(ordering: .relaxed)
        while start < count {
            let end = start + Swift.max(1, (count - start) / share)
            let (exchanged, found) = next.compareExchange(expected: start, desired: end, ordering: .relaxed)
            if exchanged { return start..<end }
            start = found
        }
        return nil
    }
}
