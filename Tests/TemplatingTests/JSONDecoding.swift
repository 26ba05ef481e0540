@testable import Templating

/// A small JSON reader straight into `TemplateValue`: booleans are read before
/// numbers, integers before decimals, and `null` stays distinct from a missing key.
/// Foundation's decoders blur exactly those distinctions.
struct JSONReader {
    struct Failure: Error, CustomStringConvertible {
        let offset: Int
        let description: String
    }

    private let bytes: [UInt8]
    private var index = 0

    static func parse(_ text: String) throws -> TemplateValue {
        var reader = JSONReader(bytes: Array(text.utf8))
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw reader.failure("trailing characters") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func value() throws -> TemplateValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try list()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func object() throws -> TemplateValue {
        index += 1
        var members: TemplateObject = [:]
        skipWhitespace()
        if try consume("}") { return .object(members) }
        repeat {
            skipWhitespace()
            let key = try string()
            skipWhitespace()
            guard try consume(":") else { throw failure("expected ':'") }
            members[TemplateKey(key)] = try value()
            skipWhitespace()
        } while try consume(",")
        guard try consume("}") else { throw failure("expected '}'") }
        return .object(members)
    }

    private mutating func list() throws -> TemplateValue {
        index += 1
        var items: [TemplateValue] = []
        skipWhitespace()
        if try consume("]") { return .list(items) }
        repeat {
            items.append(try value())
            skipWhitespace()
        } while try consume(",")
        guard try consume("]") else { throw failure("expected ']'") }
        return .list(items)
    }

    private mutating func string() throws -> String {
        guard try consume("\"") else { throw failure("expected a string") }
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run = []
                scalars.append(try escape())
            default:
                run.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard index < bytes.count else { throw failure("bad escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code), try consume("\\"), try consume("u") {
                let low = try hex4()
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("bad \\u escape") }
            return scalar
        default: return Unicode.Scalar(byte)
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("bad \\u escape") }
        index += 4
        return code
    }

    private mutating func number() throws -> TemplateValue {
        let start = index
        var isDecimal = false
        while index < bytes.count, let char = Optional(bytes[index]),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) || "+-.eE".utf8.contains(char) {
            if "eE.".utf8.contains(char) { isDecimal = true }
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if !isDecimal, let integer = Int(text) { return .integer(integer) }
        guard let decimal = Double(text) else { throw failure("bad number '\(text)'") }
        return .decimal(decimal)
    }

    private mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure("expected \(word)") }
            index += 1
        }
    }

    private mutating func consume(_ char: Unicode.Scalar) throws -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(char.value) else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private func failure(_ message: String) -> Failure {
        Failure(offset: index, description: "JSON: \(message) at byte \(index)")
    }
}
