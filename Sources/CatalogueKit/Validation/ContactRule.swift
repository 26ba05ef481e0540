/// Contact details reach pages as links, so a website must be http(s) and an email an address.
enum ContactRule {
    static func check(_ contact: ProductFrontMatter.Contact?, _ source: SourceText, _ collector: DiagnosticCollector) -> Product.Contact {
        guard let contact else { return Product.Contact() }
        if let website = contact.website {
            let scheme = LinkSafety.scheme(of: website.value)
            if scheme != "http" && scheme != "https" || website.value.contains(where: \.isWhitespace) {
                collector.add(source.diagnostic(.error, "contact.invalid-website", "website \"\(website.value)\" is not an http(s) address",
                                                at: website.position, notes: ["write the full address, e.g. https://example.vn"]))
            }
        }
        if let email = contact.email {
            let parts = email.value.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count != 2 || parts.contains(where: \.isEmpty) || !parts[1].contains(".") || email.value.contains(where: { $0.isWhitespace || "<>\"'".contains($0) }) {
                collector.add(source.diagnostic(.error, "contact.invalid-email", "\"\(email.value)\" is not an email address", at: email.position))
            }
        }
        return Product.Contact(phone: contact.phone?.value, email: contact.email?.value, website: contact.website?.value, address: contact.address?.value)
    }
}
