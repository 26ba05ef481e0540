import CCmark
import Foundation

/// Markdown through libcmark, safe by default: raw HTML is omitted and `javascript:`-like
/// links are emptied unless the site sets `unsafe_html: true`.
public enum MarkdownRenderer {
    /// Renders `body`, whose first line is line `bodyFirstLine` of `source`, and reports
    /// what the safe mode removed at the file's own line and column. Without `html` the tree is
    /// only walked (findings, summary, references), and `html` is left empty: `check` needs no HTML.
    public static func render(_ body: String, bodyFirstLine: Int, source: SourceText, unsafeHTML: Bool, html renderHTML: Bool = true,
                              into collector: DiagnosticCollector) -> MarkdownDocument {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let length = body.utf8.count
        guard let root = body.withCString({ cmark_parse_document($0, length, options) }) else {
            return MarkdownDocument(html: "", summary: "", references: [])
        }
        defer { cmark_node_free(root) }
        var walker = Walker(source: source, bodyFirstLine: bodyFirstLine, unsafeHTML: unsafeHTML, collector: collector)
        walker.walk(root)
        guard renderHTML, let html = cmark_render_html(root, options) else {
            return MarkdownDocument(html: "", summary: walker.summary ?? "", references: walker.references)
        }
        defer { free(html) }
        return MarkdownDocument(html: String(cString: html), summary: walker.summary ?? "", references: walker.references)
    }
}

/// One pass over the cmark tree: unsafe content, referenced files, and the summary.
private struct Walker {
    let source: SourceText
    let bodyFirstLine: Int
    let unsafeHTML: Bool
    let collector: DiagnosticCollector
    var summary: String?
    var references: [MarkdownDocument.Reference] = []
    private let columns: LineColumns

    init(source: SourceText, bodyFirstLine: Int, unsafeHTML: Bool, collector: DiagnosticCollector) {
        self.source = source
        self.bodyFirstLine = bodyFirstLine
        self.unsafeHTML = unsafeHTML
        self.collector = collector
        self.columns = LineColumns(source: source)
    }

    mutating func walk(_ root: OpaquePointer) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        // Positions are worked out only for the nodes that need one (a finding, a reference).
        var placed: OpaquePointer?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if cmark_node_get_start_line(node) > 0 { placed = node }
            var position: SourcePosition { self.position(of: placed) }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                // The description sits under the page's own headings: `#` becomes h2, `##` h3.
                cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + 1))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !unsafeHTML {
                    collector.add(source.diagnostic(.warning, "markdown.raw-html", "raw HTML in the description is left out", at: position,
                                                    notes: ["write it in Markdown, or set unsafe_html: true in site.yml if the site trusts its authors"]))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !unsafeHTML, LinkSafety.isDangerous(url, isImage: isImage) {
                    collector.add(source.diagnostic(.warning, "markdown.unsafe-link", "\(isImage ? "image" : "link") to \"\(LinkSafety.scheme(of: url) ?? url):\" is removed", at: position,
                                                    notes: ["only http, https, mailto, tel and relative links are kept"]))
                }
                references.append(.init(url: url, isImage: isImage, position: position))
            case CMARK_NODE_PARAGRAPH where summary == nil && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT:
                summary = Walker.plainText(node)
            default:
                break
            }
        }
    }

    /// Where a node starts in the file; nodes without a position of their own (some inlines)
    /// take that of the last node before them that has one.
    private func position(of node: OpaquePointer?) -> SourcePosition {
        guard let node else { return SourcePosition(line: bodyFirstLine, column: 1) }
        let fileLine = Int(cmark_node_get_start_line(node)) + bodyFirstLine - 1
        let byteColumn = Int(cmark_node_get_start_column(node))
        return SourcePosition(line: fileLine, column: columns.column(line: fileLine, byteColumn: max(1, byteColumn)))
    }

    /// Text and code of a node's descendants, soft breaks as spaces.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmingWhitespace()
    }
}
