/// A JSON value for headless export, with object keys kept in the order given (so output is
/// stable and readable). Doubles print at full precision (shortest round-trip form);
/// NaN and ±Inf, which JSON cannot hold, print as null.
public indirect enum ExportValue: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case string(String)
    case bool(Bool)
    case null
    case array([ExportValue])
    case object([(String, ExportValue)])

    public static func == (a: ExportValue, b: ExportValue) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.integer(x), .integer(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}

/// A table for CSV export (and for JSON as an array of row objects).
public struct ExportTable: Sendable, Equatable {
    /// A name, printed as a `# name` comment line above the table in CSV.
    public var name: String
    public var columns: [String]
    public var rows: [[ExportValue]]

    public init(name: String, columns: [String], rows: [[ExportValue]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// What one live cell exports: free-form JSON (used for `--format json`) and tables (used
/// for `--format csv`).
public struct CellExport: Sendable {
    public var name: String
    public var json: ExportValue
    public var tables: [ExportTable]

    public init(name: String, json: ExportValue, tables: [ExportTable]) {
        self.name = name
        self.json = json
        self.tables = tables
    }
}

/// A headless run's request: `nnbook run LESSON --set NAME=VALUE ... --steps N --seed S`.
public struct RunRequest: Sendable {
    /// NAME=VALUE pairs in the order given, unparsed (a knob parses its own values).
    public var settings: [(name: String, value: String)]
    /// Steps for animated cells; nil means each cell's own default.
    public var steps: Int?
    public var context: LessonContext
    /// Told after every model step (nil: nobody listens); see `LiveCell.stepHeadless`.
    public var progress: StepProgress?

    public init(settings: [(name: String, value: String)] = [], steps: Int? = nil, context: LessonContext = LessonContext(),
                progress: StepProgress? = nil) {
        self.settings = settings
        self.steps = steps
        self.context = context
        self.progress = progress
    }
}

/// A headless run's result, printable as JSON or CSV.
public struct RunOutput: Sendable {
    public var lesson: String
    public var cells: [CellExport]

    public init(lesson: String, cells: [CellExport]) {
        self.lesson = lesson
        self.cells = cells
    }
}
