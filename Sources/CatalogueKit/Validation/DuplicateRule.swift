/// Rule 9: one page per slug, and one page per product (name and producer), naming both files.
enum DuplicateRule {
    static func check(_ documents: [ProductDocument]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var slugs: [String: ProductDocument] = [:]
        var products: [String: ProductDocument] = [:]
        for document in documents {
            if let first = slugs[document.slug] {
                diagnostics.append(document.source.diagnostic(
                    .error, "content.duplicate-slug", "two pages have the slug '\(document.slug)': \(first.path) and \(document.path)", at: .start,
                    notes: ["a product is either \(document.slug).md or \(document.slug)/index.md; remove or rename one"]))
            } else {
                slugs[document.slug] = document
            }
            let page = document.frontMatter
            let key = VietnameseText.fold(page.name.value) + "\u{0}" + VietnameseText.fold(page.producer.value)
            if let first = products[key] {
                diagnostics.append(document.source.diagnostic(
                    .error, "content.duplicate-product",
                    "\"\(page.name.value)\" by \(page.producer.value) is already in the catalogue: \(first.path) and \(document.path)",
                    at: page.name.position, notes: ["first page: \(first.path):\(first.frontMatter.name.position.line)"]))
            } else {
                products[key] = document
            }
        }
        return diagnostics
    }
}
