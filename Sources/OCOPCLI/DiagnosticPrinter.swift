import CatalogueKit
import Foundation

/// Prints findings in the chosen format: text to stderr (coloured on a terminal), tools' formats to stdout.
struct DiagnosticPrinter {
    var format: OutputFormat = .text
    /// Warnings shown per code before the rest are counted instead (builds); nil shows all (check).
    var warningsPerCode: Int?

    func print(_ diagnostics: DiagnosticList) {
        let colour = format == .text && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var text = ""
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        for d in diagnostics.sorted {
            if let limit = warningsPerCode, d.severity != .error {
                shown[d.code, default: 0] += 1
                if shown[d.code]! > limit {
                    hidden[d.code, default: 0] += 1
                    continue
                }
            }
            switch format {
            case .text: text += DiagnosticFormatter.text(d, colour: colour)
            case .json: text += DiagnosticFormatter.json(d) + "\n"
            case .github: text += DiagnosticFormatter.github(d) + "\n"
            }
        }
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
