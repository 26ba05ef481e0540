import Yams

/// A YAML text inside a source file (all of `site.yml`, or a page's front matter),
/// composed into Yams nodes with every position mapped back to the file.
public struct YAMLSource {
    public let source: SourceText
    public let yaml: String
    /// File line of the YAML's first line.
    public let firstLine: Int
    public var limits: YAMLLimits

    public init(source: SourceText, yaml: String, firstLine: Int, limits: YAMLLimits = .init()) {
        self.source = source
        self.yaml = yaml
        self.firstLine = firstLine
        self.limits = limits
    }

    /// What the YAML is called in messages: a page's "front matter", or the file ("site.yml").
    var documentName: String {
        firstLine > 1 ? "front matter" : source.path.split(separator: "/").last.map(String.init) ?? source.path
    }

    /// A file position for a Yams mark (lines offset by where the YAML starts; columns are already scalars).
    /// libyaml marks the end of a text without a final line break on the line after it: that
    /// is the end of the last line.
    public func position(_ mark: YAMLMark?) -> SourcePosition {
        guard let mark else { return SourcePosition(line: firstLine, column: 1) }
        let line = mark.line + firstLine - 1
        if line > source.lineCount { return endOfFile }
        return SourcePosition(line: line, column: max(1, mark.column))
    }

    /// The position of a Yams reader error, whose offset counts Characters from the start of the YAML.
    func position(ofCharacterOffset offset: Int) -> SourcePosition {
        let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) ?? yaml.endIndex
        var line = firstLine
        var column = 1
        for scalar in yaml.unicodeScalars[..<index] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return line > source.lineCount ? endOfFile : SourcePosition(line: line, column: column)
    }

    var endOfFile: SourcePosition {
        let last = source.lineCount
        return SourcePosition(line: last, column: (source.line(last)?.unicodeScalars.count ?? 0) + 1)
    }

    public func diagnostic(_ severity: Severity, _ code: String, _ message: String, at mark: YAMLMark?, notes: [String] = []) -> Diagnostic {
        source.diagnostic(severity, code, message, at: position(mark), notes: notes)
    }

    /// The root node, or nil with the reason recorded. Guards run before Yams sees the text,
    /// because its composer recurses once per nesting level.
    public func compose(into collector: DiagnosticCollector) -> YAMLNode? {
        // Ordinary front matter takes the fast reader; anything it is not sure of, Yams. The
        // fast reader nests no deeper than its own bound, so what it reads needs no guard.
        if limits.maxDepth >= SimpleYAML.maxDepth, let node = SimpleYAML.parse(yaml, maxNodes: limits.maxNodes) { return node }
        return composeWithYams(into: collector)
    }

    /// The reference reader, with its guards and error messages.
    func composeWithYams(into collector: DiagnosticCollector, guarded: Bool = false) -> YAMLNode? {
        if !guarded, let finding = YAMLGuard.check(self) {
            collector.add(finding)
            return nil
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            collector.add(diagnostic(for: error))
            return nil
        } catch {
            collector.add(source.diagnostic(.error, "yaml.syntax", "YAML could not be read: \(error)", at: position(nil as YAMLMark?)))
            return nil
        }
        if let node {
            let findings = YAMLGuard.checkComposed(node, in: self)
            if !findings.isEmpty {
                collector.add(contentsOf: findings)
                return nil
            }
        }
        return node.map(YAMLNode.init)
    }
}

extension YAMLSource {
    /// Positions and findings at Yams's own marks (its errors, and the guards over its nodes).
    func position(_ mark: Mark?) -> SourcePosition { position(mark.map(YAMLMark.init)) }
    func position(_ mark: Mark) -> SourcePosition { position(YAMLMark(mark)) }

    func diagnostic(_ severity: Severity, _ code: String, _ message: String, at mark: Mark?, notes: [String] = []) -> Diagnostic {
        diagnostic(severity, code, message, at: mark.map(YAMLMark.init), notes: notes)
    }
}
