/// CSV text of export tables: `nnbook run --format csv`.
extension ExportTable {
    /// The table as CSV: a header line of column names, then one line per row, each ending
    /// in "\n". Fields with a comma, quote or line break are quoted (RFC 4180, quotes
    /// doubled). Numbers use the shortest round-trip form; NaN is `NaN`, infinities `inf` and
    /// `-inf` (as numpy and pandas read them); null is an empty field; a nested array or
    /// object is its compact JSON.
    public var csvText: String {
        var out = CSVText.record(columns.map(CSVText.field(string:)))
        for row in rows { out += CSVText.record(row.map(CSVText.field(_:))) }
        return out
    }

    /// Several tables in one text: each preceded by a `# name` comment line, separated by a
    /// blank line. A single table is printed as plain CSV, with no comment line, so any CSV
    /// reader loads it directly. No tables give an empty text.
    public static func csv(_ tables: [ExportTable]) -> String {
        if tables.count == 1 { return tables[0].csvText }
        return tables.map { "# \(CSVText.commentSafe($0.name))\n" + $0.csvText }.joined(separator: "\n")
    }

    /// The table as JSON: an array with one object per row, keyed by column name.
    public var jsonValue: ExportValue {
        .array(rows.map { row in .object(zip(columns, row).map { ($0, $1) }) })
    }
}

/// CSV spellings of fields and records.
enum CSVText {
    static func record(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }

    static func field(_ value: ExportValue) -> String {
        switch value {
        case let .number(x):
            if x.isNaN { return "NaN" }
            if x.isInfinite { return x < 0 ? "-inf" : "inf" }
            return "\(x)"
        case let .integer(i): return String(i)
        case let .string(s): return field(string: s)
        case let .bool(b): return b ? "true" : "false"
        case .null: return ""
        case .array, .object: return field(string: value.compactJSONText)
        }
    }

    /// `s`, quoted if it holds a comma, a quote or a line break.
    static func field(string s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingQuotes() + "\""
    }

    /// A table name that cannot break out of its comment line.
    static func commentSafe(_ name: String) -> String {
        String(name.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self { out += c == "\"" ? "\"\"" : String(c) }
        return out
    }
}
