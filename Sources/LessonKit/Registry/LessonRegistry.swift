import Charts

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
            return tr("unknown lesson '\(id)'; valid lessons: \(list(valid))",
                      "没有课程 '\(id)'；可用的课程：\(list(valid))")
        case let .unknownKnob(name, lesson, valid):
            return tr("lesson '\(lesson)' has no parameter '\(name)'; valid parameters: \(list(valid))",
                      "课程 '\(lesson)' 没有参数 '\(name)'；可用的参数：\(list(valid))")
        case let .invalidValue(knob, value, expected):
            return tr("invalid value '\(value)' for '\(knob)': expected \(expected)",
                      "'\(knob)' 的值 '\(value)' 无效，应为：\(expected)")
        case let .invalidPage(page, count):
            if count > 0 {
                return tr("page \(page) does not exist; valid pages: 1–\(count)", "没有第 \(page) 页；可用的页：1–\(count)")
            }
            return tr("page \(page) does not exist; the lesson has no pages", "没有第 \(page) 页；这个课程没有任何页")
        case let .parameterElsewhere(name, lesson, hint):
            return tr("parameter '\(name)' of lesson '\(lesson)' is not in this run: \(hint)",
                      "课程 '\(lesson)' 的参数 '\(name)' 不在这次运行中：\(hint)")
        }
    }

    /// Names joined by commas, or "(none)" (in Chinese "（无）").
    private func list(_ names: [String]) -> String {
        names.isEmpty ? tr("(none)", "（无）") : names.joined(separator: ", ")
    }
}
