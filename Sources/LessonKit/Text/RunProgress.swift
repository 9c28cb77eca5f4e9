import Charts

/// The progress part of a training cell's status line, worded the same in every lesson:
/// "iteration 120 / 500", and once the run is over " · done: r restarts" (both languages).
public enum RunProgress {
    /// "iteration `done` / `total`", with " · done: r restarts" when `finished`.
    public static func iterations(_ done: Int, of total: Int, finished: Bool) -> String {
        tr("iteration \(done) / \(total)", "第 \(done) / \(total) 次迭代") + (finished ? restartHint : "")
    }

    /// " · done: r restarts": appended to a status when a run has ended.
    public static var restartHint: String { " · " + restartNote }

    /// "done: r restarts": one part of a status joined with " · ", when a run has ended.
    public static var restartNote: String { tr("done: r restarts", "完成：按 r 重新开始") }
}
