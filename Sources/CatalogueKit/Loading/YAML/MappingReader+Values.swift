extension MappingReader {
    /// Text; a plain number or word is accepted as its text. Nil (and `field.missing` if required) when absent or empty.
    public func string(_ key: String, required: Bool = false, maxLength: Int = 2_000) -> Located<String>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            typeError(key, expected: "text", found: node)
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            if required { missing(key) }
            return nil
        }
        // A scalar takes at least one byte: most values are decided without counting.
        if text.utf8.count > maxLength, text.unicodeScalars.count > maxLength {
            invalid(key, "'\(qualified(key))' is longer than \(maxLength) characters", at: node)
            return nil
        }
        return located(text, key, node)
    }

    /// A whole number written without quotes.
    public func integer(_ key: String, required: Bool = false) -> Located<Int>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            typeError(key, expected: "a whole number", found: node)
            return nil
        }
        return located(value, key, node)
    }

    /// A finite decimal number written without quotes (`21.5`, `62`).
    public func number(_ key: String, required: Bool = false) -> Located<Double>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = Double(scalar.string), value.isFinite,
              scalar.string.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) else {
            typeError(key, expected: "a number", found: node, notes: ["write numbers with a dot for decimals, e.g. 21.5"])
            return nil
        }
        return located(value, key, node)
    }

    public func bool(_ key: String) -> Located<Bool>? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = ["true": true, "false": false][scalar.string.lowercased()] else {
            typeError(key, expected: "true or false", found: node)
            return nil
        }
        return located(value, key, node)
    }

    /// A calendar date `YYYY-MM-DD`, quoted or not.
    public func date(_ key: String, required: Bool = false) -> Located<LocalDate>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            typeError(key, expected: "a date (YYYY-MM-DD)", found: node)
            return nil
        }
        guard let date = LocalDate(iso: scalar.string.trimmingWhitespace()) else {
            invalid(key, "'\(qualified(key))' is not a date: \"\(scalar.string)\"", at: node,
                    notes: ["write dates as YYYY-MM-DD, e.g. 2024-01-23"])
            return nil
        }
        return located(date, key, node)
    }

    /// One of a fixed set of words; an unknown word gets a suggestion.
    public func choice<T: RawRepresentable & Sendable>(_ key: String, required: Bool = false, as type: T.Type) -> Located<T>?
    where T: CaseIterable, T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = T(rawValue: text.value) { return text.map { _ in value } }
        let allowed = T.allCases.map(\.rawValue)
        var notes = ["allowed values: " + allowed.joined(separator: ", ")]
        if let guess = Suggestion.closest(to: text.value, in: allowed) { notes.insert("did you mean '\(guess)'?", at: 0) }
        collector.add(yaml.source.diagnostic(.error, "field.invalid", "'\(qualified(key))' cannot be \"\(text.value)\"", at: text.position, notes: notes))
        return nil
    }

    /// A nested mapping with its own allowed keys.
    public func mapping(_ key: String, required: Bool = false, allowed: [String]) -> MappingReader? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        return MappingReader(node, yaml: yaml, collector: collector, path: qualified(key), allowed: allowed)
    }

    /// A list; a single scalar is not promoted to a list, so a mistake is visible.
    public func sequence(_ key: String) -> [YAMLNode]? {
        guard let node = node(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            typeError(key, expected: "a list", found: node, notes: ["write a list as [a, b] or as lines starting with '- '"])
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts, such as tags.
    public func stringList(_ key: String) -> [Located<String>] {
        guard let items = sequence(key) else { return [] }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item, !YAMLDescription.isNull(scalar.string) || scalar.style != .plain else {
                typeError("\(key)[]", expected: "text", found: item)
                return nil
            }
            return Located(scalar.string.trimmingWhitespace(), at: yaml.position(item.mark))
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Nearly every value starts and ends with a visible ASCII character: keep it as it is.
        // Bytes of 0x80 and above may begin Unicode spaces (U+00A0, U+3000), so they take the full path.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        // Vietnamese values often end in a letter such as "ạ": only the two ends need a look.
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.isWhiteSpace, !last.isWhiteSpace {
            return self
        }
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, which `properties.isWhitespace` looks up in the
    /// standard library's tables: the 25 scalars listed here, and no other.
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
