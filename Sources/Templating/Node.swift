/// One element of a parsed template. Payloads are immutable classes, so a node is one
/// pointer wide, copying a body is cheap, and the tree is safe to share between threads.
/// A node does not own its payload: the template that parsed it does (`Template.payloads`),
/// so the render loop reads nodes without counting references (see `Ref`).
enum Node: Sendable {
    case text(Ref<Text>)
    /// The start of a template line: the renderer prints the current indentation here.
    /// Blank lines and removed standalone lines have none.
    case lineStart
    case variable(Ref<Variable>)
    case section(Ref<Section>)
    case partial(Ref<Partial>)
    case parent(Ref<Parent>)
    case block(Ref<Block>)

    /// A payload without reference counting. Retaining and releasing each node as it was
    /// read was a retain/release pair per node, a few percent of a site's build; the
    /// template outlives every render of its nodes, since each frame holds its template.
    struct Ref<Payload: AnyObject & Sendable>: @unchecked Sendable {
        private let unmanaged: Unmanaged<Payload>

        /// `owners` keeps the payload alive; it becomes the template's `payloads`.
        init(_ payload: Payload, owners: inout [any AnyObject & Sendable]) {
            owners.append(payload)
            unmanaged = .passUnretained(payload)
        }

        var object: Payload { unmanaged.takeUnretainedValue() }

        /// Runs `body` with the payload, without retaining it.
        @inline(__always)
        func with(_ body: (Payload) throws(TemplateError) -> Void) throws(TemplateError) {
            var failure: TemplateError?
            unmanaged._withUnsafeGuaranteedRef { payload in
                do throws(TemplateError) { try body(payload) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        static func === (a: Ref, b: Ref) -> Bool { a.unmanaged.toOpaque() == b.unmanaged.toOpaque() }
    }

    /// Literal text, already stripped of standalone whitespace; `offset` is where it
    /// starts in the source, for errors such as an output limit hit while printing it.
    /// The bytes are the node's own memory, immutable once made: printing them copies from
    /// a pointer, where an array would be retained and released around each copy.
    final class Text: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let offset: Int

        init(bytes: [UInt8], offset: Int) {
            let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = memory.initialize(from: bytes)
            self.bytes = UnsafeBufferPointer(memory)
            self.offset = offset
        }

        deinit { bytes.deallocate() }
    }

    /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
    final class Variable: Sendable {
        let name: Name
        let escaped: Bool
        let offset: Int

        init(name: Name, escaped: Bool, offset: Int) {
            self.name = name
            self.escaped = escaped
            self.offset = offset
        }
    }

    /// `{{#name}}…{{/name}}` or, when `inverted`, `{{^name}}…{{/name}}`.
    final class Section: Sendable {
        let name: Name
        let inverted: Bool
        let body: [Node]
        let offset: Int

        init(name: Name, inverted: Bool, body: [Node], offset: Int) {
            self.name = name
            self.inverted = inverted
            self.body = body
            self.offset = offset
        }
    }

    /// Which template a partial or parent tag includes.
    enum Target: Sendable {
        case named(String)
        /// `{{>*name}}`: the value of `name` in the context is the template's name.
        case dynamic(Name)
    }

    /// `{{>name}}`. A standalone partial carries the whitespace before it, which becomes
    /// extra indentation for every line of the partial; an inline one has `nil`.
    final class Partial: Sendable {
        let target: Target
        let indent: String?
        let offset: Int

        init(target: Target, indent: String?, offset: Int) {
            self.target = target
            self.indent = indent
            self.offset = offset
        }
    }

    /// `{{<name}}…{{/name}}`: includes `name` with the blocks written directly inside
    /// the pair as overrides. Everything else inside the pair is ignored.
    final class Parent: Sendable {
        let target: Target
        let arguments: [String: Block]
        let indent: String?
        let offset: Int

        init(target: Target, arguments: [String: Block], indent: String?, offset: Int) {
            self.target = target
            self.arguments = arguments
            self.indent = indent
            self.offset = offset
        }
    }

    /// `{{$name}}…{{/name}}`. Directly inside a parent it is an argument (an override);
    /// elsewhere it is a site that renders the active override or its own body.
    final class Block: Sendable {
        let name: String
        let body: [Node]
        /// For a site: the extra indentation of a standalone site, `nil` for an inline
        /// one, whose first line continues the current line.
        let siteIndent: String?
        let offset: Int

        init(name: String, body: [Node], siteIndent: String?, offset: Int) {
            self.name = name
            self.body = body
            self.siteIndent = siteIndent
            self.offset = offset
        }
    }
}
