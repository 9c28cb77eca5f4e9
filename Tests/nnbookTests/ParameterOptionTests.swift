import Testing

/// `--list-params` (every knob of every page, for `run` and `render`), `render --set`, and
/// `run mlp` honouring every name it accepts (review D5 and D6), through the built binary.
@Suite struct ParameterOptionTests {
    static let activationsParameters = """
        NAME      LABEL          PAGE  DEFAULT  VALUES
        function  function       1     sigmoid  one of: step, sigmoid, tanh, relu, leaky-relu, identity
        x         cursor x       1     0        a number from -5 to 5
        alpha     leaky α        1,2   0.1      a number from 0 to 0.5
        x         cursor x       2     4        a number from -5 to 5
        function  function       3     tanh     one of: step, sigmoid, tanh, relu, leaky-relu, identity
        depth     depth          3     3        a whole number from 1 to 6
        w         weight w       3     2        a number from -3 to 3
        a1        score a1       4     0.3      a number from -1000 to 1000
        a2        score a2       4     2.9      a number from -1000 to 1000
        a3        score a3       4     4        a number from -1000 to 1000
        T         temperature T  4     1        a number from 0.1 to 10

        """

    @Test(arguments: ["run", "render"])
    func listParamsPrintsEveryKnobOfEveryPage(command: String) throws {
        let result = try NnbookBinary.run([command, "activations", "--list-params"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == Self.activationsParameters)
    }

    @Test func everyListedNameIsAcceptedByRunSet() throws {
        // The default of each row, set back by name: a run that accepts all of them.
        let rows = Self.activationsParameters.split(separator: "\n").dropFirst()
        for row in rows {
            let name = String(row.prefix { $0 != " " })
            let defaultValue = Self.defaultColumn(of: String(row))
            let result = try NnbookBinary.run(["run", "activations", "--set", "\(name)=\(defaultValue)", "--steps", "1"])
            #expect(result.status == 0, "\(name)=\(defaultValue): \(result.stderr)")
        }
    }

    /// The DEFAULT column of a row of the table above (every character before it is one
    /// column wide, so the header's character offset is the row's too).
    static func defaultColumn(of row: String) -> String {
        let header = String(activationsParameters.prefix { $0 != "\n" })
        let column = header.distance(from: header.startIndex, to: header.range(of: "DEFAULT")!.lowerBound)
        return String(row.dropFirst(column).prefix { $0 != " " })
    }

    @Test func renderSetTurnsTheKnobOfTheRenderedPage() throws {
        // softmax(0.5, 2.9, 4): y1 = e^0.5 / (e^0.5 + e^2.9 + e^4) = 0.02215; with the
        // default a1 = 0.3 it is 0.01821.
        let set = try NnbookBinary.run(["render", "activations", "--page", "4", "--set", "a1=0.5", "--ascii"])
        #expect(set.status == 0)
        let lines = set.stdout.split(separator: "\n").map(String.init)
        #expect(lines[9] == "probabilities                                         | > score a1              ")
        #expect(lines[10].hasPrefix("  y1 "))
        #expect(lines[10].contains(" 0.0222|   0.5 "), "\(lines[10])")
        let unset = try NnbookBinary.run(["render", "activations", "--page", "4", "--ascii"])
        #expect(unset.stdout.split(separator: "\n")[10].contains(" 0.0182|   0.3 "))
    }

    @Test(arguments: [
        (["render", "activations", "--set", "a1=0.5"],
         "nnbook: error: page 1 of 'activations' has no parameter 'a1'; its parameters: function, x, alpha (see 'nnbook render activations --list-params')\n"),
        (["render", "activations", "--page", "4", "--set", "a1=0x10"],
         "nnbook: error: invalid value '0x10' for 'a1': expected a number from -1000 to 1000\n"),
        (["run", "activations", "--set", "a1=0x10"],
         "nnbook: error: invalid value '0x10' for 'a1': expected a number from -1000 to 1000\n"),
        (["render", "activations", "--page", "4", "--set", "a1"],
         "nnbook: error: invalid --set 'a1': expected NAME=VALUE, e.g. lr=0.1 (see --list-params)\n"),
    ])
    func renderSetErrors(arguments: [String], message: String) throws {
        let result = try NnbookBinary.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }

    @Test func runMLPRacesTheThreeLearningRatesSoLrBChangesTheOutput() throws {
        let race = ["run", "mlp", "--steps", "3", "--table", "learning-rate race"]
        let plain = try NnbookBinary.run(race, timeout: 120)
        let changed = try NnbookBinary.run(race + ["--set", "lr_b=1"], timeout: 120)
        #expect(plain.status == 0 && changed.status == 0)
        let plainRows = plain.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let changedRows = changed.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(plainRows[0] == ["iteration", "loss_lr_0.01", "loss_lr_0.1", "loss_lr_100"])
        #expect(changedRows[0] == ["iteration", "loss_lr_0.01", "loss_lr_1", "loss_lr_100"])
        #expect(plainRows.count == 4 && changedRows.count == 4)
        // Same start, same batches: the first loss (before any update) is the same for every
        // rate, and lr_b = 1 changes only its own column from iteration 2 on.
        #expect(Set(plainRows[1].dropFirst()).count == 1 && changedRows[1] == plainRows[1])
        for i in 2...3 {
            #expect(changedRows[i][1] == plainRows[i][1] && changedRows[i][3] == plainRows[i][3])
            #expect(changedRows[i][2] != plainRows[i][2])
        }
        // The race's lr 0.1 run is the training page's net at its default lr 0.1.
        let training = try NnbookBinary.run(["run", "mlp", "--steps", "3", "--table", "loss"], timeout: 120)
        let losses = training.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) }
        #expect(losses == plainRows.dropFirst().map { $0[2] })
    }
}
