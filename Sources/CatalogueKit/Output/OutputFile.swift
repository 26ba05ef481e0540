import Foundation

/// One file of the built site: its path under the output folder and where its bytes come from.
public struct OutputFile: Sendable {
    /// Relative to the output folder, "/"-separated, never starting with "/" or containing "..".
    public var path: String
    public var content: Content

    public enum Content: Sendable {
        case bytes([UInt8])
        /// Copied from a file under the project root (an image, a stylesheet).
        case copy(URL)
    }

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    public init(path: String, text: String) {
        self.init(path: path, content: .bytes(Array(text.utf8)))
    }
}
