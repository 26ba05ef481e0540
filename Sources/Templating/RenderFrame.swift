/// One body being rendered: the renderer's explicit stack holds these instead of
/// recursing, so no template or data can overflow the machine stack.
struct RenderFrame {
    let nodes: [Node]
    var index: Int
    /// Where `nodes` were written, for error positions.
    let template: Template
    /// Printed at each `.lineStart` in `nodes`.
    let indent: String
    /// Active block overrides; the outermost definition of a name wins.
    let overrides: [String: Override]
    /// Partials, parents and overrides being expanded around this body.
    let depth: Int
    /// The body of a list section runs once per item; this is the list.
    var items: [TemplateValue] = []
    var nextItem = 0
    /// Whether this frame pushed a value onto the context stack.
    var pushesContext = false

    /// A block written as an argument of a parent, and the template it was written in.
    struct Override {
        let block: Node.Block
        let template: Template
    }

    /// A frame for a nested body that keeps this frame's template and surroundings.
    func nested(_ nodes: [Node]) -> RenderFrame {
        RenderFrame(nodes: nodes, index: 0, template: template, indent: indent, overrides: overrides, depth: depth)
    }
}
