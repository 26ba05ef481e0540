/// Where `FileWriting.writeStream` sends a file's pieces: small ones are gathered into one
/// reused buffer, so a file of 20,000 small objects costs a few hundred writes, not 40,000.
struct PieceSink {
    private static let capacity = 1 << 16
    private let fd: Int32
    private let display: String
    private var buffer: [UInt8] = []

    init(fd: Int32, display: String) {
        self.fd = fd
        self.display = display
        buffer.reserveCapacity(Self.capacity)
    }

    mutating func append(_ piece: ArraySlice<UInt8>) throws(OutputError) {
        if buffer.count + piece.count > Self.capacity { try flush() }
        if piece.count < Self.capacity {
            buffer.append(contentsOf: piece)
        } else {
            try piece.withUnsafeBytes { FileWriting.writeAll($0, to: fd, display: display) }.get()
        }
    }

    mutating func flush() throws(OutputError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { FileWriting.writeAll($0, to: fd, display: display) }.get()
    }
}
