/// The state of one render call: output buffer, context stack and frame stack.
/// Each call makes its own, which is what makes concurrent rendering safe.
struct Renderer {
    let templates: [String: Template]
    let strict: Bool
    let limits: TemplateLimits
    /// UTF-8 bytes: appending a string's bytes to an array is a copy, where appending to a
    /// `String` also rechecks capacity, uniqueness and the ASCII flag each time.
    var output: [UInt8] = []
    var context: [TemplateValue]
    /// The body being rendered, kept out of `suspended` so the hot loop reads it
    /// directly instead of through an array element.
    var current: RenderFrame
    /// Bodies waiting for the ones nested in them to finish.
    var suspended: [RenderFrame] = []
    /// Nodes visited; bounded like the output so that fan-out into empty renders stops.
    var steps = 0
    /// A partial rendering for the first time with a shared value on top; one at a time.
    var recording: PartialRecording?

    init(templates: [String: Template], strict: Bool, limits: TemplateLimits, data: TemplateValue, root: Template) {
        self.templates = templates
        self.strict = strict
        self.limits = limits
        context = [data]
        current = RenderFrame(nodes: root.body, index: 0, template: root, indent: "", overrides: [:], depth: 0)
    }

    mutating func render() throws(TemplateError) -> [UInt8] {
        output.reserveCapacity(min(limits.maxOutputBytes, 1 << 14))
        repeat {
            // The body in a local for as long as no node enters another, so reading a node
            // does not retain and release the body's array each time.
            let nodes = current.nodes
            let depth = suspended.count
            while current.index < nodes.count {
                let index = current.index
                current.index = index + 1
                steps += 1
                if steps > limits.maxOutputBytes {
                    throw current.template.error(
                        .outputTooLarge, at: offset(of: nodes[index]),
                        "rendering visited more than \(limits.maxOutputBytes) tags (maxOutputBytes); does a partial fan out?")
                }
                try render(nodes[index])
                if suspended.count != depth { break }
            }
        } while current.index < current.nodes.count || finishBody()
        return output
    }

    /// Starts rendering `frame`, to come back to the current body when it is done.
    mutating func enter(_ frame: consuming RenderFrame) {
        // A swap moves the frames instead of copying one (and retaining each of its fields).
        var outer = frame
        swap(&current, &outer)
        suspended.append(outer)
    }

    private mutating func render(_ node: Node) throws(TemplateError) {
        switch node {
        case .text(let text):
            try text.with { text throws(TemplateError) in
                output.append(contentsOf: text.bytes)
                try checkOutput(at: text.offset)
            }
        case .lineStart:
            if !current.indent.isEmpty { output.append(contentsOf: current.indent.utf8) }
        case .variable(let variable):
            try variable.with { variable throws(TemplateError) in try renderVariable(variable) }
        case .section(let section):
            try section.with { section throws(TemplateError) in try enterSection(section) }
        case .partial(let partial):
            try partial.with { partial throws(TemplateError) in try enterPartial(partial) }
        case .parent(let parent):
            try parent.with { parent throws(TemplateError) in try enterParent(parent) }
        case .block(let block):
            try block.with { block throws(TemplateError) in try enterBlock(block) }
        }
    }

    /// End of a body: the next list item, or back to the enclosing body; `false`
    /// when the template itself is done.
    private mutating func finishBody() -> Bool {
        if current.pushesContext {
            context.removeLast()
        }
        if current.nextItem < current.items.count {
            context.append(current.items[current.nextItem])
            current.nextItem += 1
            current.index = 0
            return true
        }
        guard let outer = suspended.popLast() else { return false }
        current = outer
        if recording?.resumeDepth == suspended.count { finishRecording() }
        return true
    }

    func checkOutput(at offset: Int) throws(TemplateError) {
        guard output.count > limits.maxOutputBytes else { return }
        throw current.template.error(
            .outputTooLarge, at: offset, "output grew past the limit of \(limits.maxOutputBytes) bytes here")
    }

    private func offset(of node: Node) -> Int {
        switch node {
        case .text(let text): text.object.offset
        case .lineStart: 0
        case .variable(let variable): variable.object.offset
        case .section(let section): section.object.offset
        case .partial(let partial): partial.object.offset
        case .parent(let parent): parent.object.offset
        case .block(let block): block.object.offset
        }
    }
}
