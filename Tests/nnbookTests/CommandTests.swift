import Charts
import LessonKit
import Testing
@testable import nnbook

/// The commands' logic run in-process against a registry of fake lessons (the real registry
/// may still be empty). Arguments go through the real argument parser.
@Suite struct CommandTests {
    private let registry = LessonRegistry([FakeLesson(), FakeLesson(id: "漢字", title: "Wide 字", summary: "Wide title.")])

    @Test func runPrintsJSONWithSettingsAndSeed() throws {
        let command = try RunCommand.parse(["fake", "--set", "a=0.5", "--seed", "7"])
        #expect(try command.output(registry: registry) == """
        {
          "lesson": "fake",
          "cells": [
            {
              "name": "knob",
              "data": {
                "a": 0.5,
                "seed": 7
              }
            }
          ]
        }

        """)
    }

    @Test func runPrintsCSV() throws {
        let command = try RunCommand.parse(["fake", "--format", "csv", "--set", "a=1e-1"])
        #expect(try command.output(registry: registry) == "a,seed\n0.1,1\n")
    }

    @Test func runRejectsUnknownParametersAndBadValues() throws {
        #expect(throws: LessonKitError.unknownKnob("b", lesson: "fake", valid: ["a"])) {
            try RunCommand.parse(["fake", "--set", "b=1"]).output(registry: registry)
        }
        #expect(throws: LessonKitError.invalidValue(knob: "a", value: "2", expected: "a number from 0 to 1")) {
            try RunCommand.parse(["fake", "--set", "a=2"]).output(registry: registry)
        }
    }

    @Test func settingsSplitAtTheFirstEquals() throws {
        #expect(try Setting.parse("name=a=b") == ("name", "a=b"))
        #expect(try Setting.parse("lr=") == ("lr", ""))
        #expect(throws: (any Error).self) { try Setting.parse("=1") }
    }

    @Test func renderPrintsTheRequestedSize() throws {
        let text = try RenderCommand.parse(["fake", "--page", "2", "--size", "81x25"]).output(registry: registry)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 25)
        #expect(lines.allSatisfy { displayWidth(of: String($0)) == 81 })
        #expect(text.hasSuffix("\n"))
    }

    @Test func renderRejectsPagesThatDoNotExist() throws {
        for page in ["0", "3", "-1"] {
            #expect(throws: LessonKitError.invalidPage(Int(page)!, pageCount: 2)) {
                try RenderCommand.parse(["fake", "--page", page]).output(registry: registry)
            }
        }
        #expect(LessonKitError.invalidPage(3, pageCount: 2).description == "page 3 does not exist; valid pages: 1–2")
    }

    @Test func listAlignsColumnsByDisplayWidth() {
        #expect(ListCommand.listing(of: registry) == """
        ID    TITLE        SUMMARY
        fake  Fake lesson  For tests.
        漢字  Wide 字      Wide title.

        """)
        #expect(ListCommand.listing(of: LessonRegistry([])) == "ID  TITLE  SUMMARY\n")
    }

    @Test func sizes() throws {
        #expect(try TerminalSize(parsing: "80x24") == TerminalSize(columns: 80, rows: 24))
        #expect(try TerminalSize(parsing: "120X40") == TerminalSize(columns: 120, rows: 40))
        #expect(try TerminalSize(parsing: "80x24") == TerminalSize.minimum)
        for bad in ["80", "x24", "80x", "80x24x2", "-80x24", "8 0x24", "٨٠x24", "1001x24", "", "79x24", "80x23", "20x5"] {
            #expect(throws: (any Error).self, "\(bad)") { try TerminalSize(parsing: bad) }
        }
    }
}
