/// What changed between two snapshots of a catalogue, for a reviewer: products added and removed,
/// star changes, renewed, corrected and newly expired certificates, district and product-set
/// moves, and findings that are new. Every list is in slug order (diagnostics in file order).
public struct CatalogueDiff: Sendable {
    public typealias Entry = CatalogueSnapshot.Entry

    /// A product whose certificate changed: renewed (issued later) or corrected (anything else).
    public struct CertificateChange: Sendable {
        public var slug: String
        public var name: String
        public var before: Product.Certificate
        public var after: Product.Certificate
    }

    /// A product that moved to another district or product set.
    public struct Move: Sendable {
        public enum Kind: String, Sendable { case district, productSet = "product set" }
        public var slug: String
        public var name: String
        public var kind: Kind
        public var before: String
        public var after: String
    }

    public var old: CatalogueSnapshot
    public var new: CatalogueSnapshot
    public private(set) var added: [Entry] = []
    public private(set) var removed: [Entry] = []
    public private(set) var starChanges: [(slug: String, name: String, before: Int, after: Int)] = []
    /// Issued later than before: a new certificate.
    public private(set) var renewals: [CertificateChange] = []
    /// Another number or an earlier or equal date: a correction of the record.
    public private(set) var corrections: [CertificateChange] = []
    /// Lapsed as of the new side's day, while valid as of the old side's day.
    public private(set) var newlyExpired: [(slug: String, name: String, certificate: Product.Certificate)] = []
    public private(set) var moves: [Move] = []
    /// Findings of the new side that the old side did not have, by code, path and message
    /// (lines and columns are ignored: an edit above a finding moves it without making it new).
    public private(set) var newDiagnostics: [Diagnostic] = []

    /// `baseline`: the old side's findings to compare against, by default its own. `ocop diff`
    /// passes the old side checked on the new side's day, so that a certificate lapsing with the
    /// calendar is reported once, under newly expired, and new diagnostics are the change's own.
    public init(old: CatalogueSnapshot, new: CatalogueSnapshot, baseline: DiagnosticList? = nil) {
        self.old = old
        self.new = new
        for slug in Set(old.entries.keys).union(new.entries.keys).sorted() {
            switch (old.entries[slug], new.entries[slug]) {
            case (nil, let added?): self.added.append(added)
            case (let removed?, nil): self.removed.append(removed)
            case (let before?, let after?):
                if let b = before.product, let a = after.product { compare(b, a, slug: slug, name: after.name) }
            case (nil, nil): break
            }
        }
        let known = Set((baseline ?? old.diagnostics).items.map(Self.key))
        newDiagnostics = new.diagnostics.sorted.filter { !known.contains(Self.key($0)) }
    }

    private mutating func compare(_ before: Product, _ after: Product, slug: String, name: String) {
        if before.stars != after.stars { starChanges.append((slug, name, before.stars, after.stars)) }
        let b = before.certificate, a = after.certificate
        if a.issued > b.issued {
            renewals.append(CertificateChange(slug: slug, name: name, before: b, after: a))
        } else if a.number != b.number || a.issued != b.issued {
            corrections.append(CertificateChange(slug: slug, name: name, before: b, after: a))
        }
        if a.expired && !b.expired { newlyExpired.append((slug, name, a)) }
        if before.district.id != after.district.id {
            moves.append(Move(slug: slug, name: name, kind: .district, before: before.district.name, after: after.district.name))
        }
        if before.productSet.id != after.productSet.id {
            moves.append(Move(slug: slug, name: name, kind: .productSet, before: before.productSet.id, after: after.productSet.id))
        }
    }

    private static func key(_ d: Diagnostic) -> String { "\(d.code)\u{0}\(d.location?.path ?? "")\u{0}\(d.message)" }

    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && starChanges.isEmpty && renewals.isEmpty && corrections.isEmpty
            && newlyExpired.isEmpty && moves.isEmpty && newDiagnostics.isEmpty
    }
}
