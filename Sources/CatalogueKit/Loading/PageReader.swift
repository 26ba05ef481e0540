import Foundation

/// The per-page steps of loading, each usable on its own (tests, fuzzing, `ocop diff`).
public enum PageReader {
    /// Pages larger than this are refused before any parsing: a description is a few kilobytes.
    public static let maxPageBytes = 1 << 20

    /// Reads a file's bytes and decodes them, enforcing the size limit.
    public static func read(_ url: URL, path: String) -> Result<SourceText, Diagnostic> {
        bytes(atPath: url.path, path: path).flatMap { decode($0, path: path) }
    }

    /// Reads and decodes the file at `fullPath` (shown to the user as `path`), with the hash of its bytes.
    /// `folder`: an open folder that a relative `fullPath` starts from.
    public static func readHashed(atPath fullPath: String, in folder: Int32 = AT_FDCWD, path: String) -> (Result<SourceText, Diagnostic>, UInt64) {
        switch bytes(atPath: fullPath, in: folder, path: path) {
        case .failure(let diagnostic): return (.failure(diagnostic), 0)
        case .success(let bytes):
            var hash = Fingerprint()
            hash.combine(bytes)
            return (decode(bytes, path: path), hash.value)
        }
    }

    /// One byte past the limit is read, so `decode` can tell a page over it.
    private static func bytes(atPath fullPath: String, in folder: Int32 = AT_FDCWD, path: String) -> Result<[UInt8], Diagnostic> {
        FileReading.bytes(atPath: fullPath, in: folder, limit: maxPageBytes + 1).mapError { failure in
            switch failure {
            case .cannotOpen: .error("source.unreadable", "cannot read \(path)", at: SourceLocation(path: path))
            case .cannotRead(let reason): .error("source.unreadable", "cannot read \(path): \(reason)", at: SourceLocation(path: path))
            }
        }
    }

    /// Decodes bytes already in memory (from disk, from git, from a fuzzer).
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        if bytes.count > maxPageBytes {
            return .failure(.error("source.too-large", "page is larger than \(maxPageBytes / 1024) KiB",
                                   at: SourceLocation(path: path), notes: ["a product description is a few kilobytes; move large media to images"]))
        }
        return SourceDecoder.decode(bytes, path: path)
    }

    /// A page's description as HTML, made again from the file (for products that came from the
    /// build cache, which does not keep it). The page is unchanged, so the result is the same.
    public static func descriptionHTML(root: String, path: String, unsafeHTML: Bool) -> String {
        guard case .success(let text) = read(URL(fileURLWithPath: root + "/" + path), path: path),
              case .success(let split) = FrontMatterSplitter.split(text) else { return "" }
        return MarkdownRenderer.render(split.body, bodyFirstLine: split.bodyFirstLine, source: text, unsafeHTML: unsafeHTML,
                                       into: DiagnosticCollector()).html
    }

    /// Splits and decodes the front matter.
    public static func frontMatter(of source: SourceText, into collector: DiagnosticCollector) -> (ProductFrontMatter, FrontMatter)? {
        let split: FrontMatter
        switch FrontMatterSplitter.split(source) {
        case .success(let value): split = value
        case .failure(let diagnostic):
            collector.add(diagnostic)
            return nil
        }
        let yaml = YAMLSource(source: source, yaml: split.yaml, firstLine: split.yamlFirstLine)
        guard let root = yaml.compose(into: collector) else {
            if !collector.hasErrors {
                collector.add(source.diagnostic(.error, "frontmatter.empty", "front matter is empty: a product needs name, producer, district, product_set, stars and certificate", at: .start))
            }
            return nil
        }
        guard let page = ProductDecoder.decode(root, yaml: yaml, into: collector) else { return nil }
        return (page, split)
    }
}
