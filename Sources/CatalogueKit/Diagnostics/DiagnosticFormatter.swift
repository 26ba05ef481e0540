import Foundation

/// Diagnostics as text for people, JSON lines for tools, and GitHub workflow annotations.
public enum DiagnosticFormatter {
    /// `path:line:col: error: message [code]`, the line with a caret under the column, then notes.
    public static func text(_ d: Diagnostic, colour: Bool = false) -> String {
        let bold = colour ? "\u{1B}[1m" : "", reset = colour ? "\u{1B}[0m" : ""
        let tint = !colour ? "" : d.severity == .error ? "\u{1B}[1;31m" : d.severity == .warning ? "\u{1B}[1;33m" : "\u{1B}[1;36m"
        var out = ""
        if let at = d.location { out += "\(bold)\(TerminalText.visible(at.path)):\(at.line):\(at.column):\(reset) " }
        out += "\(tint)\(d.severity.rawValue):\(reset) \(bold)\(TerminalText.visible(d.message))\(reset) [\(d.code)]\n"
        if let text = d.lineText.map(TerminalText.visible), let at = d.location {
            let (line, column) = excerpt(text, column: at.column)
            let number = String(at.line)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(number) | \(line)\n"
            let prefix = line.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            out += " \(gutter) | \(prefix)\(tint)^\(reset)\n"
        }
        for note in d.notes { out += "\(colour ? "\u{1B}[1;36m" : "")note:\(reset) \(TerminalText.visible(note))\n" }
        return out
    }

    /// A line of at most about 120 characters around the column, with "…" where it was cut: a
    /// 500 KB value on one line must not flood the terminal. Returns the caret's column in it.
    static func excerpt(_ line: String, column: Int, width: Int = 120) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width + 40 else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        if end < scalars.count { text += "…" }
        guard start > 0 else { return (text, column) }
        return ("…" + text, column - start + 1)
    }

    /// One JSON object per diagnostic, on one line.
    public static func json(_ d: Diagnostic) -> String {
        var object: [String: Any] = ["severity": d.severity.rawValue, "code": d.code, "message": d.message, "notes": d.notes]
        if let at = d.location {
            object["path"] = at.path
            object["line"] = at.line
            object["column"] = at.column
        }
        if let line = d.lineText { object["line_text"] = line }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// `::error file=…,line=…,col=…,title=…::message`, which a pull request shows beside the line.
    public static func github(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
        var properties: [String] = []
        if let at = d.location {
            properties += ["file=\(escapeProperty(at.path))", "line=\(at.line)", "col=\(at.column)"]
        }
        properties.append("title=\(escapeProperty(d.code))")
        let message = ([d.message] + d.notes.map { "note: \($0)" }).joined(separator: "\n")
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// The closing line: `ocop check: 34 products, 0 errors, 2 warnings`.
    public static func summary(command: String, products: Int, diagnostics: DiagnosticList) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [plural(products, "product"), plural(diagnostics.errorCount, "error"), plural(diagnostics.warningCount, "warning")]
        let notes = diagnostics.count(.note)
        if notes > 0 { parts.append(plural(notes, "note")) }
        return "ocop \(command): " + parts.joined(separator: ", ")
    }

    private static func escapeData(_ s: String) -> String {
        TerminalText.visible(s).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
