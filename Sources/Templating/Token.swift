/// One piece of a template's source: a run of text or one tag.
///
/// Text never spans a line break: a text token ends at the first `\n`, so the
/// standalone-line rules can work on whole tokens.
struct Token {
    enum Kind: Equatable {
        case text
        case variable(escaped: Bool)
        case section
        case invertedSection
        case close
        case comment
        case setDelimiters
        case partial
        case parent
        case block
    }

    var kind: Kind
    /// Byte range in the source. For a tag it spans both delimiters, and `start` is
    /// where errors point. For text, `start` moves forward when block indentation is
    /// stripped.
    var start: Int
    var end: Int
    /// The trimmed name, without sigils; for a dynamic partial or parent, without `*`.
    var name: String = ""
    /// `{{>*name}}` and `{{<*name}}`.
    var isDynamic = false

    // Filled in by the structural and line analysis.

    /// Index of the matching close for an opening tag, and of the opener for a close.
    var partner = -1
    /// Index into the line table.
    var line = 0
    /// Only whitespace text before this tag on its line.
    var isLeftClear = false
    /// Only whitespace text, then the line break or the end, after this tag on its line.
    var isRightClear = false
    /// A `{{$block}}` directly inside a `{{<parent}}`: an argument, not a site.
    var isArgument = false
    /// Text removed by the standalone rules.
    var isDropped = false
    /// Whitespace text before this tag on its line belongs to the tag.
    var ownsLeadingWhitespace = false

    var isTag: Bool { kind != .text }

    var opensSection: Bool {
        switch kind {
        case .section, .invertedSection, .parent, .block: true
        default: false
        }
    }

    /// Tags that may stand alone on a line and take the line with them.
    var canStandAlone: Bool {
        switch kind {
        case .text, .variable: false
        default: true
        }
    }
}
