import Foundation

/// Where the bench puts the folders it no longer needs, so that nothing is deleted while, or just
/// before, it measures.
///
/// ext4 without a journal (this machine's disk) skips each recently freed inode one by one when it
/// allocates a new one: for up to six minutes after a large deletion, every file and folder a
/// build creates pays for a scan over the freed inodes of its block group. A build timed in that
/// window measures the last deletion, not the build; a profile taken there shows a quarter of all
/// samples in the kernel's `recently_deleted`. So the bench renames what it discards into a trash
/// folder (a rename frees no inode), deletes the trash once every figure is taken, notes when, and
/// the next bench waits until the file system has forgotten that deletion.
struct BenchTrash {
    let work: URL
    /// How long ext4 treats a freed inode as recent: 60 s, plus 300 s while its inode-table block
    /// is dirty (`RECENTCY_MIN`, `RECENTCY_DIRTY` in fs/ext4/ialloc.c). New files dirty the block.
    static let memory: TimeInterval = 360

    private var folder: URL { work.appendingPathComponent("trash") }
    private var stamp: URL { work.appendingPathComponent(".last-deletion") }

    /// Moves `item` into the trash; nothing is freed until `empty`.
    func discard(_ item: URL) {
        guard FileManager.default.fileExists(atPath: item.path) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("\(getpid())-\(UUID().uuidString)")
        if rename(item.path, target.path) != 0 { try? FileManager.default.removeItem(at: item) }
    }

    /// Deletes everything discarded so far (by this bench or an interrupted one) and notes when.
    /// The note is written before the deletion too: a bench started while this one still
    /// deletes (its last figure is printed first) then waits instead of measuring the deletion.
    func empty() {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        noteDeletion()
        try? FileManager.default.removeItem(at: folder)
        noteDeletion()
    }

    private func noteDeletion() {
        try? Data("\(Date().timeIntervalSince1970)\n".utf8).write(to: stamp)
    }

    /// Seconds to wait before measuring: what is left of the file system's memory of the last
    /// deletion, on a file system that has that memory; 0 otherwise.
    /// The stamp's time is the later of what it says and when it was last changed, so that
    /// `touch .build/bench/.last-deletion` after deleting folders of one's own works too.
    func settleTime(now: Date = Date()) -> TimeInterval {
        guard Self.skipsRecentlyFreedInodes(work) else { return 0 }
        let written = (try? String(contentsOf: stamp, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let touched = (try? FileManager.default.attributesOfItem(atPath: stamp.path)[.modificationDate] as? Date)?.timeIntervalSince1970
        guard let then = [written, touched].compactMap({ $0 }).max() else { return 0 }
        return max(0, Self.memory - (now.timeIntervalSince1970 - then))
    }

    /// Whether `path` is on ext4 without a journal, from `/sys/fs/ext4/<device>/journal_task`.
    static func skipsRecentlyFreedInodes(_ path: URL) -> Bool {
        var info = stat()
        guard stat(path.path, &info) == 0 else { return false }
        let major = (info.st_dev >> 8) & 0xfff | (info.st_dev >> 32) & ~0xfff
        let minor = info.st_dev & 0xff | (info.st_dev >> 12) & ~0xff
        guard let uevent = try? String(contentsOfFile: "/sys/dev/block/\(major):\(minor)/uevent", encoding: .utf8),
              let line = uevent.split(separator: "\n").first(where: { $0.hasPrefix("DEVNAME=") }) else { return false }
        let device = line.dropFirst("DEVNAME=".count)
        guard let task = try? String(contentsOfFile: "/sys/fs/ext4/\(device)/journal_task", encoding: .utf8) else { return false }
        return task.trimmingCharacters(in: .whitespacesAndNewlines) == "<none>"
    }
}
