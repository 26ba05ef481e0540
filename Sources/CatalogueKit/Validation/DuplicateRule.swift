/// Rule 9: one page per slug, and one page per product (name and producer), naming both files.
enum DuplicateRule {
    static func check(_ pages: [PageIdentity]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Indices, not identities: this runs on one thread between two parallel stages, and
        // copying or rehashing 20,000 identities of eight strings each showed in its profile.
        var slugs: [String: Int] = [:]
        var products: [String: Int] = [:]
        slugs.reserveCapacity(pages.count)
        products.reserveCapacity(pages.count)
        for index in pages.indices {
            // Fields read in place: a whole identity is copied only for a finding.
            let slug = pages[index].slug
            if let first = slugs[slug] {
                let page = pages[index], first = pages[first]
                diagnostics.append(Diagnostic(
                    .error, code: "content.duplicate-slug", message: "two pages have the slug '\(page.slug)': \(first.path) and \(page.path)",
                    location: SourceLocation(path: page.path), lineText: page.firstLineText,
                    notes: ["a product is either \(page.slug).md or \(page.slug)/index.md; remove or rename one"]))
            } else {
                slugs[slug] = index
            }
            let key = pages[index].productKey
            if let first = products[key] {
                let page = pages[index], first = pages[first]
                diagnostics.append(Diagnostic(
                    .error, code: "content.duplicate-product",
                    message: "\"\(page.name)\" by \(page.producer) is already in the catalogue: \(first.path) and \(page.path)",
                    location: SourceLocation(path: page.path, position: page.namePosition), lineText: page.nameLineText,
                    notes: ["first page: \(first.path):\(first.namePosition.line)"]))
            } else {
                products[key] = index
            }
        }
        return diagnostics
    }
}
