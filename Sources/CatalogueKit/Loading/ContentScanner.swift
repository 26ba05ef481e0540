import Foundation

/// Lists the product pages under `content/products/`: `<slug>.md` files and `<slug>/index.md` bundles.
/// Anything else there is reported, never silently skipped; so is a link that leads out of `content/`.
public enum ContentScanner {
    public static func scan(_ project: Project) -> (sources: [ProductSource], diagnostics: [Diagnostic]) {
        let dir = project.productsDirectory
        let base = project.relativePath(dir)
        var diagnostics: [Diagnostic] = []
        guard let entries = DirectoryWalker.entries(of: dir.path) else {
            diagnostics.append(.error("content.no-products", "there is no folder \(base)/ with product pages",
                                      at: SourceLocation(path: base), notes: ["create it and add pages with `ocop new product \"Tên sản phẩm\"`"]))
            return ([], diagnostics)
        }
        var sources: [ProductSource] = []
        // Only links need following, once the folder itself is known to be inside content/.
        let folderInside = FolderBoundary.contains(project.contentDirectory, dir)
        for (name, isDirectory, mayBeLink) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let path = "\(base)/\(name)"
            if !folderInside || mayBeLink, !FolderBoundary.contains(project.contentDirectory, dir.appendingPathComponent(name)) {
                diagnostics.append(FolderBoundary.outside(path, folder: "content", code: "content.outside-content"))
                continue
            }
            if isDirectory {
                let index = dir.path + "/" + name + "/index.md"
                if access(index, F_OK) == 0 {
                    if FolderBoundary.isLink(index), !FolderBoundary.contains(project.contentDirectory, URL(fileURLWithPath: index)) {
                        diagnostics.append(FolderBoundary.outside("\(path)/index.md", folder: "content", code: "content.outside-content"))
                        continue
                    }
                    sources.append(ProductSource(slug: name, path: "\(path)/index.md", isBundle: true))
                } else {
                    diagnostics.append(.warning("content.not-a-bundle", "folder \(path)/ has no index.md, so it is not a product page",
                                                at: SourceLocation(path: path), notes: ["a page bundle is <slug>/index.md with its images beside it"]))
                }
            } else if name.hasSuffix(".md") {
                sources.append(ProductSource(slug: String(name.dropLast(3)), path: path, isBundle: false))
            } else {
                diagnostics.append(.warning("content.ignored-file", "\(path) is not a product page (.md) and is not used",
                                            at: SourceLocation(path: path), notes: ["images belong in a page bundle: products/<slug>/index.md with the image beside it"]))
            }
        }
        return (sources, diagnostics)
    }
}
