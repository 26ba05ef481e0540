import Templating

/// One fuzz input as templates: the bytes up to the first NUL are the page template, the rest
/// are partials `p` and `q` (split at the next NUL). Parsed with small limits, rendered against
/// a fixed value tree, strictly and not. Errors must carry a position in their template.
public enum TemplateHarness {
    static let limits = TemplateLimits(maxNesting: 20, maxPartialDepth: 12, maxOutputBytes: 1 << 16)

    static let data: TemplateValue = [
        "site": ["title": "<script>alert(1)</script>", "base_url": "https://example.org/"],
        "name": "p", "empty": [], "no": false, "yes": true, "n": 0, "x": 1.5, "nothing": nil,
        "list": [1, "hai", ["name": "q", "list": [["name": "p"]]], ["list": []]],
        "product": ["name": "Bánh phồng tôm", "stars": 3, "tags": ["a", "b"], "html": "<em>x</em>"],
    ]

    public static func run(_ bytes: [UInt8]) -> [String] {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var sources = ["main": parts[0]]
        if parts.count > 1 { sources["p"] = parts[1] }
        if parts.count > 2 { sources["q"] = parts[2] }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(sources: sources, limits: limits)
        } catch {
            return error.errors.compactMap { check($0, sources) }
        }
        var violations = library.unknownPartialReferences().compactMap { check($0, sources) }
        for strict in [false, true] {
            do {
                let output = try library.render("main", data, strict: strict)
                if output.utf8.count > limits.maxOutputBytes { violations.append("output of \(output.utf8.count) bytes passed the limit") }
            } catch {
                if let violation = check(error, sources) { violations.append(violation) }
            }
            // Kept partial renders (`SharedValue`) must print what plain values print, first
            // time and reused, in a list whose surroundings change from one entry to the next;
            // the second time through replicas of the library and data, as a build's other
            // threads render, reusing what the first kept.
            let plain = outcome(library, sharingData(shared: false), strict: strict)
            let shared = sharingData(shared: true)
            if outcome(library, shared, strict: strict) != plain {
                violations.append("render 1 with shared values differs from plain values (strict: \(strict))")
            }
            if outcome(library.replica(), shared.replica(), strict: strict) != plain {
                violations.append("render 2, through replicas, differs from plain values (strict: \(strict))")
            }
        }
        return violations
    }

    /// The same boxes under `here` and `there`, whose `root`, `n` and `flag` differ; the
    /// renders kept from `here` are offered to `there`.
    static func sharingData(shared: Bool) -> TemplateValue {
        guard case .object(let fields) = data else { return data }
        let items: [TemplateValue] = [
            ["name": "<a&b>", "list": [1, 2], "flag": true],
            ["name": "q", "product": ["name": "con"]],
            "text", ["list": []],
        ]
        let list = TemplateValue.list(items.map { shared ? .shared(SharedValue($0)) : $0 })
        var here = fields
        here["root"] = "../"
        here["list"] = list
        var there = fields
        there["root"] = "<\"x\">&"
        there["n"] = "2"
        there["flag"] = false
        there["list"] = list
        var top = fields
        top["list"] = list
        top["here"] = .object(here)
        top["there"] = .object(there)
        return .object(top)
    }

    static func outcome(_ library: TemplateLibrary, _ value: TemplateValue, strict: Bool) -> String {
        do { return try library.render("main", value, strict: strict) } catch { return "\(error.kind) \(error.template) \(error.line):\(error.column)" }
    }

    private static func check(_ error: TemplateError, _ sources: [String: String]) -> String? {
        guard let text = sources[error.template] else { return "[\(error.code)] names template '\(error.template)', which does not exist" }
        // Only LF ends a line (CRLF counts once, a lone CR never), as in the engine; split bytes,
        // since "\r\n" is a single Character that a split on "\n" would not see.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard error.line >= 1, error.line <= lines.count else { return "[\(error.code)] at line \(error.line) of a \(lines.count)-line template" }
        var line = String(decoding: lines[error.line - 1], as: UTF8.self)
        if line.hasSuffix("\r") { line.unicodeScalars.removeLast() }
        guard error.column >= 1, error.column <= line.unicodeScalars.count + 1 else {
            return "[\(error.code)] at column \(error.column) of a \(line.unicodeScalars.count)-character line"
        }
        return nil
    }
}
