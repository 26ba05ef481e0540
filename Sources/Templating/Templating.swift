/// The project's template engine: Mustache (spec v1.4.2) with the optional
/// inheritance and dynamic-names modules, rendering a `TemplateValue` tree. It knows
/// nothing about the catalogue.
///
/// Use `TemplateLibrary` to load and render; this namespace only records the
/// behaviour the spec leaves to each engine. Tests pin every item below
/// (`PolicyTests`, `IndentationTests`, `MalformedTagTests`).
///
/// **Values**
/// - Falsey: only `false`, `.null`, a missing name and the empty list. `""`, `0`,
///   `0.0` and `"0"` are truthy (Ruby's reference engine, hummingbird). Objects, even
///   empty, are truthy and pushed onto the context stack.
/// - Interpolation: `.integer` prints plainly; `.decimal` prints the shortest text
///   that reads back as the same number, without a trailing `.0` (`85.0` → `85`,
///   `1.21` → `1.21`, `1e16` → `1e+16`); booleans print `true` / `false`; lists,
///   objects, `.null` and missing names print nothing.
/// - Escaping in `{{x}}`: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`, a
///   deliberate superset of the spec's four (spec issue #69). `{{{x}}}` and `{{&x}}`
///   print as is.
/// - Names only read `.object` keys: `count`, `first` or `description` are ordinary
///   keys, never properties of Swift values. `{{a.b}}` never matches a key `"a.b"`.
/// - Object keys are `TemplateKey`s (string literals make them): each carries a digest
///   of its text made once, so a lookup does not hash the name again (`TemplateKeyTests`).
///   An object (`TemplateObject`) keeps its members in the order they were added, in one
///   allocation; a later value for the same key replaces the earlier one.
///
/// **Partials and inheritance**
/// - Partials and parents are looked up when rendered (so recursive partials work),
///   from templates parsed once at load; `TemplateLimits.maxPartialDepth` bounds the
///   chain, `.partialRecursion` past it, cycles included (`{{<a}}` in `a`).
/// - Indentation of a standalone partial goes before every line of the partial's
///   source, except blank lines (only spaces or tabs) and after the final line break,
///   so no trailing whitespace is added. Nested standalone partials add up; inline
///   partials get none, and a line break inside data is never indented.
/// - `{{>p}}` is `{{<p}}{{/p}}`: partials see the block overrides active where they
///   are included. When parents nest, the outermost override of a name wins.
/// - Inside a parent pair only blocks written directly in it count; text, other tags
///   and blocks nested in sections there are ignored. Of two arguments with the same
///   name, the first wins. `{{<*name}}` (dynamic parent) works like `{{>*name}}`.
/// - A dynamic name that resolves to something other than a string names no template.
/// - Block content written inline at an inline site continues the current line;
///   its later lines keep the indentation of the template around the site.
///
/// **Shared values**
/// - `.shared(SharedValue(v))` renders exactly as `v`. A partial included with a shared
///   value on top of the context stack keeps its output with the value; the next
///   include of the same partial with the same value reuses it when nothing else it
///   read has changed (`PartialRecording`): names read from below the value must find
///   the same, except a string that was only printed (a page's `{{root}}`), which is
///   printed afresh. A render that reached a block site is never kept, and reuse is
///   refused where a fresh render would hit a limit. `SharedValueTests` and the
///   template fuzzer compare shared and plain renders.
/// - `TemplateLibrary.replica()` renders exactly like its library from objects of its own,
///   for a thread that would otherwise contend for the library's reference counts; renders
///   kept through one replica are reused through the others (`ReplicaTests`).
///
/// **Syntax**
/// - Under custom delimiters, `{` right after the opening delimiter starts a triple
///   mustache ended by `}` plus the closing delimiter (`{{=| |=}}|{x}|` is raw).
/// - Delimiters are any two non-empty tokens without whitespace or `=`, of any length;
///   setting the current pair again is allowed. The first closing delimiter ends a tag.
/// - A name with inner spaces (`{{#sản phẩm}}`) is kept as written; an empty part, as
///   in `a..b`, simply misses.
/// - A tag without a name (`{{}}`, `{{#}}`, `{{>}}`) is an `.emptyTag` error.
/// - Unclosed, mismatched or unopened sections, unclosed tags and bad set-delimiter
///   tags are errors, each with line, column (in Unicode scalars) and line text.
public enum Templating {
    /// The version of the official Mustache spec whose tests this engine passes.
    public static let specVersion = "1.4.2"
}
