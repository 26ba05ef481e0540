import Foundation
import Testing
@testable import Templating

/// One test of the official Mustache spec, identified by file and index (names repeat).
struct SpecCase: Sendable, CustomTestStringConvertible {
    static let files = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json",
        "partials.json", "sections.json", "~dynamic-names.json", "~inheritance.json",
    ]

    /// Cases skipped on purpose, keyed by `file#index`, with the reason. Empty: every
    /// case passes.
    static let skipped: [String: String] = [:]

    let file: String
    let index: Int
    let name: String
    let template: String
    let partials: [String: String]
    let data: TemplateValue
    let expected: String

    var key: String { "\(file)#\(index)" }
    var testDescription: String { "\(key) \(name)" }

    static let all: [SpecCase] = files.flatMap { file in
        let url = Fixtures.url("spec/\(file)")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              case .object(let root)? = try? JSONReader.parse(text),
              case .list(let tests)? = root["tests"] else {
            fatalError("cannot read spec file \(url.path)")
        }
        return tests.enumerated().map { index, test in SpecCase(file: file, index: index, test: test) }
    }

    private init(file: String, index: Int, test: TemplateValue) {
        guard case .object(let fields) = test,
              case .string(let name)? = fields["name"],
              case .string(let template)? = fields["template"],
              case .string(let expected)? = fields["expected"] else {
            fatalError("malformed spec test \(file)#\(index)")
        }
        var partials: [String: String] = [:]
        if case .object(let members)? = fields["partials"] {
            for (key, value) in members {
                if case .string(let text) = value { partials[key.text] = text }
            }
        }
        self.file = file
        self.index = index
        self.name = name
        self.template = template
        self.partials = partials
        self.data = fields["data"] ?? .null
        self.expected = expected
    }

    /// Registers the partials beside the template, as the spec describes. The template
    /// gets a name no partial uses.
    func render() throws -> String {
        var sources = partials
        sources["__spec_template__"] = template
        let library = try TemplateLibrary(sources: sources)
        return try library.render("__spec_template__", data)
    }
}
