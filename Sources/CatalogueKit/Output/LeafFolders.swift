import Foundation
import Synchronization

/// The folders of a new site that hold only files (one per product page), made by one thread
/// of their own ahead of the writers.
///
/// Making a folder locks its parent, and `products/` is the parent of thousands. When every
/// writer made its own page's folder, the writers queued on that lock, and the kernel spins a
/// waiting thread while the holder works: 5 % of a 10,000-product build's CPU time and 10 % at
/// 20,000, measured on ext4. One maker never waits for the lock, and the writers only make a
/// folder themselves when they get to it first; either way, each folder is made once.
final class LeafFolders: Sendable {
    let folders: [String]
    private let positions: [String: Int]
    /// Whether each folder is known to exist; set only after `mkdirat` has returned. Threads
    /// share it through atomic loads and stores only, which a pointer cannot tell the compiler.
    private nonisolated(unsafe) let made: UnsafeMutablePointer<Atomic<Bool>>
    private let handle: FolderHandle
    private let stopped = Atomic<Bool>(false)

    /// `folders` in the order the writers are expected to need them.
    init(_ folders: [String], in handle: FolderHandle) {
        self.folders = folders
        self.handle = handle
        var positions: [String: Int] = [:]
        positions.reserveCapacity(folders.count)
        for (position, folder) in folders.enumerated() { positions[folder] = position }
        self.positions = positions
        made = .allocate(capacity: Swift.max(1, folders.count))
        for position in 0..<folders.count { (made + position).initialize(to: Atomic(false)) }
    }

    deinit {
        made.deinitialize(count: folders.count)
        made.deallocate()
    }

    func contains(_ folder: String) -> Bool { positions[folder] != nil }

    /// Makes every folder not made yet, in order, until `stop`. Failures are left for the
    /// writer of the folder's first file to meet and report (`ensure`).
    func makeAll() {
        for position in 0..<folders.count where !made[position].load(ordering: .acquiring) {
            if stopped.load(ordering: .relaxed) { return }
            if mkdirat(handle.fd, folders[position], 0o755) == 0 || errno == EEXIST {
                made[position].store(true, ordering: .releasing)
            }
        }
    }

    /// Ends `makeAll` early: the build that wanted the folders failed.
    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    /// Makes sure `folder` exists if it is one of these; a writer that gets there before the
    /// maker makes it itself, and whichever comes second finds it there.
    func ensure(_ folder: String) throws(OutputError) {
        guard let position = positions[folder], !made[position].load(ordering: .acquiring) else { return }
        if mkdirat(handle.fd, folder, 0o755) != 0 && errno != EEXIST {
            throw OutputError(path: folder, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        made[position].store(true, ordering: .releasing)
    }
}
