import Foundation

/// Reads the built-in models and, if present, `content/scoring-models.yml`, validating both with positions.
public enum ScoringModelLoader {
    /// The built-in models' data file, for people to read or copy.
    public static var builtinYAML: String { BuiltinScoringModels.yaml }

    public static func load(_ project: Project) -> (ScoringModelSet, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let builtin = decode(SourceText(path: BuiltinScoringModels.path, text: BuiltinScoringModels.yaml), into: &diagnostics)
        var set = ScoringModelSet(builtin)
        let url = project.scoringModelsFile
        if FileManager.default.fileExists(atPath: url.path) {
            guard FolderBoundary.contains(project.contentDirectory, url) else {
                return (set, diagnostics + [FolderBoundary.outside(project.relativePath(url), folder: "content", code: "content.outside-content")])
            }
            switch PageReader.read(url, path: project.relativePath(url)) {
            case .failure(let d): diagnostics.append(d)
            case .success(let source): set = set.merging(decode(source, into: &diagnostics))
            }
        }
        return (set, diagnostics)
    }

    /// The models a file defines; the file's problems are appended.
    public static func decode(_ source: SourceText, into diagnostics: inout [Diagnostic]) -> [ScoringModel] {
        let collector = DiagnosticCollector()
        defer { diagnostics.append(contentsOf: collector.diagnostics) }
        let yaml = YAMLSource(source: source, yaml: source.text, firstLine: 1)
        guard let root = yaml.compose(into: collector),
              let file = MappingReader(root, yaml: yaml, collector: collector, path: "", allowed: ["schema_version", "models"]) else { return [] }
        if let version = file.integer("schema_version"), version.value != 1 {
            collector.add(source.diagnostic(.error, "models.schema-version", "schema_version \(version.value) is not supported; this ocop reads version 1", at: version.position))
        }
        guard let items = file.sequence("models") else {
            file.missing("models")
            return []
        }
        var seen: [String: Int] = [:]
        return items.enumerated().compactMap { index, node in
            guard let reader = MappingReader(node, yaml: yaml, collector: collector, path: "models[\(index + 1)]", allowed: ScoringModelDecoder.fields),
                  let model = ScoringModelDecoder.decode(reader) else { return nil }
            if let earlier = seen[model.id] {
                collector.add(source.diagnostic(.error, "models.duplicate", "model '\(model.id)' is defined twice in this file", at: reader.yaml.position(reader.mark),
                                                notes: ["first defined at line \(earlier)"]))
                return nil
            }
            seen[model.id] = reader.yaml.position(reader.mark).line
            return model
        }
    }
}
