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
            starts = []
            var offset = 0
            for scalar in (source.line(number) ?? "").unicodeScalars {
                starts.append(offset)
                offset += UTF8.width(scalar)
            }
        }
        // Scalars that start before the byte, as `SourceText.scalarColumn` counts them.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < byteColumn - 1 { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }
}
