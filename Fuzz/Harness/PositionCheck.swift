import CatalogueKit

/// What every diagnostic must satisfy, whatever the input: a place inside the file it names,
/// and the text of that line for the caret display. A finding at line 0, past the end, or
/// with a caret beyond the line is a bug the fuzzers report like a crash.
enum PositionCheck {
    static func violations(_ diagnostics: [Diagnostic], in source: SourceText) -> [String] {
        diagnostics.compactMap { violation($0, in: source) }
    }

    static func violation(_ diagnostic: Diagnostic, in source: SourceText) -> String? {
        guard let location = diagnostic.location else { return "[\(diagnostic.code)] has no location" }
        guard location.path == source.path else { return nil }
        let position = location.position
        guard position.line >= 1, position.line <= source.lineCount else {
            return "[\(diagnostic.code)] at line \(position.line) of a \(source.lineCount)-line file"
        }
        let line = source.line(position.line) ?? ""
        guard position.column >= 1, position.column <= line.unicodeScalars.count + 1 else {
            return "[\(diagnostic.code)] at column \(position.column) of line \(position.line), which has \(line.unicodeScalars.count) characters"
        }
        if let text = diagnostic.lineText, text != line {
            return "[\(diagnostic.code)] quotes \(text.debugDescription) for line \(position.line), which is \(line.debugDescription)"
        }
        return nil
    }
}
