#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import LessonKit

/// The entry points the `nnbook` command calls: the interactive notebook on a terminal, and
/// the same screens rendered to text without ncurses.
public enum Notebook {
    /// Options of an interactive session.
    public struct Options: Sendable {
        /// Force ASCII drawing (no braille, blocks or box drawing).
        public var ascii: Bool
        /// Colour unless NO_COLOR is set or the terminal cannot.
        public var color: Bool
        /// Seed and data directory handed to lessons.
        public var context: LessonContext
        /// A message for the status line when the notebook opens (e.g. why `--data` is not
        /// used); nil for none.
        public var startupMessage: String?
        /// Lesson id → the part of the course it belongs to ("Basics" / "基础"): the menu's
        /// headings, in both languages so that they follow a live switch.
        public var parts: [String: Localized]
        /// The language the notebook opens in (the learner may switch it live) and `render`
        /// draws in; by default the language current where the options are made (the
        /// process default the command line set from `--lang` / `NNBOOK_LANG` / the locale).
        public var language: Language
        public init(ascii: Bool = false, color: Bool = true, context: LessonContext = LessonContext(),
                    startupMessage: String? = nil, parts: [String: Localized] = [:], language: Language = .current) {
            self.ascii = ascii
            self.color = color
            self.context = context
            self.startupMessage = startupMessage
            self.parts = parts
            self.language = language
        }

        /// Options whose part names exist in one language only (they read the same in both).
        /// Kept so a caller that still builds `[String: String]` compiles; the `Localized`
        /// initializer wins whenever both would fit.
        @_disfavoredOverload
        public init(ascii: Bool = false, color: Bool = true, context: LessonContext = LessonContext(),
                    startupMessage: String? = nil, parts: [String: String], language: Language = .current) {
            self.init(ascii: ascii, color: color, context: context, startupMessage: startupMessage,
                      parts: parts.mapValues { Localized(neutral: $0) }, language: language)
        }
    }

    /// Runs the notebook on the terminal until the learner quits, starting on `lessonID`
    /// (nil: where the learner left off, or the menu). Restores the terminal on every exit.
    /// Throws `NotebookError.notATerminal` when stdin/stdout is not a terminal.
    ///
    /// On SIGINT, SIGTERM, SIGHUP or SIGQUIT it restores the terminal and exits the process
    /// with status 128 + the signal (130, 143, 129, 131); SIGUSR1/2, SIGPIPE and SIGALRM
    /// restore it and then end the process as they would. Call it from the main thread.
    public static func runInteractive(registry: LessonRegistry, lessonID: String?, progress: ProgressStore,
                                      options: Options) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NotebookError.notATerminal }
        let (app, screen) = try Language.$override.withValue(options.language) {
            let app = try start(registry: registry, lessonID: lessonID, progress: progress, options: options)
            return (app, try CursesScreen(ascii: options.ascii, color: options.color, environment: environment()))
        }
        app.renderOptions = screen.renderOptions
        let ending = FrameLoop().run(app, on: screen)
        screen.shutdown()
        app.saveProgressNow()
        if case let .signal(signal) = ending { exit(128 + signal) }
    }

    /// The notebook as it opens: progress loaded, the lesson opened, the startup notice set
    /// (in the language the notebook opens in).
    private static func start(registry: LessonRegistry, lessonID: String?, progress: ProgressStore,
                              options: Options) throws -> NotebookApp {
        let (saved, warning) = progress.load()
        let app = NotebookApp(lessons: registry.lessons, context: options.context, progress: saved,
                              language: options.language, saveProgress: { try progress.save($0) })
        app.partNames = options.parts
        if let lessonID {
            let lesson = try registry.lesson(id: lessonID)
            let index = registry.lessons.firstIndex { $0.id == lesson.id } ?? 0
            app.openLesson(at: index, page: saved.page(of: lesson.id))
        } else if let last = saved.lastLesson, let index = registry.lessons.firstIndex(where: { $0.id == last }) {
            app.openLesson(at: index, page: saved.page(of: last))
        }
        let messages = [options.startupMessage, warning].compactMap { $0 }
        if !messages.isEmpty { app.show(message: messages.joined(separator: " · ")) }
        return app
    }

    /// The screen a learner would see on `page` (0-based) of `lesson` in a `width`×`height`
    /// terminal, without ncurses: `prepare` is given the page's cell (nil on a text-only page)
    /// to set its knobs, then the cell takes up to `steps` steps — fewer when it finishes
    /// first, none when it is static — telling `progress` after each.
    /// Throws `LessonKitError.invalidPage` (with the 1-based page number) for a page the
    /// lesson does not have, and whatever `prepare` throws.
    public static func render(lesson: any Lesson, page: Int, width: Int, height: Int, steps: Int,
                              options: Options, prepare: (LiveCell?) throws -> Void = { _ in },
                              progress: StepProgress? = nil) throws -> Grid {
        try Language.$override.withValue(options.language) {
            try renderInLanguage(lesson: lesson, page: page, width: width, height: height, steps: steps,
                                 options: options, prepare: prepare, progress: progress)
        }
    }

    private static func renderInLanguage(lesson: any Lesson, page: Int, width: Int, height: Int, steps: Int,
                                         options: Options, prepare: (LiveCell?) throws -> Void,
                                         progress: StepProgress?) throws -> Grid {
        let renderOptions = RenderOptions(unicode: !options.ascii, color: options.color)
        let app = NotebookApp(lessons: [lesson], context: options.context,
                              size: ScreenSize(width: width, height: height), renderOptions: renderOptions,
                              language: options.language)
        app.openLesson(at: 0, page: page)
        guard let session = app.session, session.pages.indices.contains(page) else {
            throw LessonKitError.invalidPage(page + 1, pageCount: app.session?.pages.count ?? 0)
        }
        try prepare(session.cell)
        session.cell?.stepHeadless(steps, progress: progress)
        let screen = VirtualScreen(width: width, height: height, options: renderOptions)
        screen.present(ScreenRenderer.render(app))
        return screen.grid
    }

    /// The process environment as a dictionary.
    private static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["NO_COLOR", "TERM", "ESCDELAY", "LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}

/// Why the interactive notebook could not start.
public enum NotebookError: Error, CustomStringConvertible {
    case notATerminal
    case cannotInitialize(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return tr("nnbook needs a terminal for the interactive notebook; use 'nnbook run LESSON' or 'nnbook render LESSON' to run lessons headless",
                      "交互式笔记本需要在终端中运行；无需终端时，可用 'nnbook run LESSON' 或 'nnbook render LESSON' 运行课程")
        case let .cannotInitialize(why):
            return tr("cannot start the terminal interface: \(why)", "无法启动终端界面：\(why)")
        }
    }
}
