/// JSON text of export values: `nnbook run --format json`.
extension ExportValue {
    /// Pretty-printed JSON with a 2-space indent and keys in the order given. Arrays that
    /// hold only scalars stay on one line (`[0.1, 0.2]`), so curves and trajectories read as
    /// rows. Doubles use Swift's shortest round-trip form (0.1 + 0.2 prints as
    /// 0.30000000000000004); NaN and ±Inf print as null. No trailing newline.
    public var jsonText: String {
        var out = ""
        writePretty(into: &out, indent: 0)
        return out
    }

    /// The same JSON on one line, with no spaces (for a value inside a CSV field).
    public var compactJSONText: String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    /// Whether this is a number, string, bool or null (not an array or object).
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func writePretty(into out: inout String, indent: Int) {
        let inner = String(repeating: " ", count: indent + 2)
        switch self {
        case let .array(items) where items.isEmpty || items.allSatisfy(\.isScalar):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.writeCompact(into: &out)
            }
            out += "]"
        case let .array(items):
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.writePretty(into: &out, indent: indent + 2)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case let .object(members) where members.isEmpty:
            out += "{}"
        case let .object(members):
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner + JSONText.quoted(key) + ": "
                value.writePretty(into: &out, indent: indent + 2)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        default:
            writeCompact(into: &out)
        }
    }

    private func writeCompact(into out: inout String) {
        switch self {
        case let .number(x): out += JSONText.number(x)
        case let .integer(i): out += String(i)
        case let .string(s): out += JSONText.quoted(s)
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(into: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                out += JSONText.quoted(key) + ":"
                value.writeCompact(into: &out)
            }
            out += "}"
        }
    }
}

/// JSON spellings of numbers and strings.
enum JSONText {
    /// Shortest round-trip decimal form; null for NaN and infinities.
    static func number(_ x: Double) -> String {
        x.isFinite ? "\(x)" : "null"
    }

    /// `s` in double quotes with `"`, `\` and control characters escaped (and U+2028/U+2029,
    /// so the output is also valid JavaScript).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}": out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: Swift.max(0, 4 - h.count)) + h
    }
}
