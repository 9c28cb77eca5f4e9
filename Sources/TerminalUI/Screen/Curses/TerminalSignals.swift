import CNCursesW

/// The terminal-restoration machinery of the shim (saved termios, handlers that put the
/// terminal back before a crash or a terminating signal ends the process, flags set by
/// SIGINT/SIGTERM/SIGHUP/SIGQUIT and SIGTSTP, SIGWINCH forwarding). Process-directed
/// signals that land on another thread are passed on to the thread that installed the
/// handlers (the UI thread), so its blocking read is interrupted and the frame loop notices
/// them. The shim keeps its state in `static` C variables, one copy per Swift object file
/// that calls it: THIS file is the only caller.
enum TerminalSignals {
    /// Saves the terminal state of stdin before curses changes it.
    static func saveTerminal() { _ = nnbook_terminal_save() }

    /// Puts the saved terminal state back.
    static func restoreTerminal() { nnbook_terminal_restore() }

    /// Installs the handlers: crash signals (ILL, TRAP, SEGV, BUS, ABRT, FPE) and the
    /// terminating ones nnbook does not use (USR1, USR2, PIPE, ALRM, unless ignored) restore
    /// the terminal and re-raise; SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGTSTP set flags the
    /// frame loop reads. Replaces the Swift runtime's handlers (SIGQUIT's among them). Call
    /// before `newterm`.
    static func install() { nnbook_signals_install() }

    /// Makes a resize reach the UI thread whichever thread the kernel delivers SIGWINCH to
    /// (wraps ncurses' handler). Call after `newterm`, from the UI thread.
    static func forwardResizeToThisThread() { nnbook_signals_install_winch_forwarding() }

    /// Puts the previous handlers back.
    static func uninstall() { nnbook_signals_uninstall() }

    /// The shutdown signal that arrived (SIGINT, SIGTERM, SIGHUP or SIGQUIT), nil if none.
    static var pendingShutdown: Int32? {
        let signal = nnbook_signals_pending_shutdown()
        return signal == 0 ? nil : signal
    }

    /// Whether Ctrl-Z was pressed since the last call.
    static func takeSuspendRequest() -> Bool { nnbook_signals_take_suspend() != 0 }

    /// Stops the process (as Ctrl-Z would by default) and returns once it is continued.
    static func stopUntilContinued() { nnbook_signals_stop_now() }
}
