import Foundation

/// Templates: syntax errors, names and partials that do not resolve, and limits.
extension MalformedCase {
    static func template(_ name: String, _ text: String) -> [String: [UInt8]] {
        ["templates/\(name).mustache": Array(text.utf8)]
    }

    /// `templates/product.mustache` with one replacement.
    static func product(_ old: String, _ new: String) -> [String: [UInt8]] {
        let url = SiteBuild.repositoryTemplates.appendingPathComponent("product.mustache")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return template("product", BasePage.replacing(old, with: new, in: text))
    }

    /// Twenty partials, each including the next twice, the last writing a kilobyte: 1 GiB if unbounded.
    static let fanOut: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for level in 0..<20 {
            files["templates/partials/fan\(level).mustache"] = Array("{{>partials/fan\(level + 1)}}{{>partials/fan\(level + 1)}}".utf8)
        }
        files["templates/partials/fan20.mustache"] = Array(String(repeating: "x", count: 1024).utf8)
        return files
    }()

    static let templates: [MalformedCase] = [
        MalformedCase("template-unclosed-section", files: product("{{#has_scores}}", "{{#has_scores}}{{#product}}"), expect: ["templates/product.mustache:67:3: error [template.mismatched-close]"]),
        MalformedCase("template-unclosed-tag", files: product("<h1>{{name}}</h1>", "<h1>{{name</h1>"), expect: ["templates/product.mustache:26:9: error [template.unclosed-tag]"]),
        MalformedCase("template-mismatched-close", files: product("{{/has_contact}}", "{{/has_contct}}"), expect: ["templates/product.mustache:95:3: error [template.mismatched-close]"]),
        MalformedCase("template-bad-delimiters", files: product("<h1>{{name}}</h1>", "<h1>{{=<% =}}</h1>"), expect: ["templates/product.mustache:26:9: error [template.bad-delimiters]"]),
        MalformedCase("template-empty-tag", files: product("<h1>{{name}}</h1>", "<h1>{{}}</h1>"), expect: ["templates/product.mustache:26:9: error [template.empty-tag]"]),
        MalformedCase("template-unknown-partial", files: product("{{>partials/product-images}}", "{{>partials/khong-co}}"), expect: ["templates/product.mustache:35:3: error [template.unknown-partial]"]),
        MalformedCase("template-missing-name", files: product("<p class=\"product-producer\">{{producer}}</p>", "<p class=\"product-producer\">{{producr}}</p>"), expect: ["templates/product.mustache:28:33: error [template.missing-name]"]),
        MalformedCase("template-self-recursive-partial", files: product("{{>partials/product-images}}", "{{>partials/loop}}").merging(template("partials/loop", "<div>{{>partials/loop}}</div>")) { $1 }, expect: ["templates/partials/loop.mustache:1:6: error [template.partial-recursion]"]),
        MalformedCase("template-nesting-101-deep", files: product("<h1>{{name}}</h1>", String(repeating: "{{#name}}", count: 101) + String(repeating: "{{/name}}", count: 101)), expect: ["templates/product.mustache:26:878: error [template.nesting-too-deep]"]),
        MalformedCase("template-output-too-large", files: product("{{>partials/product-images}}", "{{>partials/fan0}}").merging(fanOut) { $1 }, expect: ["templates/partials/fan20.mustache:1:1: error [template.output-too-large]"]),
        MalformedCase("template-required-missing", removed: ["templates/home.mustache"], expect: ["templates/home.mustache:1:1: error [template.missing]"]),
    ]
}
