/// Byte columns (as libcmark reports them) to scalar columns for one line at a time, found by
/// binary search in the line's scalar offsets. A description of 100,000 emphasis markers on
/// one line made a scan from the line start per node quadratic: half a minute for one page.
final class LineColumns {
    private let source: SourceText
    private var line = 0
    /// UTF-8 offset of each scalar of `line`, from the line start.
    private var starts: [Int] = []

    init(source: SourceText) { self.source = source }

    /// The 1-based scalar column of a 1-based byte column on a 1-based line of the file.
    func column(line number: Int, byteColumn: Int) -> Int {
        if number != line {
            line = number
            starts = Self.scalarStarts(of: number, in: source)
        }
        // Scalars that start before the byte, as `SourceText.scalarColumn` counts them.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < byteColumn - 1 { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }

    /// The offsets of the line's bytes that start a scalar (any but a UTF-8 continuation byte),
    /// read from the text's bytes: making the line a `String` and walking its scalars cost more
    /// than the rest of finding a reference's position.
    private static func scalarStarts(of number: Int, in source: SourceText) -> [Int] {
        guard let range = source.lineByteRange(number) else { return [] }
        var text = source.text
        return text.withUTF8 { bytes in
            var starts: [Int] = []
            starts.reserveCapacity(range.count)
            for offset in range where bytes[offset] & 0xC0 != 0x80 { starts.append(offset - range.lowerBound) }
            return starts
        }
    }
}
