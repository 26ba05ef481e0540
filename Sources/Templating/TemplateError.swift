/// One problem in a template, located precisely enough to fix it without guessing.
///
/// Errors are values: parsing collects them, rendering throws the first one.
/// Nothing a template or its data contains makes the engine crash.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong. The raw value is stable and appears in `code`.
    public enum Kind: String, Sendable {
        /// A `{{#x}}`, `{{^x}}`, `{{<x}}` or `{{$x}}` without its `{{/x}}`.
        case unclosedSection
        /// A `{{/x}}` while a different section is the innermost open one.
        case mismatchedClose
        /// A `{{/x}}` with no section open at all.
        case unopenedClose
        /// An opening delimiter without its closing delimiter.
        case unclosedTag
        /// A set-delimiter tag that is not `{{=open close=}}` with two non-empty tokens.
        case badDelimiters
        /// A tag that needs a name but has none, such as `{{}}`, `{{#}}` or `{{>}}`.
        case emptyTag
        /// A partial or parent that names no template: raised by strict rendering
        /// and listed by `TemplateLibrary.unknownPartialReferences()`.
        case unknownPartial
        /// `render` was asked for a name the library does not hold, or a template
        /// folder or file could not be read.
        case unknownTemplate
        /// In strict rendering, a name that resolves to nothing.
        case missingName
        /// `TemplateLimits.maxNesting` exceeded while parsing.
        case nestingTooDeep
        /// `TemplateLimits.maxPartialDepth` exceeded while rendering.
        case partialRecursion
        /// `TemplateLimits.maxOutputBytes` exceeded while rendering.
        case outputTooLarge
    }

    public var kind: Kind
    /// Name of the template the position refers to, such as `"partials/header"`.
    public var template: String
    /// File path relative to the loaded directory (`"partials/header.mustache"`);
    /// `nil` for templates given as `sources:`.
    public var path: String?
    /// 1-based line; 0 when the error concerns no position (such as rendering an
    /// unknown template).
    public var line: Int
    /// 1-based column counted in Unicode scalars, so `Giá` is three columns wide
    /// whatever its byte length; 0 when there is no position.
    public var column: Int
    /// The text of that source line, without its line break.
    public var lineText: String
    /// A plain English sentence about the problem.
    public var message: String

    public init(
        kind: Kind, template: String, path: String? = nil,
        line: Int, column: Int, lineText: String, message: String
    ) {
        self.kind = kind
        self.template = template
        self.path = path
        self.line = line
        self.column = column
        self.lineText = lineText
        self.message = message
    }

    /// Stable kebab-case identifier for tools and tests, such as
    /// `"template.unclosed-section"` or `"template.missing-name"`.
    public var code: String {
        var result = "template."
        for scalar in kind.rawValue.unicodeScalars {
            if scalar.properties.isUppercase {
                result += "-" + String(scalar).lowercased()
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `path:line:column: error: message [code]`, then the line and a caret under the column.
    public var description: String {
        let location = path ?? template
        guard line > 0 else { return "\(location): error: \(message) [\(code)]" }
        var caret = ""
        for scalar in lineText.unicodeScalars.prefix(max(0, column - 1)) {
            caret.append(scalar == "\t" ? "\t" : " ")
        }
        return "\(location):\(line):\(column): error: \(message) [\(code)]\n    \(lineText)\n    \(caret)^"
    }
}
