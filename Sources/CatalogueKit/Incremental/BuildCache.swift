import Foundation

/// What the last build knew, kept in `.ocop-cache/`: each page's validated result (valid while
/// the page, the files it names, `site.yml`, the models, the "as of" day and the ocop binary are
/// unchanged) and the fingerprint of every file it wrote.
///
/// Each page is one length-prefixed record, so records decode on all cores and an unchanged
/// page's record is written back byte for byte instead of encoded again.
public struct BuildCache: Sendable {
    static let magic = Array("OCOP-CACHE-7\n".utf8)

    /// Inputs every page's validation depends on.
    public var validationKey: UInt64
    /// The output folder the route fingerprints describe.
    public var outputPath: String
    public var pages: [String: Page] = [:]
    /// Output file → fingerprint of everything it was made from.
    public var outputs: [String: UInt64] = [:]
    /// The same for the spare site kept beside the output (the one before the current).
    public var spareOutputs: [String: UInt64] = [:]
    /// Where each product's object lies in the output's `catalogue.json`.
    public var catalogueFragments: JSONFragments?

    /// A class for the reason `PageResult` is one: it is handed around, never changed.
    public final class Page: Sendable {
        public let stamp: FileStamp
        public let dependencies: [(path: String, stamp: FileStamp?)]
        public let result: PageResult
        /// The record as read from disk, written back unchanged when the page is unchanged.
        let record: ArraySlice<UInt8>?

        init(stamp: FileStamp, dependencies: [(path: String, stamp: FileStamp?)], result: PageResult, record: ArraySlice<UInt8>? = nil) {
            self.stamp = stamp
            self.dependencies = dependencies
            self.result = result
            self.record = record
        }
    }

    public init(validationKey: UInt64, outputPath: String) {
        self.validationKey = validationKey
        self.outputPath = outputPath
    }

    /// One cache per output folder, so `ocop serve` (which builds elsewhere) and `ocop build`
    /// do not undo each other's.
    public static func file(for project: Project) -> URL {
        let key = String(Fingerprint.of(project.outputDirectory.path), radix: 16)
        return project.cacheDirectory.appendingPathComponent("build-\(key).cache")
    }

    /// The cached result of a page, if neither it nor a file it names has changed.
    public func result(for path: String, stamp: FileStamp?, root: String) -> PageResult? {
        guard let stamp, let page = pages[path], page.stamp == stamp else { return nil }
        for dependency in page.dependencies where FileStamp.of(root + "/" + dependency.path) != dependency.stamp { return nil }
        return page.result
    }

    /// Nil when there is no cache, it is damaged, or it was written by another ocop.
    public static func load(_ url: URL, site: SiteConfig, models: ScoringModelSet, root: String) -> BuildCache? {
        // One copy of the file; the body, its records and the checksum are ranges into it.
        guard case .success(let body) = FileReading.bytes(atPath: url.path, limit: Int.max) else { return nil }
        // Magic, body, then a checksum of the body: a damaged file is ignored as a whole.
        guard body.count > magic.count + 8, body.starts(with: magic) else { return nil }
        let bodyRange = magic.count..<(body.count - 8)
        let context = CacheCoding.Context(site: site, models: models, root: root)
        return body.withUnsafeBufferPointer { buffer -> BuildCache? in
            nonisolated(unsafe) let buffer = buffer
            var tail = CacheReader(buffer, range: bodyRange.upperBound..<body.count)
            guard (try? tail.fixed()) == Checksum.of(body, bodyRange) else { return nil }
            var reader = CacheReader(buffer, range: bodyRange)
            do throws(CacheReader.Corrupt) {
                var cache = BuildCache(validationKey: try reader.fixed(), outputPath: try reader.string())
                let records = try (0..<reader.count()).map { _ throws(CacheReader.Corrupt) in try reader.record() }
                let pages = records.parallelMap { range -> Page? in
                    var r = CacheReader(buffer, range: range)
                    return try? readPage(&r, context, record: body[range])
                }
                cache.pages.reserveCapacity(pages.count)
                for page in pages {
                    guard let page else { return nil }
                    cache.pages[page.result.path] = page
                }
                for keyPath in [\BuildCache.outputs, \BuildCache.spareOutputs] {
                    let count = try reader.count()
                    cache[keyPath: keyPath].reserveCapacity(count)
                    for _ in 0..<count { cache[keyPath: keyPath][try reader.string()] = try reader.fixed() }
                }
                cache.catalogueFragments = try reader.optional { r throws(CacheReader.Corrupt) in try JSONFragments.read(from: &r) }
                guard reader.isAtEnd else { return nil }
                return cache
            } catch {
                return nil
            }
        }
    }

    private static func readPage(_ r: inout CacheReader, _ context: CacheCoding.Context, record: ArraySlice<UInt8>) throws(CacheReader.Corrupt) -> Page {
        let stamp = try FileStamp.read(from: &r)
        let dependencies = try r.array { r throws(CacheReader.Corrupt) in
            (path: try r.string(), stamp: try r.optional { r throws(CacheReader.Corrupt) in try FileStamp.read(from: &r) })
        }
        let result = try CacheCoding.readResult(&r, context)
        guard r.isAtEnd else { throw CacheReader.Corrupt() }
        return Page(stamp: stamp, dependencies: dependencies, result: result, record: record)
    }

    /// Everything but the catalogue.json ranges, which are known only once the site is written:
    /// a build encodes this while it renders, and `write` finishes it after the swap.
    func encodedBody() -> [UInt8] {
        var writer = CacheWriter(capacity: pages.values.reduce(1 << 16) { $0 + ($1.record?.count ?? 4096) + 4 } + outputs.count * 80 * 2)
        writer.raw(Self.magic)
        writer.fixed(validationKey)
        writer.string(outputPath)
        writer.uint(UInt64(pages.count))
        let keys = pages.keys.sorted()
        let records = keys.parallelMap { key -> ArraySlice<UInt8> in
            let page = pages[key]!
            if let record = page.record { return record }
            var w = CacheWriter(capacity: 4096)
            page.stamp.write(to: &w)
            w.array(page.dependencies) { w, d in w.string(d.path); w.optional(d.stamp) { $1.write(to: &$0) } }
            CacheCoding.write(page.result, to: &w)
            return w.bytes[...]
        }
        for record in records { writer.record(record) }
        for map in [outputs, spareOutputs] {
            writer.uint(UInt64(map.count))
            for key in map.keys.sorted() {
                writer.string(key)
                writer.fixed(map[key]!)
            }
        }
        return writer.bytes
    }

    /// Finishes an encoded body and writes the cache atomically (temporary file, then rename);
    /// a failure only costs speed next time.
    static func write(body: [UInt8], fragments: JSONFragments?, to url: URL) {
        var writer = CacheWriter(bytes: body, reserving: (fragments?.ranges.count ?? 0) * 24 + 64)
        writer.optional(fragments) { w, f in f.write(to: &w) }
        writer.fixed(Checksum.of(writer.bytes, magic.count..<writer.bytes.count))
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".build.cache.\(getpid())")
        guard FileWriting.writeBytes(writer.bytes, to: temporary.path, display: temporary.path).isSuccess else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
