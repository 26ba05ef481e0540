extension TemplateLibrary {
    /// Every `{{>name}}` and `{{<name}}` naming a template that is not in the library,
    /// as `.unknownPartial` errors located at the tag, sorted by template and position.
    /// Dynamic names (`{{>*name}}`) depend on data and are not checked. Tags inside a
    /// parent pair but outside its blocks are ignored by rendering, so they are not
    /// checked either.
    public func unknownPartialReferences() -> [TemplateError] {
        var errors: [TemplateError] = []
        for name in names {
            let template = templates[name]!
            var pending: [[Node]] = [template.body]
            while let nodes = pending.popLast() {
                for node in nodes {
                    switch node {
                    case .section(let section):
                        pending.append(section.object.body)
                    case .block(let block):
                        pending.append(block.object.body)
                    case .partial(let ref):
                        let partial = ref.object
                        if case .named(let target) = partial.target, templates[target] == nil {
                            errors.append(template.error(
                                .unknownPartial, at: partial.offset, "partial '\(target)' names no template"))
                        }
                    case .parent(let ref):
                        let parent = ref.object
                        pending.append(contentsOf: parent.arguments.values.map(\.body))
                        if case .named(let target) = parent.target, templates[target] == nil {
                            errors.append(template.error(
                                .unknownPartial, at: parent.offset, "parent '\(target)' names no template"))
                        }
                    case .text, .lineStart, .variable:
                        break
                    }
                }
            }
        }
        return errors.sorted { ($0.template, $0.line, $0.column) < ($1.template, $1.line, $1.column) }
    }
}
