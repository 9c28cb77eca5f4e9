import Testing
@testable import LessonKit

/// `Knob.parse` reads plain decimals only, for `--set` and the notebook's `=` entry
/// (reliability review §3: `lr=0x10` was accepted as 16 by Swift's `Double(_:)`).
@Suite struct KnobDecimalTests {
    let rate = Knob(name: "lr", label: "learning rate", kind: .continuous(range: -100...100, step: 0.1, scale: .linear), value: 1)
    let count = Knob(name: "n", label: "count", kind: .integer(range: 0...100, step: 1), value: 1)

    @Test(arguments: [("0.5", 0.5), (".5", 0.5), ("5.", 5.0), ("-1e-3", -0.001), ("+2", 2.0), ("1E1", 10.0), (" 3 ", 3.0), ("007", 7.0)])
    func decimalsAreRead(text: String, value: Double) throws {
        #expect(try rate.parse(text) == value)
    }

    @Test(arguments: ["0x10", "0X1p4", "0x1.8p1", "nan", "inf", "-infinity", "1e", "e3", ".", "-", "+-1", "1.2.3", "1_000", "١٢", "", "1e+", "0b1", "1 2"])
    func everythingElseIsRejected(text: String) {
        #expect(throws: LessonKitError.invalidValue(knob: "lr", value: text, expected: "a number from -100 to 100")) {
            try rate.parse(text)
        }
    }

    @Test func wholeNumbersToo() throws {
        #expect(try count.parse("12") == 12)
        #expect(try count.parse("1e1") == 10)
        #expect(throws: LessonKitError.invalidValue(knob: "n", value: "0x10", expected: "a whole number from 0 to 100")) {
            try count.parse("0x10")
        }
    }

    @Test func isDecimal() {
        #expect(Knob.isDecimal("12.5e-3"))
        #expect(!Knob.isDecimal("12.5e-3x"))
        #expect(!Knob.isDecimal("0x10"))
    }
}
