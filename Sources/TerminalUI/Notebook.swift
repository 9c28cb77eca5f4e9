import Charts
import LessonKit

/// The entry points the `nnbook` command calls: the interactive notebook on a terminal, and
/// the same screens rendered to text without ncurses.
///
/// STUB: the TerminalUI work replaces these bodies; the signatures are the contract with the
/// command line.
public enum Notebook {
    /// Options of an interactive session.
    public struct Options: Sendable {
        /// Force ASCII drawing (no braille, blocks or box drawing).
        public var ascii: Bool
        /// Colour unless NO_COLOR is set or the terminal cannot.
        public var color: Bool
        /// Seed and data directory handed to lessons.
        public var context: LessonContext
        public init(ascii: Bool = false, color: Bool = true, context: LessonContext = LessonContext()) {
            self.ascii = ascii
            self.color = color
            self.context = context
        }
    }

    /// Runs the notebook on the terminal until the learner quits, starting on `lessonID`
    /// (nil: where the learner left off, or the menu). Restores the terminal on every exit.
    /// Throws `NotebookError.notATerminal` when stdin/stdout is not a terminal.
    public static func runInteractive(registry: LessonRegistry, lessonID: String?, progress: ProgressStore,
                                      options: Options) throws {
        throw NotebookError.notATerminal
    }

    /// The screen a learner would see on `page` (0-based) of `lesson` in a `width`×`height`
    /// terminal after the page's cell has taken `steps` steps, without ncurses.
    public static func render(lesson: any Lesson, page: Int, width: Int, height: Int, steps: Int,
                              options: Options) throws -> Grid {
        Grid(width: width, height: height)
    }
}

/// Why the interactive notebook could not start.
public enum NotebookError: Error, CustomStringConvertible {
    case notATerminal
    case cannotInitialize(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "nnbook needs a terminal for the interactive notebook; use 'nnbook run LESSON' or 'nnbook render LESSON' to run lessons headless"
        case let .cannotInitialize(why):
            return "cannot start the terminal interface: \(why)"
        }
    }
}
