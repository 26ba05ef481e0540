import CatalogueKit
import Foundation

/// What the server shows, shared by the watcher's thread and the request handlers.
final class ServeState: @unchecked Sendable {
    struct Snapshot: Sendable {
        /// Counts every build, good or bad: the live-reload script reloads when it changes.
        var version = 0
        /// The last build's findings when it had errors; nil when it succeeded.
        var failure: [Diagnostic]?
        /// Whether some build has succeeded, so the folder holds a whole site.
        var hasSite = false
    }

    private let lock = NSLock()
    private var snapshot = Snapshot()

    var current: Snapshot { lock.withLock { snapshot } }

    func record(_ result: BuildResult) {
        lock.withLock {
            snapshot.version += 1
            if result.diagnostics.hasErrors {
                snapshot.failure = result.diagnostics.sorted
            } else {
                snapshot.failure = nil
                snapshot.hasSite = true
            }
        }
    }
}
