import Foundation

extension TemplateLibrary {
    /// Loads and parses every `**/*.mustache` under `directory`. A template's name is
    /// its path relative to `directory`, without the extension, "/"-separated
    /// (`partials/header`). Hidden files and folders are skipped. Collects all parse
    /// errors of all files, sorted by template name, then position, and throws them
    /// together; a folder or file that cannot be read is an `.unknownTemplate` error.
    public init(directory: URL, limits: TemplateLimits = .init()) throws(TemplateErrors) {
        try self.init(files: Self.readFiles(in: directory), limits: limits)
    }

    private static func readFiles(in directory: URL) throws(TemplateErrors) -> [(name: String, path: String?, text: String)] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue,
              let paths = try? manager.subpathsOfDirectory(atPath: directory.path) else {
            throw unreadable(directory.path, "the template folder '\(directory.path)' does not exist or cannot be read")
        }
        var files: [(name: String, path: String?, text: String)] = []
        var errors: [TemplateError] = []
        for path in paths.sorted() where path.hasSuffix(".mustache") {
            let components = path.split(separator: "/")
            guard !components.contains(where: { $0.hasPrefix(".") }) else { continue }
            let url = directory.appendingPathComponent(path)
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let name = String(path.dropLast(".mustache".count))
            // Invalid UTF-8 is repaired with U+FFFD rather than refused: the damage
            // shows in the page, and the rest of the site still builds.
            guard let data = manager.contents(atPath: url.path) else {
                errors.append(unreadable(name, "cannot read '\(path)'", path: path).errors[0])
                continue
            }
            files.append((name: name, path: path, text: String(decoding: data, as: UTF8.self)))
        }
        guard errors.isEmpty else { throw TemplateErrors(errors: errors) }
        return files
    }

    private static func unreadable(_ name: String, _ message: String, path: String? = nil) -> TemplateErrors {
        TemplateErrors(errors: [TemplateError(
            kind: .unknownTemplate, template: name, path: path, line: 0, column: 0, lineText: "", message: message)])
    }
}
