/// What each kind of tag does when rendered.
extension Renderer {
    mutating func renderVariable(_ variable: Node.Variable) throws(TemplateError) {
        guard var value = try resolve(variable.name, at: variable.offset, printing: true) else { return }
        if case .shared(let box) = value { value = box.value }
        switch value {
        case .string(let text):
            let start = output.count
            if variable.escaped {
                appendEscaped(text)
            } else {
                output.append(contentsOf: text.utf8)
            }
            if recording?.printing != nil { recording!.printed(start..<output.count, escaped: variable.escaped) }
        case .list, .object, .null, .shared:
            return
        default:
            // Numbers and booleans contain nothing that needs escaping.
            output.append(contentsOf: value.interpolationText.utf8)
        }
        try checkOutput(at: variable.offset)
    }

    /// A list runs the body once per item; any other truthy value runs it once with
    /// the value pushed; an inverted section runs only when the value is falsey.
    mutating func enterSection(_ section: Node.Section) throws(TemplateError) {
        let value = try resolve(section.name, at: section.offset)
        let truthy = value?.isTruthy ?? false
        guard truthy != section.inverted, !section.body.isEmpty else { return }
        var frame = current.nested(section.body)
        if let value, !section.inverted {
            if case .list(let items) = value.unshared {
                frame.items = items
                frame.nextItem = 1
                context.append(items[0])
            } else {
                context.append(value)
            }
            frame.pushesContext = true
        }
        enter(frame)
    }

    /// Partials see the current context and the active block overrides. A standalone
    /// partial adds its leading whitespace to the indentation; an inline one has none.
    mutating func enterPartial(_ partial: Node.Partial) throws(TemplateError) {
        guard let template = try lookupTemplate(partial.target, at: partial.offset) else { return }
        let indent = partial.indent.map { current.indent + $0 } ?? ""
        if recording == nil, case .shared(let box)? = context.last {
            if reuse(box, template, indent: indent) {
                return
            }
            recording = PartialRecording(
                box: box, template: template, indent: indent, base: context.count - 1, start: output.count,
                resumeDepth: suspended.count, startSteps: steps, startDepth: current.depth)
        }
        let depth = try deeper(at: partial.offset, entering: template.name)
        enter(RenderFrame(
            nodes: template.body, index: 0, template: template, indent: indent,
            overrides: current.overrides, depth: depth))
    }

    /// A parent is a partial with overrides; names already overridden further out keep
    /// their outer definition.
    mutating func enterParent(_ parent: Node.Parent) throws(TemplateError) {
        guard let template = try lookupTemplate(parent.target, at: parent.offset) else { return }
        let depth = try deeper(at: parent.offset, entering: template.name)
        var overrides = current.overrides
        for (name, block) in parent.arguments where overrides[name] == nil {
            overrides[name] = RenderFrame.Override(block: block, template: current.template)
        }
        let indent = parent.indent.map { current.indent + $0 } ?? ""
        enter(RenderFrame(
            nodes: template.body, index: 0, template: template, indent: indent, overrides: overrides, depth: depth))
    }

    /// A block site renders the active override, or its own content, with the context
    /// stack of the site. Its lines get the site's indentation; an inline site leaves
    /// the first line where it is.
    mutating func enterBlock(_ block: Node.Block) throws(TemplateError) {
        recording?.usable = false
        var nodes = block.body
        var template = current.template
        var depth = current.depth
        if let override = current.overrides[block.name] {
            nodes = override.block.body
            template = override.template
            depth = try deeper(at: block.offset, entering: "$" + block.name)
        }
        var start = 0
        var indent = current.indent
        if let siteIndent = block.siteIndent {
            indent += siteIndent
        } else if case .lineStart? = nodes.first {
            start = 1
        }
        guard start < nodes.count else { return }
        enter(RenderFrame(
            nodes: nodes, index: start, template: template, indent: indent,
            overrides: current.overrides, depth: depth))
    }

    private mutating func deeper(at offset: Int, entering name: String) throws(TemplateError) -> Int {
        let depth = current.depth + 1
        guard depth <= limits.maxPartialDepth else {
            throw current.template.error(
                .partialRecursion, at: offset,
                "'\(name)' is nested more than \(limits.maxPartialDepth) partials deep; does it include itself?")
        }
        if recording != nil { recording!.maxDepth = max(recording!.maxDepth, depth - recording!.startDepth) }
        return depth
    }
}
