import Foundation

/// The bytes a build has written, shared by the threads that render and write, against the
/// site's `max_output_bytes`. Files linked unchanged from the previous build take no new space
/// and are not counted. Once the limit is passed, the remaining files are not made at all.
final class OutputBudget: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var total = 0

    init(limit: Int) { self.limit = limit }

    var spent: Int { lock.withLock { total } }
    var exceeded: Bool { spent > limit }

    func spend(_ bytes: Int) { lock.withLock { total += bytes } }

    /// "2 GiB", "1.5 MiB", "800 bytes".
    static func describe(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size {
            let value = Double(bytes) / Double(size)
            return value == value.rounded() ? "\(Int(value)) \(name)" : String(format: "%.1f %@", value, name)
        }
        return "\(bytes) bytes"
    }
}
