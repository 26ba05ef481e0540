/// The state of one render call: output buffer, context stack and frame stack.
/// Each call makes its own, which is what makes concurrent rendering safe.
struct Renderer {
    let templates: [String: Template]
    let strict: Bool
    let limits: TemplateLimits
    var output: [UInt8] = []
    var context: [TemplateValue]
    var frames: [RenderFrame] = []
    /// Nodes visited; bounded like the output so that fan-out into empty renders stops.
    private var steps = 0

    init(templates: [String: Template], strict: Bool, limits: TemplateLimits, data: TemplateValue) {
        self.templates = templates
        self.strict = strict
        self.limits = limits
        context = [data]
    }

    mutating func render(_ template: Template) throws(TemplateError) -> String {
        output.reserveCapacity(min(limits.maxOutputBytes, 1 << 16))
        frames.append(RenderFrame(nodes: template.body, index: 0, template: template, indent: [], overrides: [:], depth: 0))
        while let top = frames.indices.last {
            guard frames[top].index < frames[top].nodes.count else {
                finishBody(top)
                continue
            }
            let node = frames[top].nodes[frames[top].index]
            frames[top].index += 1
            steps += 1
            if steps > limits.maxOutputBytes {
                throw frames[top].template.error(
                    .outputTooLarge, at: offset(of: node),
                    "rendering visited more than \(limits.maxOutputBytes) tags (maxOutputBytes); does a partial fan out?")
            }
            try render(node, in: top)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func render(_ node: Node, in top: Int) throws(TemplateError) {
        switch node {
        case .text(let bytes, let offset):
            output.append(contentsOf: bytes)
            try checkOutput(at: offset, in: top)
        case .lineStart:
            output.append(contentsOf: frames[top].indent)
        case .variable(let variable):
            try renderVariable(variable, in: top)
        case .section(let section):
            try enterSection(section, in: top)
        case .partial(let partial):
            try enterPartial(partial, in: top)
        case .parent(let parent):
            try enterParent(parent, in: top)
        case .block(let block):
            try enterBlock(block, in: top)
        }
    }

    /// End of a body: the next list item, or back to the enclosing body.
    private mutating func finishBody(_ top: Int) {
        if frames[top].pushesContext {
            context.removeLast()
        }
        if frames[top].nextItem < frames[top].items.count {
            context.append(frames[top].items[frames[top].nextItem])
            frames[top].nextItem += 1
            frames[top].index = 0
        } else {
            frames.removeLast()
        }
    }

    func checkOutput(at offset: Int, in top: Int) throws(TemplateError) {
        guard output.count > limits.maxOutputBytes else { return }
        throw frames[top].template.error(
            .outputTooLarge, at: offset, "output grew past the limit of \(limits.maxOutputBytes) bytes here")
    }

    private func offset(of node: Node) -> Int {
        switch node {
        case .text(_, let offset): offset
        case .lineStart: 0
        case .variable(let variable): variable.offset
        case .section(let section): section.offset
        case .partial(let partial): partial.offset
        case .parent(let parent): parent.offset
        case .block(let block): block.offset
        }
    }
}
