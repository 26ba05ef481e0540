import Templating

extension TemplateValue {
    /// Text, or null when absent, so templates can test `{{#commune}}` and strict mode still sees the key.
    static func text(_ value: String?) -> TemplateValue { value.map { .string($0) } ?? .null }

    /// A count, or null when absent (a target left out of `site.yml`).
    static func number(_ value: Int?) -> TemplateValue { value.map { .integer($0) } ?? .null }

    /// A star rating as templates show it: the number, and filled and empty stars ("★★★", "☆☆").
    static func starFields(_ stars: Int) -> [String: TemplateValue] {
        ["stars": .integer(stars), "stars_full": .string(String(repeating: "★", count: stars)),
         "stars_empty": .string(String(repeating: "☆", count: max(0, 5 - stars)))]
    }

    /// One flag per case of an enumeration, so labels stay in templates: `{{#level.district}}UBND cấp huyện{{/level.district}}`.
    static func flags<T: CaseIterable & RawRepresentable>(_ value: T?, of _: T.Type) -> TemplateValue where T.RawValue == String {
        var object: [String: TemplateValue] = ["known": .bool(value != nil)]
        for item in T.allCases {
            // Most raw values have no hyphen: no need to rebuild them Character by Character.
            let raw = item.rawValue
            let key = raw.utf8.contains(UInt8(ascii: "-")) ? String(raw.map { $0 == "-" ? "_" : $0 }) : raw
            object[key] = .bool(raw == value?.rawValue)
        }
        return .object(object)
    }
}
