import Foundation

/// Releases large values on a background thread. Freeing a national catalogue's objects takes
/// a noticeable fraction of a second; a command-line build can exit without waiting for it,
/// and a long-running server frees them off its request path.
enum Disposal {
    static func later(_ value: some Sendable) {
        let box = Box(value)
        Thread.detachNewThread { box.drop() }
    }

    /// Holds values made on worker threads (a renderer's replicas, with every card they have
    /// rendered, as `parallelMap` hands them to `finished`) so that they outlive the workers and
    /// go with the rest to `later`: a worker that drops its own replica frees it on the build's
    /// path, 30 ms at the end of a 20,000-product build with one core idle. Kept when the worker
    /// is done, not when it starts: a replica's storage is copied on its first write, so a copy
    /// kept at the start would hold the empty original.
    final class Bin: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Any] = []

        init() {}

        /// Keeps a reference to `value` until the bin goes.
        func keep(_ value: some Sendable) {
            lock.withLock { values.append(value) }
        }
    }

    private final class Box<T: Sendable>: @unchecked Sendable {
        private var value: T?
        init(_ value: T) { self.value = value }
        func drop() { value = nil }
    }
}
