import Foundation
import Testing
@testable import LessonKit

@Suite struct JSONExportTests {
    @Test func everyKindOfValuePrettyPrinted() {
        let value = ExportValue.object([
            ("sum", .number(0.1 + 0.2)),
            ("tiny", .number(1e-7)),
            ("one", .number(1)),
            ("count", .integer(3)),
            ("nan", .number(.nan)),
            ("inf", .number(-.infinity)),
            ("text", .string("say \"hi\"\\ \n\t\u{01} σ")),
            ("flags", .array([.bool(true), .bool(false), .null])),
            ("path", .array([.array([.integer(0), .number(0.5)]), .array([.integer(1), .number(0.25)])])),
            ("none", .array([])),
            ("empty", .object([])),
        ])
        #expect(value.jsonText == #"""
        {
          "sum": 0.30000000000000004,
          "tiny": 1e-07,
          "one": 1.0,
          "count": 3,
          "nan": null,
          "inf": null,
          "text": "say \"hi\"\\ \n\t\u0001 σ",
          "flags": [true, false, null],
          "path": [
            [0, 0.5],
            [1, 0.25]
          ],
          "none": [],
          "empty": {}
        }
        """#)
    }

    @Test func keysKeepTheirOrder() {
        let value = ExportValue.object([("z", .integer(1)), ("a", .integer(2))])
        #expect(value.compactJSONText == #"{"z":1,"a":2}"#)
    }

    @Test func doublesSurviveAtFullPrecision() throws {
        let numbers = [0.1 + 0.2, 1.0 / 3.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -2.5e-17, 123456789.123456789]
        let text = ExportValue.array(numbers.map(ExportValue.number)).jsonText
        #expect(text == "[0.30000000000000004, 0.3333333333333333, 5e-324, 1.7976931348623157e+308, -2.5e-17, 123456789.12345679]")
        // Read back with Swift's own parser (Foundation's JSON reader on Linux rounds some digits).
        let parsed = text.dropFirst().dropLast().split(separator: ", ").map { Double(String($0)) }
        #expect(parsed == numbers)
    }

    @Test func outputIsValidJSONForFoundation() throws {
        let value = ExportValue.object([("s", .string("\u{2028}\u{7F}\"")), ("x", .number(.infinity))])
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(value.jsonText.utf8)) as? [String: Any])
        #expect(parsed["s"] as? String == "\u{2028}\u{7F}\"")
        #expect(parsed["x"] is NSNull)
    }

    @Test func runOutputAsJSON() {
        let output = RunOutput(lesson: "losses", cells: [
            CellExport(name: "descent", json: .object([("x", .array([.number(1.5)]))]), tables: []),
        ])
        #expect(output.json() == """
        {
          "lesson": "losses",
          "cells": [
            {
              "name": "descent",
              "data": {
                "x": [1.5]
              }
            }
          ]
        }

        """)
    }
}

@Suite struct CSVExportTests {
    private let path = ExportTable(name: "path", columns: ["step", "x", "note"], rows: [
        [.integer(0), .number(0.1 + 0.2), .string("a,b")],
        [.integer(1), .number(.nan), .string("say \"hi\"")],
        [.integer(2), .number(.infinity), .string("two\nlines")],
        [.integer(3), .number(-.infinity), .null],
        [.bool(true), .array([.integer(1), .integer(2)]), .string("plain")],
    ])
    private let loss = ExportTable(name: "loss", columns: ["step", "loss"], rows: [[.integer(0), .number(2.5)]])

    @Test func oneTableQuotedAsRFC4180() {
        #expect(path.csvText == """
        step,x,note
        0,0.30000000000000004,"a,b"
        1,NaN,"say ""hi\"\"\"
        2,inf,"two
        lines"
        3,-inf,
        true,"[1,2]",plain

        """)
        #expect(ExportTable.csv([path]) == path.csvText)
    }

    @Test func severalTablesWithNameComments() {
        #expect(ExportTable.csv([loss, loss]) == "# loss\nstep,loss\n0,2.5\n\n# loss\nstep,loss\n0,2.5\n")
        #expect(ExportTable.csv([]) == "")
    }

    @Test func runOutputCollectsEveryCellsTables() {
        let output = RunOutput(lesson: "l", cells: [
            CellExport(name: "a", json: .null, tables: [loss]),
            CellExport(name: "b", json: .null, tables: [ExportTable(name: "acc\nuracy", columns: ["a"], rows: [])]),
        ])
        #expect(output.csv() == "# loss\nstep,loss\n0,2.5\n\n# acc uracy\na\n")
    }

    @Test func tableAsJSONRows() {
        #expect(loss.jsonValue == .array([.object([("step", .integer(0)), ("loss", .number(2.5))])]))
    }
}
