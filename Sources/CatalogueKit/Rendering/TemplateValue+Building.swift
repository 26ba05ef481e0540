import Templating

extension TemplateValue {
    /// Text, or null when absent, so templates can test `{{#commune}}` and strict mode still sees the key.
    static func text(_ value: String?) -> TemplateValue { value.map { .string($0) } ?? .null }

    /// A count, or null when absent (a target left out of `site.yml`).
    static func number(_ value: Int?) -> TemplateValue { value.map { .integer($0) } ?? .null }

    /// A star rating as templates show it: the number, and filled and empty stars ("★★★", "☆☆").
    static func starFields(_ stars: Int) -> TemplateObject {
        ["stars": .integer(stars), "stars_full": .string(String(repeating: "★", count: stars)),
         "stars_empty": .string(String(repeating: "☆", count: max(0, 5 - stars)))]
    }

    /// One flag per case of an enumeration, so labels stay in templates: `{{#level.district}}UBND cấp huyện{{/level.district}}`.
    static func flags<T: TemplateFlags>(_ value: T?, of _: T.Type) -> TemplateValue {
        T.flagValues[value] ?? .null
    }

    /// The flags of every case and of `nil`, for a type's `flagValues`.
    static func flagTable<T: CaseIterable & RawRepresentable & Hashable>(_: T.Type) -> [T?: TemplateValue] where T.RawValue == String {
        let values: [T?] = T.allCases.map { $0 } + [nil]
        return Dictionary(uniqueKeysWithValues: values.map { value in
            var object: TemplateObject = ["known": .bool(value != nil)]
            for item in T.allCases {
                object[TemplateKey(String(item.rawValue.map { $0 == "-" ? "_" : $0 }))] = .bool(item == value)
            }
            return (value, .object(object))
        })
    }
}

/// An enumeration that templates see as one flag per case; the flags are made once per type.
protocol TemplateFlags: CaseIterable, RawRepresentable, Hashable where RawValue == String {
    static var flagValues: [Self?: TemplateValue] { get }
}

extension ProducerType: TemplateFlags {
    static let flagValues = TemplateValue.flagTable(ProducerType.self)
}

extension CertifyingLevel: TemplateFlags {
    static let flagValues = TemplateValue.flagTable(CertifyingLevel.self)
}
