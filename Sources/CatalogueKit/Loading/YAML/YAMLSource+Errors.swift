import Yams

/// Yams errors as diagnostics at their place in the file, with a hint for the common mistakes.
extension YAMLSource {
    /// Where a scalar first occurs in the YAML.
    private func position(ofFirst target: Unicode.Scalar) -> SourcePosition? {
        var line = firstLine
        var column = 1
        for scalar in yaml.unicodeScalars {
            if scalar == target { return SourcePosition(line: line, column: column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let at = position(mark)
            // A tab in the indentation is the most common cause, and libyaml's words do not say so.
            if let line = source.line(at.line), line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                let tab = line.unicodeScalars.firstIndex(of: "\t").map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) + 1 } ?? 1
                return source.diagnostic(.error, "yaml.syntax", "YAML syntax error: this line is indented with a tab", at: SourcePosition(line: at.line, column: tab),
                                         notes: ["YAML is indented with spaces only; replace the tab with spaces (two per level)"])
            }
            var notes: [String] = []
            if let context {
                let at = position(context.mark)
                notes.append("\(context.text) at line \(at.line), column \(at.column)")
            }
            if let open = unclosedQuote(before: at) {
                notes.append("the quote opened at line \(open.line), column \(open.column) is not closed on its line; a quoted value ends with the same quote")
            } else if let hint = YAMLSource.hint(for: problem) {
                notes.append(hint)
            }
            return source.diagnostic(.error, "yaml.syntax", "YAML syntax error: \(problem)", at: at, notes: notes)
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKey(duplicates.first ?? "?", first: context.mark)
        case let .reader(problem, offset, value, _):
            // libyaml refuses control characters (NUL, BEL, DEL, C1 ...) anywhere, quoted or not.
            if problem.contains("control characters"), let scalar = Unicode.Scalar(UInt32(bitPattern: value)),
               let at = position(ofFirst: scalar) {
                return source.diagnostic(.error, "yaml.syntax", "YAML cannot contain the invisible control character U+\(hex(scalar))", at: at,
                                         notes: ["delete it; such characters usually come from text copied out of a PDF or a word processor"])
            }
            let at = offset.map { position(ofCharacterOffset: $0) } ?? position(nil as YAMLMark?)
            return source.diagnostic(.error, "yaml.syntax", "YAML could not be read: \(problem)", at: at)
        default:
            return source.diagnostic(.error, "yaml.syntax", "YAML could not be read: \(error)", at: position(nil as YAMLMark?))
        }
    }

    /// Yams reports the first of two equal keys; the author needs the second as well, so find the
    /// next line that gives the same key at the same indentation.
    private func duplicateKey(_ key: String, first: Mark) -> Diagnostic {
        let firstPosition = position(first)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: max(0, first.column - 1))
        var second = firstPosition
        for index in first.line..<lines.count {
            let line = lines[index]
            guard line.hasPrefix(indent), line.dropFirst(indent.count).first != " " else { continue }
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                second = SourcePosition(line: index + firstLine, column: first.column)
                break
            }
        }
        return source.diagnostic(.error, "field.duplicate", "'\(key)' is given twice", at: second,
                                 notes: ["first given at line \(firstPosition.line), column \(firstPosition.column); remove one of them"])
    }

    /// The first line before `end` that opens a double or single quote it does not close: a
    /// value like `name: "Bánh` runs on into the next lines, and libyaml stops somewhere after.
    private func unclosedQuote(before end: SourcePosition) -> SourcePosition? {
        guard end.line > firstLine else { return nil }
        for number in firstLine..<end.line {
            guard let line = source.line(number) else { continue }
            var quote: Character?
            var opened = 0
            var previous: Character = " "
            for (offset, character) in line.enumerated() {
                if let q = quote {
                    if character == q && !(q == "\"" && previous == "\\") { quote = nil }
                } else if character == "#" && previous == " " {
                    break
                } else if character == "\"" || character == "'" {
                    // Only a quote that starts a value opens one: `name: 'x`, `- "x`, `[a, "x`.
                    let before = line.prefix(offset).reversed().drop { $0 == " " }.first ?? ":"
                    if ":-[{,".contains(before) {
                        quote = character
                        opened = offset
                    }
                }
                previous = character
            }
            if quote != nil {
                let column = line.prefix(opened).unicodeScalars.count + 1
                return SourcePosition(line: number, column: column)
            }
        }
        return nil
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("unknown escape character") {
            return "inside double quotes a backslash starts an escape such as \\n; write paths with '/', or use single quotes"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be quoted, e.g. name: \"Tôm khô: loại 1\""
        }
        if problem.contains("found character that cannot start any token") {
            return "values starting with '@', '`' or '%' must be quoted"
        }
        if problem.contains("did not find expected key") || problem.contains("bad indentation") {
            return "check the indentation: nested fields use the same number of spaces, and tabs are not allowed"
        }
        return nil
    }
}
