import Foundation

/// A new site's staging folder and its product folders, made while the pages are still being
/// read, for a build with no spare site to start from.
///
/// Making a folder takes its parent's lock, so the product folders in `products/` are made one
/// at a time however many threads ask, and each costs a new inode and a zeroed block. Made
/// alongside the writing (`LeafFolders`), they were the slowest part of a 20,000-product build:
/// the writers caught up with the maker and queued on the lock. The product files are listed
/// before any page is read, so the maker can start then, an average 0.4 s earlier at 20,000.
/// A build that then fails removes what it made (`discard`).
final class EarlyStaging: Sendable {
    private let staging: Concurrently<OutputStaging?>
    private let maker: Concurrently<Void>
    private let folders: Int
    /// From this many product folders on, a failed build leaves their removal to a background
    /// process: removing 20,000 empty folders took 1.4 s on the disk of the README's figures.
    static let removedInBackgroundFrom = 1_000

    /// Nothing is made unless the output safety check passes.
    init(project: Project, keepSpare: Bool, sources: [ProductSource], safety: Concurrently<Diagnostic?>) {
        let staging = Concurrently { () -> OutputStaging? in
            guard safety.value == nil, var staging = try? OutputStaging(project: project, keepSpare: keepSpare) else { return nil }
            // A failure here is met again, and reported, when the build makes the site's folders.
            try? staging.makeDirectoriesAhead(for: sources.map { SitePaths.product($0.slug) + "index.html" })
            return staging
        }
        self.staging = staging
        folders = sources.count
        maker = Concurrently { staging.value?.makeLeafFolders() }
    }

    /// The staging folder; nil if it could not be made (the build makes its own and reports why).
    var value: OutputStaging? { staging.value }

    /// Waits for the product folders.
    func finish() { _ = maker.value }

    /// Stops making folders and removes the staging folder: the build failed before writing.
    func discard() {
        guard let staging = staging.value else { return finish() }
        staging.stopMakingFolders()
        finish()
        if folders >= Self.removedInBackgroundFrom { staging.abandonInBackground() } else { staging.abandon() }
    }
}
