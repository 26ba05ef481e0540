/// The diff as a pull-request comment: a heading, one summary line, then only the sections that
/// have something in them. Plain text throughout, no links, and a stable order, so the same
/// change always gives the same comment.
extension CatalogueDiff {
    /// Marks the comment, so a workflow finds and updates its own comment instead of adding one per push.
    public static let marker = "<!-- ocop-diff -->"

    /// `revision` is the old side as the reader named it; `commit` its short id.
    public func markdown(revision: String, commit: String) -> String {
        let at = commit.hasPrefix(revision) || revision.hasPrefix(commit)
            ? MarkdownText.code(commit) : "\(MarkdownText.code(revision)) (\(MarkdownText.code(commit)))"
        var out = [Self.marker, "## OCOP catalogue: changes since \(at)", ""]
        let pages = "\(plural(new.entries.count, "product page")) (\(old.entries.count) at \(MarkdownText.code(revision)))"
        out.append(isEmpty ? "No changes to the catalogue: \(pages)." : "**\(summary)** · \(pages).")
        out.append("Certificates are judged as of \(new.asOf.iso) in the working tree and as of \(old.asOf.iso) at \(MarkdownText.code(revision)).")
        for (title, body) in sections where !body.isEmpty {
            out += ["", "### \(title)", "", body]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `2 added, 1 removed, 1 star change, …`, naming only what happened.
    public var summary: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(added.count) added") }
        if !removed.isEmpty { parts.append("\(removed.count) removed") }
        if !starChanges.isEmpty { parts.append(plural(starChanges.count, "star change")) }
        if !renewals.isEmpty { parts.append("\(renewals.count) renewed") }
        if !corrections.isEmpty { parts.append(plural(corrections.count, "certificate correction")) }
        if !newlyExpired.isEmpty { parts.append("\(newlyExpired.count) newly expired") }
        if !moves.isEmpty { parts.append(plural(moves.count, "move")) }
        if !newDiagnostics.isEmpty {
            let list = DiagnosticList(newDiagnostics)
            parts.append(plural(newDiagnostics.count, "new diagnostic") + " (\(plural(list.errorCount, "error")), \(plural(list.warningCount, "warning")))")
        }
        return parts.joined(separator: ", ")
    }

    private var sections: [(String, String)] {
        typealias T = MarkdownText
        let e = T.escape
        // Names are not unique (two producers' "Tôm khô"): a shared name gets its slug beside it.
        var seen: [String: Set<String>] = [:]
        for entry in Array(old.entries.values) + Array(new.entries.values) { seen[VietnameseText.fold(entry.name), default: []].insert(entry.slug) }
        func label(_ name: String, _ slug: String) -> String {
            (seen[VietnameseText.fold(name)]?.count ?? 0) > 1 ? "\(e(name)) (\(T.code(slug)))" : e(name)
        }
        return [
            ("Added (\(added.count))", added.isEmpty ? "" : T.table(["Product", "District", "Product set", "Stars", "Certificate"], added.map { entry in
                guard let p = entry.product else { return [label(entry.name, entry.slug), "—", "—", "—", "not published: the page has errors"] }
                return [label(p.name, p.slug), e(p.district.name), T.code(p.productSet.id), stars(p.stars), certificate(p.certificate)]
            })),
            ("Removed (\(removed.count))", removed.isEmpty ? "" : T.table(["Product", "District", "Stars"], removed.map { entry in
                [label(entry.name, entry.slug), entry.product.map { e($0.district.name) } ?? "—", entry.product.map { stars($0.stars) } ?? "—"]
            })),
            ("Star changes (\(starChanges.count))", starChanges.isEmpty ? "" : T.table(["Product", "Before", "After"], starChanges.map {
                [label($0.name, $0.slug), stars($0.before), stars($0.after) + ($0.after > $0.before ? " ▲" : " ▼")]
            })),
            ("Certificates renewed (\(renewals.count))", changes(renewals, label)),
            ("Certificates corrected (\(corrections.count))", changes(corrections, label)),
            ("Newly expired certificates (\(newlyExpired.count))", newlyExpired.isEmpty ? "" : T.table(["Product", "Certificate", "Issued", "Valid until"], newlyExpired.map {
                [label($0.name, $0.slug), e($0.certificate.number), $0.certificate.issued.iso, $0.certificate.validUntil.iso]
            })),
            ("Moves (\(moves.count))", moves.isEmpty ? "" : T.table(["Product", "Change", "Before", "After"], moves.map {
                [label($0.name, $0.slug), $0.kind.rawValue, $0.kind == .district ? e($0.before) : T.code($0.before), $0.kind == .district ? e($0.after) : T.code($0.after)]
            })),
            ("New diagnostics (\(newDiagnostics.count))", newDiagnostics.map { d in
                let place = d.location.map { T.code("\($0.path):\($0.line):\($0.column)") + " " } ?? ""
                return "- **\(d.severity.rawValue)** \(place)\(e(d.message)) (\(T.code(d.code)))"
            }.joined(separator: "\n")),
        ]
    }

    private func changes(_ list: [CertificateChange], _ label: (String, String) -> String) -> String {
        list.isEmpty ? "" : MarkdownText.table(["Product", "Before", "After"], list.map {
            [label($0.name, $0.slug), certificate($0.before), certificate($0.after)]
        })
    }

    private func certificate(_ c: Product.Certificate) -> String {
        "\(MarkdownText.escape(c.number)), \(c.issued.iso) to \(c.validUntil.iso)\(c.expired ? " (expired)" : "")"
    }

    private func stars(_ n: Int) -> String { "\(n)★" }

    private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
