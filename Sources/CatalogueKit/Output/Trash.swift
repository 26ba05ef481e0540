import Foundation

/// Removes an old output tree without making the user wait: deleting ten thousand pages takes
/// seconds. A detached `rm -rf` outlives this process; the next build clears anything left.
enum Trash {
    static func removeInBackground(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/rm")
        process.arguments = ["-rf", "--", url.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
