/// A partial being rendered for the first time with a `SharedValue` on top of the
/// context stack. Its output is a function of the partial, the shared value, the
/// indentation, strictness and whatever it reads from below the value, as long as no
/// block site is reached (those depend on the overrides in force). The recording notes
/// those reads; a block site makes it unusable.
///
/// A read that is only ever printed as a string, such as a page's `{{root}}` link prefix,
/// becomes a hole in the kept output, filled with the string found at reuse, so one kept
/// render serves pages at every depth. Any other read must find the same value again.
struct PartialRecording {
    struct Read: Sendable {
        let name: TemplateKey
        let value: TemplateValue?
        /// Whether the read decided more than printed text: a section, a dotted name, a
        /// partial's name, a value that is not a string.
        var structural: Bool
    }

    /// Where a read's string was printed, relative to the partial's output.
    struct Hole: Sendable {
        let range: Range<Int>
        let read: Int
        let escaped: Bool
    }

    let box: SharedValue
    let template: Template
    let indent: String
    /// Index of the shared value in the context stack: reads found below it, or nowhere,
    /// are dependencies.
    let base: Int
    /// Where the partial's output starts in the renderer's buffer.
    let start: Int
    /// `suspended.count` when the partial's own body is finished and popped.
    let resumeDepth: Int
    let startSteps: Int
    let startDepth: Int
    var reads: [Read] = []
    var holes: [Hole] = []
    /// The read an interpolation is printing right now.
    var printing: Int?
    var maxDepth = 0
    var usable = true

    /// Notes a read of `name` found below the shared value (`nil`: found nowhere).
    /// `printable`: the caller will print it as a string and nothing else.
    mutating func note(_ name: TemplateKey, _ value: TemplateValue?, printable: Bool) {
        let index: Int
        if let known = reads.firstIndex(where: { $0.name == name }) {
            index = known
        } else {
            index = reads.count
            reads.append(Read(name: name, value: value, structural: false))
        }
        if printable {
            printing = index
        } else {
            reads[index].structural = true
        }
    }

    /// The interpolation of `printing` wrote `range` of the whole output buffer.
    mutating func printed(_ range: Range<Int>, escaped: Bool) {
        guard let read = printing else { return }
        printing = nil
        holes.append(Hole(range: range.lowerBound - start ..< range.upperBound - start, read: read, escaped: escaped))
    }
}
