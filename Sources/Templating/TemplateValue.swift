/// A value a template can see: the engine's whole data model.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case decimal(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null
}
