import Foundation
import Testing

/// Bad and absurd command-line values get one clear line and exit 1, never a hang
/// (reliability review §3: `--seed -1`, `--size -80x24`, `lr=0x10`, `--steps 2^63`).
@Suite struct BadInputTests {
    @Test(arguments: [
        (["run", "activations", "--seed", "-1"],
         "nnbook: error: invalid --seed '-1': expected a whole number from 0 to 18446744073709551615\n"),
        (["run", "activations", "--seed", "18446744073709551616"],
         "nnbook: error: invalid --seed '18446744073709551616': expected a whole number from 0 to 18446744073709551615\n"),
        (["render", "activations", "--seed", "1e3"],
         "nnbook: error: invalid --seed '1e3': expected a whole number from 0 to 18446744073709551615\n"),
        (["render", "activations", "--size", "-80x24"], "nnbook: error: invalid size '-80x24': expected COLSxROWS, e.g. 80x24\n"),
        (["run", "activations", "--set", "x=0x10"], "nnbook: error: invalid value '0x10' for 'x': expected a number from -5 to 5\n"),
        (["run", "activations", "--set", "depth=0x3"], "nnbook: error: invalid value '0x3' for 'depth': expected a whole number from 1 to 6\n"),
        (["render", "activations", "--steps", "9223372036854775807"],
         "nnbook: error: invalid --steps '9223372036854775807': expected a whole number from 0 to 1000000\n"),
        (["run", "activations", "--steps", "1000001"], "nnbook: error: invalid --steps '1000001': expected a whole number from 0 to 1000000\n"),
        (["run", "activations", "--steps", "-5"], "nnbook: error: invalid --steps '-5': expected a whole number from 0 to 1000000\n"),
        (["render", "activations", "--steps", "1e3"], "nnbook: error: invalid --steps '1e3': expected a whole number from 0 to 1000000\n"),
        (["render", "activations", "--size", "79x24"],
         "nnbook: error: invalid size '79x24': expected COLSxROWS from 80x24 (the notebook's smallest screen) to 1000x1000, e.g. 120x40\n"),
        (["render", "activations", "--size", "80x23"],
         "nnbook: error: invalid size '80x23': expected COLSxROWS from 80x24 (the notebook's smallest screen) to 1000x1000, e.g. 120x40\n"),
    ])
    func rejectedWithOneClearLine(arguments: [String], message: String) throws {
        let started = Date()
        let result = try NnbookBinary.run(arguments, timeout: 20)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func theLargestSeedAndTheLargestStepCountAreAccepted() throws {
        let result = try NnbookBinary.run(["run", "activations", "--seed", "18446744073709551615", "--steps", "1000000"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n  \"lesson\": \"activations\","))
    }

    @Test func aStaticPageWithAMillionStepsReturnsAtOnce() throws {
        // Activations 1/4 is static: stepping changes nothing, so no step is taken (the
        // reliability review timed 1e8 empty steps at 0.39 s and 2^63 as never ending).
        let started = Date()
        let stepped = try NnbookBinary.run(["render", "activations", "--steps", "1000000"], timeout: 20)
        let plain = try NnbookBinary.run(["render", "activations"])
        #expect(stepped.status == 0)
        #expect(stepped.stdout == plain.stdout)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func renderStopsSteppingWhenTheCellIsFinished() throws {
        // Losses 3/3 is a 100-step descent: a million steps draw what 100 draw, at once.
        let started = Date()
        let million = try NnbookBinary.run(["render", "losses", "--page", "3", "--steps", "1000000", "--ascii"], timeout: 20)
        #expect(Date().timeIntervalSince(started) < 10)
        let hundred = try NnbookBinary.run(["render", "losses", "--page", "3", "--steps", "100", "--ascii"])
        #expect(million.status == 0)
        #expect(million.stdout == hundred.stdout)
        #expect(million.stdout.contains("step 100 / 100"))
    }
}

/// `bench --repeats -1` was "Missing value for '--repeats <repeats>'" like `--seed -1`.
@Suite struct BenchRepeatsTests {
    @Test func negativeRepeatsAreNamed() throws {
        let result = try NnbookBinary.run(["bench", "--repeats", "-1"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --repeats must be at least 1, got -1\n"))
    }
}
