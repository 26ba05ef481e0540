import Foundation

/// A value worked out on another thread while the caller goes on; `value` waits for it.
/// For slow, independent work on a build's critical path (e.g. walking the output folder
/// while the cache decodes).
final class Concurrently<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// Waits once; later calls return the same value.
    var value: T {
        if let result { return result }
        done.wait()
        done.signal()
        return result!
    }
}
