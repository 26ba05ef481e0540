import Foundation

/// Text that is either at hand or made on first use, once, from any thread.
///
/// A product's description HTML is the bulk of a validated catalogue; the build cache does not
/// keep it, and an incremental build makes it again only for the few product pages it renders.
public final class DeferredText: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    private var make: (@Sendable () -> String)?

    public init(_ value: String) { self.value = value }

    public init(making make: @escaping @Sendable () -> String) { self.make = make }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make?() ?? ""
        value = made
        make = nil
        return made
    }
}
