import CatalogueKit
import Foundation

/// Prints findings in the chosen format: text to stderr (coloured on a terminal), tools' formats to stdout.
struct DiagnosticPrinter {
    var format: OutputFormat = .text
    /// Warnings shown per code before the rest are counted instead (builds); nil shows all (check).
    var warningsPerCode: Int?

    func print(_ diagnostics: DiagnosticList) {
        let colour = format == .text && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        let printed = diagnostics.sorted.filter { d in
            guard let limit = warningsPerCode, d.severity != .error else { return true }
            shown[d.code, default: 0] += 1
            guard shown[d.code]! > limit else { return true }
            hidden[d.code, default: 0] += 1
            return false
        }
        // Formatted on every core, joined in order: `check` on a national catalogue prints
        // thousands of findings, each with its source line.
        let format = format
        var text = printed.parallelMap { d -> String in
            switch format {
            case .text: DiagnosticFormatter.text(d, colour: colour)
            case .json: DiagnosticFormatter.json(d) + "\n"
            case .github: DiagnosticFormatter.github(d) + "\n"
            }
        }.joined()
        for code in hidden.keys.sorted() {
            text += "note: \(hidden[code]!) more [\(code)] not shown; `ocop check` lists them all\n"
        }
        Self.write(text, to: format == .text ? .standardError : .standardOutput)
    }

    func summary(_ line: String) { Self.write(line + "\n", to: .standardError) }

    static func write(_ text: String, to handle: FileHandle) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }
}
