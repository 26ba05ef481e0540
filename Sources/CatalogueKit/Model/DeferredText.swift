import Foundation

/// Text that is either at hand or made on first use, once, from any thread.
///
/// A product's description HTML is the bulk of a validated catalogue; the build cache does not
/// keep it, and an incremental build makes it again only for the few product pages it renders.
/// A full build keeps the text it made while reading the page, and lets it go once the
/// product's page is written (28 MB at 20,000 products).
public final class DeferredText: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    private let make: @Sendable () -> String

    public init(making make: @escaping @Sendable () -> String) { self.make = make }

    /// Text at hand that `release` may drop, as `make` can make it again.
    public init(_ value: String, remaking make: @escaping @Sendable () -> String) {
        self.value = value
        self.make = make
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }

    /// Drops the text; the next `text` makes it again.
    public func release() {
        lock.lock()
        defer { lock.unlock() }
        value = nil
    }
}
