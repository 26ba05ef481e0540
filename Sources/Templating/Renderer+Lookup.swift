/// Name resolution. Only `.object` keys are ever read: `count`, `first` or
/// `description` are ordinary keys, never properties of Swift types.
extension Renderer {
    /// The value `name` denotes, or `nil` when it resolves to nothing, which strict
    /// rendering reports. An explicit `.null` is a value and is returned.
    /// `printing`: the caller prints a string value and does nothing else with it.
    mutating func resolve(_ name: Name, at offset: Int, printing: Bool = false) throws(TemplateError) -> TemplateValue? {
        let value = lookup(name, printing: printing)
        if value == nil, strict {
            throw current.template.error(.missingName, at: offset, "'\(name.text)' resolves to nothing in the data")
        }
        return value
    }

    /// The first part is looked up through the context stack, top down; the first
    /// object that has the key wins, whatever its value. Later parts are looked up
    /// only in the value before them, never in the stack again.
    private mutating func lookup(_ name: Name, printing: Bool) -> TemplateValue? {
        guard let first = name.head else { return context.last }
        let (found, index) = Self.find(first, in: context, below: context.count)
        if recording != nil, index < recording!.base {
            var printable = false
            if printing, name.tail.isEmpty, case .string? = found { printable = true }
            recording!.note(first, found, printable: printable)
        }
        guard var value = found else { return nil }
        for part in name.tail {
            if case .shared(let box) = value { value = box.value }
            guard case .object(let members) = value, let next = members[part] else { return nil }
            value = next
        }
        return value
    }

    /// The value of key `name` in the topmost object among the first `end` entries of
    /// `context`, and that entry's index (-1 when none has the key).
    /// Static, so a lookup from a mutating method does not copy the renderer.
    static func find(_ name: TemplateKey, in context: [TemplateValue], below end: Int) -> (TemplateValue?, Int) {
        context.withUnsafeBufferPointer { stack in
            var index = end
            while index > 0 {
                index -= 1
                switch stack[index] {
                case .object(let members):
                    if let found = members[name] { return (found, index) }
                case .shared(let box):
                    if case .object(let members) = box.value, let found = members[name] { return (found, index) }
                default:
                    break
                }
            }
            return (nil, -1)
        }
    }

    /// The template a partial or parent tag names. A dynamic name must resolve to a
    /// string. Anything that names no template renders nothing, except in strict mode.
    mutating func lookupTemplate(_ target: Node.Target, at offset: Int) throws(TemplateError) -> Template? {
        let name: String
        switch target {
        case .named(let literal):
            name = literal
        case .dynamic(let dynamic):
            guard let value = try resolve(dynamic, at: offset) else { return nil }
            guard case .string(let text) = value.unshared else {
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
