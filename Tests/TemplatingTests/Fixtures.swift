import Foundation

/// Fixtures live in the source tree (they are excluded from the target), so they are
/// found from this file's path rather than through a bundle.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }
}
