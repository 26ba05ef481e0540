import Foundation

/// Applies the per-page rules to one document. Pure apart from checking image files, so pages
/// are validated on all cores.
struct ProductValidator: Sendable {
    let context: ValidationContext

    func validate(_ document: ProductDocument) -> PageResult {
        let collector = DiagnosticCollector()
        collector.add(contentsOf: document.loadDiagnostics)
        let page = document.frontMatter
        let source = document.source
        if !VietnameseText.isSlug(document.slug) {
            let name = document.isBundle ? "folder" : "file"
            collector.add(source.diagnostic(.error, "content.invalid-slug",
                                            "\(name) name '\(document.slug)' is not a slug: lowercase ASCII letters, digits and single hyphens",
                                            at: .start, notes: ["rename it to '\(VietnameseText.slug(document.slug.isEmpty ? page.name.value : document.slug))'"]))
        }
        let district = context.districts.validate(page.district, in: source, into: collector)
        let model = ModelRule.resolve(page, in: source, context: context, into: collector)
        var product: Product?
        if let model {
            let starsOK = ScoreRules.checkStars(page.stars, model: model, source, collector)
            let (parts, total) = ScoreRules.checkScores(page.assessment, model: model, source, collector)
            if starsOK, let total { ScoreRules.checkBand(stars: page.stars, total: total, model: model, source, collector) }
            let set = ProductSetRule.resolve(page.productSet, model: model, context: context, source, collector)
            let certificate = CertificateRules.check(page.certificate, stars: page.stars.value, model: model, context: context, source, collector)
            let images = resolveImages(document, collector)
            let contact = ContactRule.check(page.contact, source, collector)
            if let district, let (productSet, group) = set {
                product = Product(
                    slug: document.slug, name: page.name.value, producer: page.producer.value, producerType: page.producerType?.value,
                    district: district, commune: page.commune?.value, model: model, productSet: productSet, group: group,
                    stars: page.stars.value, scores: parts, total: total ?? page.assessment?.total?.value, certificate: certificate,
                    images: images, price: page.price?.value, contact: contact, tags: page.tags.map(\.value),
                    description: document.description, summary: document.body.summary, sourcePath: document.path)
            }
        }
        return PageResult(path: document.path, product: collector.hasErrors ? nil : product, diagnostics: collector.diagnostics,
                          identity: PageIdentity(document), contentHash: document.contentHash, dependencies: dependencies(of: document))
    }

    /// Local image paths the page names, whether or not they exist: adding a missing image
    /// must invalidate the cached finding about it.
    private func dependencies(of document: ProductDocument) -> [String] {
        let written = document.frontMatter.images.map(\.src.value)
            + document.body.references.filter { $0.isImage && LinkSafety.scheme(of: $0.url) == nil }.map { $0.url.removingPercentEncoding ?? $0.url }
        return written.filter { !$0.hasPrefix("/") && !$0.hasPrefix("//") }.map { document.resourceDirectory + "/" + $0 }
    }

    /// Front-matter images and images in the body, each once, in the order they appear.
    private func resolveImages(_ document: ProductDocument, _ collector: DiagnosticCollector) -> [ProductImage] {
        let rule = AssetRule(context: context)
        var seen: Set<String> = []
        var images: [ProductImage] = []
        for image in document.frontMatter.images {
            if let resolved = rule.resolve(image.src.value, alt: image.alt.value, at: image.src.position,
                                           resourceDirectory: document.resourceDirectory, document.source, collector),
               seen.insert(resolved.outputName).inserted {
                images.append(resolved)
            }
        }
        for reference in document.body.references where reference.isImage && LinkSafety.scheme(of: reference.url) == nil && !reference.url.hasPrefix("//") {
            let path = reference.url.removingPercentEncoding ?? reference.url
            if let resolved = rule.resolve(path, alt: "", at: reference.position,
                                           resourceDirectory: document.resourceDirectory, document.source, collector),
               seen.insert(resolved.outputName).inserted {
                images.append(ProductImage(sourcePath: resolved.sourcePath, outputName: resolved.outputName, alt: "", inBodyOnly: true))
            }
        }
        return images
    }
}
