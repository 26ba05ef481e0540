import Foundation
import Testing

/// `ocop build` killed with SIGKILL at points spread over a build of a 3,000-product catalogue
/// whose every page changes (the site title goes back and forth between A and B): each time
/// `public/` is exactly the old site or exactly the new one, and the next build completes and
/// leaves no staging or old folder. Builds alternate between using the build cache and
/// `--no-cache`, since they stage differently (a spare site and hard links, or a fresh folder).
@Suite(.serialized) struct CrashSafetyTests {
    static let asOf = ["--as-of", "2026-11-29"]

    @Test(.timeLimit(.minutes(3)))
    func killedBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws {
        let site = try GeneratedCatalogue(count: 3_000, title: "Danh mục A")
        defer { site.remove() }
        func build(cache: Bool) -> [String] { ["build", "--quiet", "--root", site.root.path] + Self.asOf + (cache ? [] : ["--no-cache"]) }
        let output = site.root.appendingPathComponent("public")

        // Both sites, complete; B is built from A, which gives the length of a build.
        try Self.require(OCOPBinary.run(build(cache: true)))
        let siteA = try TreeDigest(output)
        try site.setTitle("Danh mục B")
        let started = Date()
        try Self.require(OCOPBinary.run(build(cache: true)))
        let duration = Date().timeIntervalSince(started)
        let siteB = try TreeDigest(output)
        #expect(siteA.files.count > 3_000 && Set(siteA.files.keys) == Set(siteB.files.keys))
        #expect(siteA.files.keys.filter { siteA.files[$0] == siteB.files[$0] }.count < 40, "site B must differ almost everywhere")

        var current = (title: "B", digest: siteB), other = (title: "A", digest: siteA)
        var seen: [String] = []
        for (fraction, cache) in [(0.15, false), (0.4, true), (0.65, false), (0.85, false), (0.97, true)] {
            try site.setTitle("Danh mục \(other.title)")
            let process = try OCOPBinary.start(build(cache: cache))
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try TreeDigest(output)
            let state = after == current.digest ? "old" : after == other.digest ? "new" : "a mix"
            seen.append("\(Int(fraction * 100))%\(cache ? "" : " --no-cache"): \(state)")
            #expect(state != "a mix", "killed at \(Int(fraction * 100))% of \(duration) s: \(after.difference(old: current.digest, new: other.digest))")

            // The next build finishes the job and clears what the killed one left.
            try Self.require(OCOPBinary.run(build(cache: cache)))
            let finished = try TreeDigest(output)
            #expect(finished == other.digest, "the build after a kill at \(fraction): \(finished.difference(old: current.digest, new: other.digest)); \(finished.files.filter { other.digest.files[$0.key] != $0.value }.keys.sorted().prefix(8))")
            let left = try Self.leftovers(in: site.root)
            #expect(left.isEmpty, "after a kill at \(fraction): \(left)")
            swap(&current, &other)
        }
        print("crash safety, a build takes \(String(format: "%.1f", duration)) s; killed at \(seen.joined(separator: ", "))")
    }

    /// Staging and old folders of any build; they may take a moment to go, as old sites are
    /// removed in the background.
    static func leftovers(in root: URL) throws -> [String] {
        for _ in 0..<100 {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
                .filter { $0.hasPrefix(".public.staging-") || $0.hasPrefix(".public.old-") }
            if names.isEmpty { return [] }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public.") && !$0.hasSuffix(".spare") }
    }

    static func require(_ run: OCOPBinary.Run) throws {
        guard run.status == 0 else { throw Failed(message: "ocop exited with \(run.status): \(run.stderr)") }
    }

    struct Failed: Error { let message: String }
}

/// A folder's files and a hash of each, to tell whole sites apart quickly.
struct TreeDigest: Equatable {
    let files: [String: Int]

    init(_ folder: URL) throws {
        var files: [String: Int] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            var hasher = Hasher()
            try Data(contentsOf: url).withUnsafeBytes { hasher.combine(bytes: $0) }
            files[String(url.path.dropFirst(folder.path.count))] = hasher.finalize()
        }
        self.files = files
    }

    /// A short account of how a tree differs from both sites.
    func difference(old: TreeDigest, new: TreeDigest) -> String {
        let fromOld = files.filter { old.files[$0.key] == $0.value }.count
        let fromNew = files.filter { new.files[$0.key] == $0.value }.count
        return "\(files.count) files, \(fromOld) as in the old site, \(fromNew) as in the new one (of \(old.files.count) and \(new.files.count))"
    }
}
