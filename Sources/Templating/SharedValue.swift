import Synchronization

/// A value that many renders reach through the same reference, such as a product card
/// listed on several pages. It renders exactly like `value`; the reference lets the
/// engine keep what a partial rendered with it on top of the context stack, and reuse it
/// when the same partial meets the same value again and everything the first render read
/// from below the value is still the same (see `PartialRecording`).
public final class SharedValue: Sendable {
    public let value: TemplateValue
    let renders = Mutex<[CachedPartial]>([])

    /// Most renders kept per value: one per distinct surrounding (indentation, the values
    /// read from outside such as a page's `root`); further ones are rendered every time.
    static let maxRenders = 4

    public init(_ value: TemplateValue) {
        self.value = value.unshared
    }

    /// A render of `template` that fits the renderer's current surroundings.
    func reusable(_ template: Template, indent: String, strict: Bool, fits: (CachedPartial) -> Bool) -> CachedPartial? {
        renders.withLock { renders in
            renders.first { $0.template.serial == template.serial && $0.indent == indent && $0.strict == strict && fits($0) }
        }
    }

    func keep(_ render: CachedPartial) {
        renders.withLock { renders in
            if renders.count < Self.maxRenders { renders.append(render) }
        }
    }
}
