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

    /// Waits for the work; later calls return the same value. Every read goes through the
    /// semaphore, which orders it after the worker's write (an unguarded read would race it).
    var value: T {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
