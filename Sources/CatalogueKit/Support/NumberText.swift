import Foundation

/// Numbers as people read them in this catalogue: "62", "62.5", never "62.0".
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 100).rounded() / 100)
    }

    /// Vietnamese decimal comma: "62,5".
    public static func vietnamese(_ value: Double) -> String {
        String(plain(value).map { $0 == "." ? "," : $0 })
    }
}
