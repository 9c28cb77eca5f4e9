import Testing
@testable import LessonKit

/// A learning-rate knob like the optimizer lessons use: 0.0001…10, ten steps per decade.
private let learningRate = Knob(name: "lr", label: "learning rate",
                                kind: .continuous(range: 0.0001...10, step: 1.2589254117941673, scale: .log), value: 0.01)
private let weight = Knob(name: "w", label: "weight", kind: .continuous(range: -2...2, step: 0.1, scale: .linear), value: 0.1)
private let hidden = Knob(name: "hidden", label: "hidden units", kind: .integer(range: 1...100, step: 5), value: 10)
private let surface = Knob(name: "surface", label: "surface", kind: .choice(["book", "rosenbrock", "beale", "saddle"]), value: 3)
private let momentum = Knob(name: "nesterov", label: "Nesterov", kind: .toggle, value: 0)

private func with(_ knob: Knob, value: Double) -> Knob {
    var k = knob
    k.value = value
    return k
}

@Suite struct KnobSteppingTests {
    @Test func linearStepsAddTheStepWithoutBinaryNoise() {
        #expect(weight.stepped(by: 2) == 0.3)
        #expect(weight.stepped(by: -1) == 0)
        #expect(weight.stepped(by: 1, big: true) == 1.1)
        #expect(weight.stepped(by: -2, big: true) == -1.9)
    }

    @Test func linearStepsClampToTheRange() {
        #expect(weight.stepped(by: 100) == 2)
        #expect(weight.stepped(by: -3, big: true) == -2)
    }

    @Test func logStepsMultiplyByTheFactor() {
        #expect(learningRate.stepped(by: 10) == 0.1)
        #expect(learningRate.stepped(by: 1, big: true) == 0.1)
        #expect(learningRate.stepped(by: -1) == 0.00794328234724)
        #expect(learningRate.stepped(by: 2, big: true) == 1)
        #expect(learningRate.stepped(by: -1, big: true) == 0.001)
    }

    @Test func bigLogStepsAreAFactorOfTenWhateverTheSmallStep() {
        // Review D14: a knob stepping by 10^0.25 used to jump ×316 on H/L (0.001 → 0.316).
        let coarse = Knob(name: "h", label: "step h", kind: .continuous(range: 1e-15...1, step: 1.7782794100389228, scale: .log),
                          value: 0.001)
        #expect(coarse.stepped(by: 1, big: true) == 0.01)
        #expect(coarse.stepped(by: -2, big: true) == 1e-5)
        #expect(coarse.stepped(by: 1) == 0.00177827941004)
    }

    @Test func logStepsClampToTheRange() {
        #expect(learningRate.stepped(by: 5, big: true) == 10)
        #expect(learningRate.stepped(by: -3, big: true) == 0.0001)
    }

    @Test func integerStepsMoveByTheStepAndClamp() {
        #expect(hidden.stepped(by: 1) == 15)
        #expect(hidden.stepped(by: 1, big: true) == 60)
        #expect(hidden.stepped(by: 2, big: true) == 100)
        #expect(hidden.stepped(by: -10) == 1)
    }

    @Test func choicesWrapAroundBothWays() {
        #expect(surface.stepped(by: 1) == 0)
        #expect(surface.stepped(by: -1) == 2)
        #expect(with(surface, value: 0).stepped(by: -1) == 3)
        #expect(with(surface, value: 0).stepped(by: 5) == 1)
        #expect(with(surface, value: 0).stepped(by: -9) == 3)
        #expect(with(surface, value: 0).stepped(by: 1, big: true) == 1)
    }

    @Test func togglesFlipOnOddSteps() {
        #expect(momentum.stepped(by: 1) == 1)
        #expect(momentum.stepped(by: -1) == 1)
        #expect(with(momentum, value: 1).stepped(by: 1) == 0)
        #expect(with(momentum, value: 1).stepped(by: 2) == 1)
        #expect(momentum.stepped(by: 1, big: true) == 1)
    }
}

@Suite struct KnobParsingTests {
    @Test func numbersInEveryCommonSpelling() throws {
        #expect(try learningRate.parse("1e-3") == 0.001)
        #expect(try learningRate.parse(" 0.5 ") == 0.5)
        #expect(try learningRate.parse("10") == 10)
        #expect(try weight.parse("-0.5") == -0.5)
        #expect(try weight.parse("-2") == -2)
    }

    @Test func numbersOutOfRangeNameTheRange() {
        for text in ["11", "0.00001", "abc", "", "nan", "inf", "-inf"] {
            #expect(throws: LessonKitError.invalidValue(knob: "lr", value: text, expected: "a number from 0.0001 to 10")) {
                try learningRate.parse(text)
            }
        }
        let error = LessonKitError.invalidValue(knob: "lr", value: "11", expected: learningRate.rangeDescription)
        #expect(error.description == "invalid value '11' for 'lr': expected a number from 0.0001 to 10")
    }

    @Test func wholeNumbers() throws {
        #expect(try hidden.parse("20") == 20)
        #expect(try hidden.parse("2e1") == 20)
        for text in ["3.5", "0", "101", "ten"] {
            #expect(throws: LessonKitError.invalidValue(knob: "hidden", value: text, expected: "a whole number from 1 to 100")) {
                try hidden.parse(text)
            }
        }
    }

    @Test func choicesByNameThenIgnoringCaseThenIndex() throws {
        #expect(try surface.parse("beale") == 2)
        #expect(try surface.parse("Rosenbrock") == 1)
        #expect(try surface.parse("SADDLE") == 3)
        #expect(try surface.parse("0") == 0)
        let cased = Knob(name: "c", label: "c", kind: .choice(["a", "A"]), value: 0)
        #expect(try cased.parse("A") == 1)
        for text in ["4", "-1", "bowl"] {
            #expect(throws: LessonKitError.invalidValue(knob: "surface", value: text,
                                                        expected: "one of: book, rosenbrock, beale, saddle")) {
                try surface.parse(text)
            }
        }
    }

    @Test func toggles() throws {
        for (text, value) in [("on", 1.0), ("off", 0), ("TRUE", 1), ("false", 0), ("1", 1), ("0", 0)] {
            #expect(try momentum.parse(text) == value, "\(text)")
        }
        #expect(throws: LessonKitError.invalidValue(knob: "nesterov", value: "maybe", expected: "on or off")) {
            try momentum.parse("maybe")
        }
    }
}

@Suite struct KnobFormattingTests {
    @Test(arguments: [
        (0.0, 3, "0"), (0.1, 3, "0.1"), (0.30000000000000004, 3, "0.3"), (1.23456, 3, "1.23"),
        (12.3456, 3, "12.3"), (123.456, 3, "123"), (123456, 3, "123456"), (1234567, 3, "1.23e+06"),
        (0.001, 3, "0.001"), (0.000123456, 3, "0.000123"), (0.0000123, 3, "1.23e-05"), (1e-7, 3, "1e-07"),
        (-1e-7, 3, "-1e-07"), (-0.5, 3, "-0.5"), (9.9996, 3, "10"), (0.00009999, 3, "0.0001"),
        (3.14159265, 5, "3.1416"), (1e20, 3, "1e+20"), (2.5e-12, 2, "2.5e-12"), (-0.0, 3, "0"),
    ])
    func continuousValues(value: Double, digits: Int, expected: String) {
        let knob = Knob(name: "x", label: "x", kind: .continuous(range: -1e30...1e30, step: 1, scale: .linear),
                        value: value, digits: digits)
        #expect(knob.formattedValue == expected)
        #expect(knob.formattedValue.count <= 10)
    }

    @Test func otherKinds() {
        #expect(hidden.formattedValue == "10")
        #expect(surface.formattedValue == "saddle")
        #expect(momentum.formattedValue == "off")
        #expect(with(momentum, value: 1).formattedValue == "on")
    }

    @Test func rangeDescriptions() {
        #expect(learningRate.rangeDescription == "a number from 0.0001 to 10")
        #expect(weight.rangeDescription == "a number from -2 to 2")
        #expect(hidden.rangeDescription == "a whole number from 1 to 100")
        #expect(surface.rangeDescription == "one of: book, rosenbrock, beale, saddle")
        #expect(momentum.rangeDescription == "on or off")
        let tiny = Knob(name: "eps", label: "ε", kind: .continuous(range: 1e-7...1, step: 10, scale: .log), value: 1e-7)
        #expect(tiny.rangeDescription == "a number from 1e-07 to 1")
    }
}
