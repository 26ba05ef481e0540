import Foundation

/// A generated catalogue in the bench folder, with the project's templates, ready to build.
struct BenchSite {
    let root: URL
    let products: Int
    let trash: BenchTrash

    var output: URL { root.appendingPathComponent("public") }

    /// A fresh output folder for each timed run: nothing is deleted between runs (see BenchTrash).
    func coldOutput(_ run: Int, _ tag: String = "") -> URL { root.appendingPathComponent("out-\(getpid())/run\(tag)-\(run)") }

    /// Moves the run folders of this and earlier benches to the trash.
    func discardColdOutputs() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] where name.hasPrefix("out-") {
            trash.discard(root.appendingPathComponent(name))
        }
    }

    /// Generates the catalogue once per size and seed; later runs reuse it.
    static func prepare(products: Int, seed: UInt64, work: URL, templates: URL, trash: BenchTrash) throws -> BenchSite {
        let districts = products <= 1_000 ? 9 : products <= 10_000 ? 200 : 700
        let root = work.appendingPathComponent("catalogue-\(products)-seed\(seed)")
        let marker = root.appendingPathComponent(".generated")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try? FileManager.default.removeItem(at: root)
            try CatalogueGenerator(products: products, districts: districts, seed: seed).write(to: root)
            try Data().write(to: marker)
        }
        let target = root.appendingPathComponent("templates")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: templates, to: target)
        return BenchSite(root: root, products: products, trash: trash)
    }

    /// A cold start: no output, no spare or staging folders, no cache (moved to the trash).
    func clean() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where name == "public" || name.hasPrefix(".public.") || name == ".ocop-cache" || name == "clean" || name.hasPrefix(".run-") {
            trash.discard(root.appendingPathComponent(name))
        }
    }

    /// HTML pages in an output folder.
    func pageCount(_ folder: URL? = nil) -> Int {
        FileManager.default.enumerator(atPath: (folder ?? output).path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }.count ?? 0
    }

    /// A hash of every file under a folder, to compare an incremental build with a clean one.
    static func treeDigest(_ folder: URL) -> (files: Int, digest: UInt64) {
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            count += 1
            for byte in Array(path.utf8) + [0] + [UInt8](data) {
                digest ^= UInt64(byte)
                digest &*= 0x0000_0100_0000_01B3
            }
        }
        return (count, digest)
    }
}
