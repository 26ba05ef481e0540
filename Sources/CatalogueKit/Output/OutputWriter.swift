import CSystem
import Foundation

/// Writes a whole site into a staging folder beside the output, then swaps it in with one atomic
/// exchange. If anything fails the previous output is left exactly as it was; the old tree is
/// removed after the new one is in place, off the user's wait.
public struct OutputWriter: Sendable {
    public let project: Project

    public init(project: Project) { self.project = project }

    private var output: URL { project.outputDirectory }
    private var parent: URL { output.deletingLastPathComponent() }
    private var pid: Int32 { getpid() }
    private func sibling(_ kind: String, _ pid: Int32) -> URL {
        parent.appendingPathComponent(".\(output.lastPathComponent).\(kind)-\(pid)")
    }

    /// Writes `files` and swaps them in. Returns the number of bytes written.
    @discardableResult
    public func write(_ files: [OutputFile], timings: inout StageTimings) throws -> Int {
        removeLeftovers()
        let staging = sibling("staging", pid)
        try? FileManager.default.removeItem(at: staging)
        do {
            let bytes = try timings.measure("write") { try stage(files, into: staging) }
            try timings.measure("swap") { try swap(in: staging) }
            return bytes
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    private func stage(_ files: [OutputFile], into staging: URL) throws -> Int {
        let fm = FileManager.default
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var paths = files.map(\.path)
        for name in OutputSafety.preservedNames where !paths.contains(name) && fm.fileExists(atPath: output.appendingPathComponent(name).path) {
            try fm.copyItem(at: output.appendingPathComponent(name), to: staging.appendingPathComponent(name))
        }
        let directories = Set(paths.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        for directory in directories.sorted() {
            try fm.createDirectory(at: staging.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        let stagingPath = staging.path
        let results = files.parallelMap { file -> Result<Int, OutputError> in
            FileWriting.write(file, under: stagingPath)
        }
        var total = 0
        for result in results { total += try result.get() }
        paths.sort()
        let manifest = paths.joined(separator: "\n") + "\n"
        try Data(manifest.utf8).write(to: staging.appendingPathComponent(OutputSafety.manifestName))
        return total
    }

    private func swap(in staging: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        if ocop_exchange_paths(staging.path, output.path) == 0 {
            // `staging` now holds the old site.
            let old = sibling("old", pid)
            if rename(staging.path, old.path) == 0 { Trash.removeInBackground(old) } else { Trash.removeInBackground(staging) }
            return
        }
        // No atomic exchange on this file system: two renames, with the shortest possible gap.
        let old = sibling("old", pid)
        try fm.moveItem(at: output, to: old)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        Trash.removeInBackground(old)
    }

    /// Staging and old folders left by a build that was killed: their process is gone.
    public func removeLeftovers() {
        let prefix = ".\(output.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.lastIndex(of: "-"), ["staging", "old"].contains(String(rest[..<dash])),
                  let owner = Int32(rest[rest.index(after: dash)...]) else { continue }
            if owner == pid || kill(owner, 0) != 0 {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}

/// A file that could not be written, with the reason the system gave.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}
