import Foundation

/// Where a site lives: its root, and the conventional folders under it.
public struct Project: Sendable {
    public let root: URL
    public var outputDirectory: URL
    /// Where builds keep their cache: `.ocop-cache/`, or a private folder (`ocop serve`).
    public var cacheDirectory: URL

    public init(root: URL, output: URL? = nil) {
        self.root = root.standardizedFileURL
        self.outputDirectory = (output ?? root.appendingPathComponent("public")).standardizedFileURL
        self.cacheDirectory = root.appendingPathComponent(".ocop-cache").standardizedFileURL
    }

    public var contentDirectory: URL { root.appendingPathComponent("content") }
    public var productsDirectory: URL { contentDirectory.appendingPathComponent("products") }
    public var templatesDirectory: URL { root.appendingPathComponent("templates") }
    public var siteFile: URL { contentDirectory.appendingPathComponent("site.yml") }
    public var scoringModelsFile: URL { contentDirectory.appendingPathComponent("scoring-models.yml") }

    /// The path diagnostics print: relative to the root when inside it.
    public func relativePath(_ url: URL) -> String {
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
