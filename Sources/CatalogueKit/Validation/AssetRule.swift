import Foundation

/// Rule 10: every image is a file inside the content folder. Paths that climb out (`..`),
/// absolute or remote paths, Windows separators and symlinks that point outside are refused.
struct AssetRule {
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg", "avif"]

    let context: ValidationContext

    /// The image as it will be published, or nil with the reason recorded.
    func resolve(_ src: String, alt: String, at position: SourcePosition, resourceDirectory: String,
                 _ source: SourceText, _ collector: DiagnosticCollector) -> ProductImage? {
        func refuse(_ code: String, _ message: String, _ notes: [String] = []) -> ProductImage? {
            collector.add(source.diagnostic(.error, code, message, at: position, notes: notes))
            return nil
        }
        let inside = "images are files inside the content folder, written relative to the page, e.g. src: goi-banh.jpg"
        if LinkSafety.scheme(of: src) != nil || src.hasPrefix("//") {
            return refuse("image.not-local", "image \"\(src)\" is not a file in the content folder", [inside])
        }
        if src.hasPrefix("/") || src.contains("\\") || src.split(separator: "/").contains("..") || src.contains("\0") {
            return refuse("image.outside-content", "image path \"\(src)\" leaves its folder", [inside])
        }
        let ext = (src as NSString).pathExtension.lowercased()
        guard Self.imageExtensions.contains(ext) else {
            return refuse("image.type", "\"\(src)\" is not an image file", ["use one of: " + Self.imageExtensions.sorted().joined(separator: ", ")])
        }
        let relative = resourceDirectory + "/" + src
        let url = context.project.root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            var notes: [String] = []
            let folder = url.deletingLastPathComponent()
            if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
               let guess = Suggestion.closest(to: url.lastPathComponent, in: names.filter { Self.imageExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) {
                notes.append("did you mean '\(guess)'?")
            }
            return refuse("image.missing", "image \"\(src)\" does not exist (looked for \(relative))", notes)
        }
        let content = context.project.contentDirectory.resolvingSymlinksInPath().path + "/"
        guard url.resolvingSymlinksInPath().path.hasPrefix(content) else {
            return refuse("image.outside-content", "image \"\(src)\" is a link to a file outside the content folder", [inside])
        }
        if ext == "svg", let problem = SVGSafety.problem(url) {
            return refuse("image.unsafe-svg", "SVG image \"\(src)\" could run code on the site: \(problem)",
                          ["export the drawing again without scripts or links, or use PNG or JPEG"])
        }
        return ProductImage(sourcePath: relative, outputName: src, alt: alt)
    }
}
