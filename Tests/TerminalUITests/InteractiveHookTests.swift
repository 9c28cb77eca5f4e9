#if canImport(Glibc)
import Glibc
#endif
import LessonKit
import Testing
@testable import TerminalUI

/// A hook for trying the real terminal by hand (under tmux): runs the interactive notebook
/// on the fake lessons when NNBOOK_TUI_INTERACTIVE is set; skipped otherwise. With
/// NNBOOK_TUI_CRASH set, the fake cell traps on its first step (to check that a crash
/// restores the terminal); NNBOOK_TUI_STATE names a progress directory. For example:
///
///     tmux -L sock new-session -d -x 80 -y 24 -e LANG=C.UTF-8 "bash --norc -i"
///     tmux -L sock send-keys "NNBOOK_TUI_INTERACTIVE=1 .build/debug/nnbookPackageTests.xctest \
///         --testing-library swift-testing --filter runInteractiveOnTheFakeLessons" Enter
///     tmux -L sock send-keys Enter Space ... ; tmux -L sock capture-pane -p
///
/// then quit (q, Ctrl-C, kill -TERM/-HUP) and compare `stty -a` with its value before.
@Suite struct InteractiveHookTests {
    static var isRequested: Bool { getenv("NNBOOK_TUI_INTERACTIVE") != nil }

    @Test(.enabled(if: isRequested)) func runInteractiveOnTheFakeLessons() throws {
        if getenv("NNBOOK_TUI_CRASH") != nil { FakeCell.trapOnStep = true }
        let directory = getenv("NNBOOK_TUI_STATE").map { String(cString: $0) }
        try Notebook.runInteractive(registry: LessonRegistry(TestSupport.lessons), lessonID: nil,
                                    progress: ProgressStore(directory: directory), options: Notebook.Options())
    }
}
