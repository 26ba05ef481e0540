import Foundation

/// Releases large values on a background thread. Freeing a national catalogue's objects takes
/// a noticeable fraction of a second; a command-line build can exit without waiting for it,
/// and a long-running server frees them off its request path.
enum Disposal {
    static func later(_ value: some Sendable) {
        let box = Box(value)
        Thread.detachNewThread { box.drop() }
    }

    private final class Box<T: Sendable>: @unchecked Sendable {
        private var value: T?
        init(_ value: T) { self.value = value }
        func drop() { value = nil }
    }
}
