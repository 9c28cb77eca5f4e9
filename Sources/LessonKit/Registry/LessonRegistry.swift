/// The lessons the notebook offers, in syllabus order, looked up by id.
public struct LessonRegistry: Sendable {
    public let lessons: [any Lesson]

    public init(_ lessons: [any Lesson]) { self.lessons = lessons }

    /// The lesson with `id`, or an error naming the valid ids.
    public func lesson(id: String) throws -> any Lesson {
        if let l = lessons.first(where: { $0.id == id }) { return l }
        throw LessonKitError.unknownLesson(id, valid: lessons.map(\.id))
    }
}

/// Errors of lesson lookup and headless runs, worded for a one-line message on the command
/// line (they name the valid choices).
public enum LessonKitError: Error, CustomStringConvertible, Equatable {
    case unknownLesson(String, valid: [String])
    case unknownKnob(String, lesson: String, valid: [String])
    case invalidValue(knob: String, value: String, expected: String)
    case invalidPage(Int, pageCount: Int)
    /// A parameter that exists, but only in a part of the lesson the run did not choose;
    /// `hint` says how to choose it ("add --set race=digits").
    case parameterElsewhere(String, lesson: String, hint: String)

    public var description: String {
        switch self {
        case let .unknownLesson(id, valid):
            return "unknown lesson '\(id)'; valid lessons: \(list(valid))"
        case let .unknownKnob(name, lesson, valid):
            return "lesson '\(lesson)' has no parameter '\(name)'; valid parameters: \(list(valid))"
        case let .invalidValue(knob, value, expected):
            return "invalid value '\(value)' for '\(knob)': expected \(expected)"
        case let .invalidPage(page, count):
            return count > 0 ? "page \(page) does not exist; valid pages: 1–\(count)" : "page \(page) does not exist; the lesson has no pages"
        case let .parameterElsewhere(name, lesson, hint):
            return "parameter '\(name)' of lesson '\(lesson)' is not in this run: \(hint)"
        }
    }

    /// Names joined by commas, or "(none)".
    private func list(_ names: [String]) -> String {
        names.isEmpty ? "(none)" : names.joined(separator: ", ")
    }
}
