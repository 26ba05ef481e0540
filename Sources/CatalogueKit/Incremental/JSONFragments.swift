import Foundation

/// Where each product's object lies in a written `catalogue.json`. Any edited product changes
/// the whole file, and encoding ten thousand objects is the dearest part of a small rebuild, so
/// the next build copies the unchanged objects' bytes from the file in the output instead.
public struct JSONFragments: Sendable, Equatable {
    /// The output fingerprint of the file these ranges describe: they are used only while the
    /// output holds that very file.
    public var fileFingerprint: UInt64
    public var size: Int
    /// Fragment key (`OutputPlan.fragmentKeys`) → the object's bytes in the file.
    public var ranges: [UInt64: Range<Int>]

    func write(to w: inout CacheWriter) {
        w.fixed(fileFingerprint)
        w.uint(UInt64(size))
        w.uint(UInt64(ranges.count))
        for key in ranges.keys.sorted() {
            let range = ranges[key]!
            w.fixed(key)
            w.uint(UInt64(range.lowerBound))
            w.uint(UInt64(range.count))
        }
    }

    static func read(from r: inout CacheReader) throws(CacheReader.Corrupt) -> JSONFragments {
        let fingerprint = try r.fixed()
        let size = try offset(&r)
        var ranges: [UInt64: Range<Int>] = [:]
        let count = try r.count()
        ranges.reserveCapacity(count)
        for _ in 0..<count {
            let key = try r.fixed()
            let start = try offset(&r), length = try offset(&r)
            guard start <= size, length <= size - start else { throw CacheReader.Corrupt() }
            ranges[key] = start..<(start + length)
        }
        return JSONFragments(fileFingerprint: fingerprint, size: size, ranges: ranges)
    }

    /// A byte offset into a file of at most a terabyte: a damaged cache cannot overflow an Int.
    private static func offset(_ r: inout CacheReader) throws(CacheReader.Corrupt) -> Int {
        let value = try r.uint()
        guard value < 1 << 40 else { throw CacheReader.Corrupt() }
        return Int(value)
    }
}

/// The bridge between the previous build's `catalogue.json` and this one's: hands out the old
/// bytes of unchanged products, and keeps the ranges of the file this build writes.
final class JSONFragmentSplice: @unchecked Sendable {
    /// One key per product, in catalogue order.
    let keys: [UInt64]
    private let previous: JSONFragments?
    private let file: URL
    private let lock = NSLock()
    private var made: JSONFragments?

    /// `previous` is used only if it describes the file the output holds now (`currentFingerprint`).
    init(keys: [UInt64], previous: JSONFragments?, currentFingerprint: UInt64?, file: URL) {
        self.keys = keys
        self.previous = previous?.fileFingerprint == currentFingerprint ? previous : nil
        self.file = file
    }

    /// Product `index` → the old bytes of its object, if it is unchanged and they look like one.
    /// Reads the previous file only now, when the file is made again (a build that keeps it
    /// never reads it), and only if it still has the size it had.
    func reusable() -> @Sendable (Int) -> ArraySlice<UInt8>? {
        guard let previous, let data = FileManager.default.contents(atPath: file.path), data.count == previous.size else { return { _ in nil } }
        let bytes = [UInt8](data), ranges = previous.ranges, keys = self.keys
        return { index in
            guard let range = ranges[keys[index]] else { return nil }
            let object = bytes[range]
            guard object.first == UInt8(ascii: "{"), object.last == UInt8(ascii: "}") else { return nil }
            return object
        }
    }

    func record(_ fragments: JSONFragments) { lock.withLock { made = fragments } }
    var written: JSONFragments? { lock.withLock { made } }
}
