import Foundation

/// Takes a measured run's output out of the page cache, without deleting it.
///
/// Kept in the cache, the outputs of earlier runs use up the memory this kind of virtual machine
/// has used lately, and every later run pays the host's price for fresh pages (see MemoryProbe):
/// the ninth 10,000-product build in a row took nearly three times the system time of the second, with
/// ocop's own time unchanged (README, "Performance"). A user's builds do not pile up like that,
/// since each replaces the last site, so each run is evicted once measured, whichever tool made it.
enum PageCache {
    /// Writes everything back (dirty pages cannot be dropped), then asks the kernel to drop
    /// every file under `folder` from its cache.
    static func evict(_ folder: URL) {
        sync()
        guard let paths = FileManager.default.enumerator(atPath: folder.path) else { return }
        for case let path as String in paths {
            let fd = open(folder.path + "/" + path, O_RDONLY | O_NOFOLLOW)
            guard fd >= 0 else { continue }
            _ = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
            close(fd)
        }
    }
}
