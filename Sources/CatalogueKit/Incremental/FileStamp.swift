import Foundation

/// What `stat` says about a file: enough to tell, as make does, that it has not changed.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    public var inode: UInt64

    /// Nil when the file does not exist (a missing image is a stamp too: its absence).
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), modifiedSeconds: Int64(info.st_mtim.tv_sec),
                         modifiedNanoseconds: Int64(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }

    func write(to writer: inout CacheWriter) {
        writer.int(Int(size)); writer.int(Int(modifiedSeconds)); writer.int(Int(modifiedNanoseconds)); writer.uint(inode)
    }

    static func read(from reader: inout CacheReader) throws(CacheReader.Corrupt) -> FileStamp {
        FileStamp(size: Int64(try reader.int()), modifiedSeconds: Int64(try reader.int()),
                  modifiedNanoseconds: Int64(try reader.int()), inode: try reader.uint())
    }
}
