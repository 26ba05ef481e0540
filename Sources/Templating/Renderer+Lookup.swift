/// Name resolution. Only `.object` keys are ever read: `count`, `first` or
/// `description` are ordinary keys, never properties of Swift types.
extension Renderer {
    /// The value `name` denotes, or `nil` when it resolves to nothing, which strict
    /// rendering reports. An explicit `.null` is a value and is returned.
    func resolve(_ name: Name, at offset: Int) throws(TemplateError) -> TemplateValue? {
        let value = lookup(name)
        if value == nil, strict {
            throw current.template.error(.missingName, at: offset, "'\(name.text)' resolves to nothing in the data")
        }
        return value
    }

    /// The first part is looked up through the context stack, top down; the first
    /// object that has the key wins, whatever its value. Later parts are looked up
    /// only in the value before them, never in the stack again.
    private func lookup(_ name: Name) -> TemplateValue? {
        guard let first = name.head else { return context.last }
        let found: TemplateValue? = context.withUnsafeBufferPointer { stack in
            var index = stack.count
            while index > 0 {
                index -= 1
                if case .object(let members) = stack[index], let found = members[first] { return found }
            }
            return nil
        }
        guard var value = found else { return nil }
        for part in name.tail {
            guard case .object(let members) = value, let next = members[part] else { return nil }
            value = next
        }
        return value
    }

    /// The template a partial or parent tag names. A dynamic name must resolve to a
    /// string. Anything that names no template renders nothing, except in strict mode.
    func lookupTemplate(_ target: Node.Target, at offset: Int) throws(TemplateError) -> Template? {
        let name: String
        switch target {
        case .named(let literal):
            name = literal
        case .dynamic(let dynamic):
            guard let value = try resolve(dynamic, at: offset) else { return nil }
            guard case .string(let text) = value else {
                guard strict else { return nil }
                throw current.template.error(
                    .unknownPartial, at: offset, "'\(dynamic.text)' must be a template name, but it is not a string")
            }
            name = text
        }
        if let template = templates[name] { return template }
        guard strict else { return nil }
        throw current.template.error(.unknownPartial, at: offset, "there is no template named '\(name)'")
    }

    /// HTML-escapes into the output buffer (see `HTMLEscaping`).
    mutating func appendEscaped(_ text: String) {
        HTMLEscaping.append(text, to: &output)
    }
}
