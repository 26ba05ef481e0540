import Templating
import CatalogueKit

/// What the browser shows while the site does not build: every finding, as `ocop check` prints
/// it, escaped, with the live-reload script so the page returns by itself on the next good save.
enum BuildErrorPage {
    static func html(_ diagnostics: [Diagnostic], version: Int) -> String {
        // Errors alone: they are what stops the build; warnings would bury them.
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.count - errors.count
        let text = errors.map { DiagnosticFormatter.text($0) }.joined()
        let summary = "\(errors.count) error\(errors.count == 1 ? "" : "s")"
        let page = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Lỗi khi dựng trang – ocop serve</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
        h1 { color: #b00020; font-size: 1.5rem; }
        pre { background: #fff4f4; border-left: 4px solid #b00020; padding: 1rem; overflow-x: auto; font: 14px/1.45 ui-monospace, monospace; }
        </style>
        </head>
        <body>
        <h1>Trang chưa dựng được: \(escape(summary))</h1>
        <p>Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại. (The site did not build: fix these and save, and this page reloads by itself.)</p>
        <pre id="ocop-diagnostics">\(escape(text))</pre>
        \(warnings > 0 ? "<p>\(warnings) warning\(warnings == 1 ? "" : "s") not shown here; <code>ocop check</code> lists them.</p>" : "")
        </body>
        </html>

        """
        return LiveReload.inject(into: page, version: version)
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
