import Foundation

/// The test fixtures folder in the source tree (fixtures are not bundled, so a clone tests as is).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func cases(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A temporary site made of `base/` overlaid with `folder/name/`.
    static func site(_ folder: String, _ name: String) throws -> TemporarySite {
        let site = try TemporarySite(base: false)
        try copyTree(root.appendingPathComponent("base"), to: site.root)
        try copyTree(root.appendingPathComponent(folder).appendingPathComponent(name), to: site.root)
        return site
    }

    /// Removes a test's folder. A build hands its old output to a detached `rm -rf`, which may
    /// still be deleting inside the folder: a removal that collides with it stops half way, so
    /// it is tried again until nothing is left.
    static func removeTree(_ url: URL) {
        for _ in 0..<50 {
            try? FileManager.default.removeItem(at: url)
            guard FileManager.default.fileExists(atPath: url.path) else { return }
            usleep(20_000)
        }
    }

    /// Copies files (symlinks as symlinks), replacing what is there.
    static func copyTree(_ from: URL, to: URL) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: from.path) else { return }
        for case let relative as String in walker {
            let source = from.appendingPathComponent(relative), target = to.appendingPathComponent(relative)
            let attributes = try fm.attributesOfItem(atPath: source.path)
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                try fm.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? fm.removeItem(at: target)
                if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
                    try fm.createSymbolicLink(atPath: target.path, withDestinationPath: try fm.destinationOfSymbolicLink(atPath: source.path))
                } else {
                    try fm.copyItem(at: source, to: target)
                }
            }
        }
    }

    /// Compares `actual` with a golden file; `UPDATE_GOLDENS=1` re-records it and fails, so a re-record is never silent.
    static func compare(_ actual: String, golden: URL) -> String? {
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? actual.write(to: golden, atomically: true, encoding: .utf8)
            return "re-recorded \(golden.path); review the change and run again without UPDATE_GOLDENS"
        }
        guard let expected else { return "missing golden \(golden.path); run with UPDATE_GOLDENS=1 to record it" }
        guard expected != actual else { return nil }
        return LineDiff.describe(expected: expected, actual: actual)
    }
}

/// A small line diff for golden mismatches: what a reviewer needs to see, not a full patch.
enum LineDiff {
    static func describe(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false), a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ["golden mismatch (- expected, + actual):"]
        let removed = e.filter { !a.contains($0) }, added = a.filter { !e.contains($0) }
        out += removed.prefix(40).map { "- \($0)" } + added.prefix(40).map { "+ \($0)" }
        if removed.isEmpty && added.isEmpty { out.append("(same lines, different order or count)") }
        return out.joined(separator: "\n")
    }
}
