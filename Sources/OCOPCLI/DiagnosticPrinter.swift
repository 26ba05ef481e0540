import CatalogueKit
import Foundation

/// Prints findings in the chosen format: text to stderr (coloured on a terminal), tools' formats to stdout.
struct DiagnosticPrinter {
    var format: OutputFormat = .text

    func print(_ diagnostics: DiagnosticList) {
        let colour = format == .text && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        for d in diagnostics.sorted {
            switch format {
            case .text: Self.write(DiagnosticFormatter.text(d, colour: colour), to: .standardError)
            case .json: Self.write(DiagnosticFormatter.json(d) + "\n", to: .standardOutput)
            case .github: Self.write(DiagnosticFormatter.github(d) + "\n", to: .standardOutput)
            }
        }
    }

    func summary(_ line: String) { Self.write(line + "\n", to: .standardError) }

    static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
