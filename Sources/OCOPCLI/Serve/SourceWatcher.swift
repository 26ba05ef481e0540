import Foundation

/// Watches folders by polling what `stat` says of every file in them: simple, portable, and
/// cheap for a catalogue of a few hundred files. No inotify, so no platform code and no limits.
final class SourceWatcher: @unchecked Sendable {
    /// How a file looked: a save changes its time or size, an atomic save also its inode.
    struct Stamp: Equatable { var seconds: Int, nanoseconds: Int, size: Int64, inode: UInt64 }

    let root: URL
    let folders: [String]
    let interval: TimeInterval
    private let lock = NSLock()
    private var stopped = false
    /// Signalled when the thread has finished, so `stop` can wait out a build in progress.
    private let finished = DispatchSemaphore(value: 0)
    private var running = false

    init(root: URL, folders: [String], interval: TimeInterval = 0.3) {
        self.root = root
        self.folders = folders
        self.interval = interval
    }

    /// Every file under the folders, by path relative to `root`.
    func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walker {
                var info = stat()
                guard stat(base.appendingPathComponent(relative).path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
                stamps["\(folder)/\(relative)"] = Stamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec,
                                                         size: Int64(info.st_size), inode: UInt64(info.st_ino))
            }
        }
        return stamps
    }

    /// Calls `onChange` on a thread of its own, once the files have stopped changing for one
    /// interval (an editor's save can be several writes), with the paths that changed.
    func start(from initial: [String: Stamp], onChange: @escaping @Sendable (Set<String>) -> Void) {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            defer { finished.signal() }
            var known = initial
            var pending: [String: Stamp]?
            while !isStopped {
                Thread.sleep(forTimeInterval: interval)
                let now = scan()
                if now != (pending ?? known) {
                    pending = now
                    continue
                }
                guard let settled = pending else { continue }
                pending = nil
                let changed = Set(settled.keys).union(known.keys).filter { settled[$0] != known[$0] }
                known = settled
                if !changed.isEmpty && !isStopped { onChange(changed) }
            }
        }
        thread.name = "ocop serve watcher"
        thread.start()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Stops watching, after the rebuild in progress (if any) has finished writing.
    func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            stopped = true
            return running
        }
        if wasRunning { _ = finished.wait(timeout: .now() + 30) }
    }
}
