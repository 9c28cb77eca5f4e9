import Testing

/// `nnbook run schedules` end to end through the built binary: knobs set with `--set`, the
/// CSV's summary and series tables, and `--seed` deciding the generated year.
@Suite struct SchedulesCommandLineTests {
    func run(_ arguments: [String]) throws -> String {
        let result = try NnbookBinary.run(["run", "schedules"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func csvWithTheKnobsSetAndTheSeedDecidingTheYear() throws {
        let settings = ["--set", "beta=0.98", "--set", "correction=on", "--set", "epochs=1", "--set", "decay_epochs=2", "--format", "csv"]
        let csv = try run(settings)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let summary = try #require(lines.firstIndex(of: "# ewma_summary"))
        #expect(lines[summary + 1] == "beta,correction,noise,day,window,lag_days,theoretical_lag,roughness,cold_start_error")
        #expect(lines[summary + 2].hasPrefix("0.98,true,3.0,365,"))
        let series = try #require(lines.firstIndex(of: "# ewma"))
        // Day 1 corrected is the day's own temperature (v_1/(1 − β) = θ_1).
        let day1 = lines[series + 2].split(separator: ",")
        #expect(day1.count == 5 && day1[0] == "1" && abs(Double(day1[1])! - Double(day1[4])!) < 1e-9)
        for table in ["# moments", "# minibatch_runs", "# minibatch_epochs", "# minibatch_losses", "# decay_final", "# schedules", "# decay_losses"] {
            #expect(lines.contains(table), "\(table)")
        }
        // The same seed gives the same numbers but for the measured iterations per second.
        #expect(Self.withoutSpeeds(try run(settings)) == Self.withoutSpeeds(csv))
        #expect(Self.withoutSpeeds(try run(settings + ["--seed", "2"])) != Self.withoutSpeeds(csv))
    }

    /// The CSV without its `minibatch_runs` table (the one with measured speeds).
    static func withoutSpeeds(_ csv: String) -> [String] {
        var kept: [String] = [], skipping = false
        for line in csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# ") { skipping = line == "# minibatch_runs" }
            if !skipping { kept.append(line) }
        }
        return kept
    }
}
