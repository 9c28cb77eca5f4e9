import Charts
import Foundation
import LessonKit
import NumericCore
import Testing
@testable import OptimizersLesson

/// The surface race: trajectories on all four surfaces against numpy
/// (`Scripts/reference/optimizers_lesson.py`, which reuses the optimizer classes of
/// `optimizers.py`), the first steps by hand, the standings, a moved start, divergence, and
/// the headless export.
@Suite("Optimizers lesson: surface race")
struct OptimizersLessonSurfaceTests {
    /// A race on `preset` run to its planned steps.
    private func finishedRace(_ preset: SurfacePreset) -> SurfaceRace {
        let race = SurfaceRace(preset: preset)
        while !race.isFinished { race.step() }
        return race
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    @Test func firstStepsByHand() {
        // SGD lr 0.95, ∇f = (x/10, 2y): (−7, 2) − 0.95·(−0.7, 4) = (−6.335, −1.8).
        // Momentum lr 0.1, α 0.9: v₁ = −0.1·(−0.7, 4) = (0.07, −0.4) → (−6.93, 1.6);
        // ∇f = (−0.693, 3.2), v₂ = 0.9·v₁ − 0.1·∇f = (0.1323, −0.68) → (−6.7977, 0.92).
        let race = SurfaceRace(preset: .book)
        race.step(); race.step()
        let sgd = race.runs[0].path, momentum = race.runs[1].path
        #expect(race.runs.map(\.settings.kind) == OptimizerKind.allCases)
        #expect(abs(sgd[1].x - -6.335) < 1e-15 && abs(sgd[1].y - -1.8) < 1e-15)
        #expect(abs(momentum[1].x - -6.93) < 1e-15 && abs(momentum[1].y - 1.6) < 1e-15)
        #expect(abs(momentum[2].x - -6.7977) < 1e-14 && abs(momentum[2].y - 0.92) < 1e-15)
    }

    @Test func trajectoriesMatchNumpyOnEverySurface() {
        for preset in SurfacePreset.allCases {
            let race = finishedRace(preset)
            #expect(race.clock == preset.steps)
            let samples = Reference.samples.filter { $0.0 == preset.name }
            #expect(samples.count == 36, "\(preset)")
            for (_, kind, step, x, y) in samples {
                guard let run = race.runs.first(where: { $0.settings.kind.rawValue == kind }) else {
                    Issue.record("no run \(kind)"); continue
                }
                #expect(run.path.count == preset.steps + 1 && !run.hasDiverged, "\(preset) \(kind)")
                let p = run.path[step]
                #expect(close(p.x, x) && close(p.y, y), "\(preset) \(kind) step \(step): \(p) vs (\(x), \(y))")
            }
        }
    }

    @Test func standingsTimeTheFirstStepWithinEpsilon() {
        for preset in [SurfacePreset.book, .rosenbrock, .beale] {
            let race = finishedRace(preset)
            let expected = Reference.withinHalf[preset.name]!
            for row in race.standings {
                #expect(row.withinStep == expected[row.settings.kind.rawValue]!, "\(preset) \(row.settings.kind)")
            }
        }
        // The book's figure: AdaGrad ends closest to the minimum (0.12016…), then Adam and SGD.
        let book = finishedRace(.book).standings
        #expect(book.map(\.settings.kind) == [.adagrad, .adam, .sgd, .nesterov, .rmsprop, .momentum])
        #expect(abs(book[0].distance! - 0.12016232231416045) < 1e-12)
        // The saddle has no minimum: ranked by f, no distance, no ε column.
        let saddle = finishedRace(.saddle).standings
        #expect(saddle.allSatisfy { $0.distance == nil && $0.withinStep == nil })
        #expect(saddle.map(\.loss) == saddle.map(\.loss).sorted())
    }

    @Test func movingTheStartReplaysTheRace() {
        let cell = SurfaceRaceCell()
        for _ in 0..<30 { cell.step() }
        cell.setKnob("x0", to: 3)
        cell.setKnob("y0", to: -4)
        #expect(cell.race.clock == 30)
        let adam = cell.race.runs.first { $0.settings.kind == .adam }!
        #expect(adam.path.count == 31)
        for (p, q) in zip(adam.path, Reference.adamFromMovedStart) {
            #expect(close(p.x, q[0]) && close(p.y, q[1]))
        }
        // The start is kept inside the view box.
        cell.setKnob("x0", to: 50)
        #expect(cell.race.start == SIMD2(10, -4))
    }

    @Test func aDivergingOptimizerIsMarkedAndDropsOut() {
        let cell = SurfaceRaceCell()
        cell.setKnob("sgd_lr", to: 2)
        while !cell.isFinished { cell.step() }
        // y ← y − 2·2y = −3y: |y| = 2·3⁸ = 13122 > 1000 × 5 at step 8 (numpy: (−1.1744…, 13122)).
        let sgd = cell.race.runs[0]
        #expect(sgd.divergedAt == 8 && sgd.path.count == 9)
        #expect(sgd.current == SIMD2(-1.1744051199999999, 13122))
        #expect(cell.race.runs.dropFirst().allSatisfy { $0.path.count == 31 && !$0.hasDiverged })
        #expect(cell.status == "SGD diverged at step 8 — lower its lr · step 30 / 30")
        let last = cell.race.standings.last!
        #expect(last.settings.kind == .sgd && last.lossText == "diverged" && last.distanceText == "✗ 8")
        // NaN from a huge rate: marked too, nothing breaks.
        cell.setKnob("adam_lr", to: 10)
        cell.setKnob("sgd_lr", to: 10)
        for options in [RenderOptions.standard, .ascii] {
            let grid = cell.render(width: 53, height: 12, options: options)
            #expect(grid.width == 53 && grid.height == 12)
        }
    }

    @Test func knobsAreOrderedAndTogglesSwitchRacersOut() {
        let cell = SurfaceRaceCell()
        let names = cell.knobs.map(\.name)
        #expect(names == ["surface", "x0", "y0", "steps", "eps",
                          "sgd", "sgd_lr", "momentum", "momentum_lr", "momentum_momentum",
                          "nesterov", "nesterov_lr", "nesterov_momentum", "adagrad", "adagrad_lr",
                          "rmsprop", "rmsprop_lr", "rmsprop_decay", "adam", "adam_lr", "adam_beta1", "adam_beta2"])
        #expect(cell.knobs.first { $0.name == "adam_lr" }?.value == 0.3)
        cell.setKnob("momentum", to: 0)
        cell.setKnob("nesterov", to: 0)
        while !cell.isFinished { cell.step() }
        #expect(cell.race.runs.map(\.settings.kind) == [.sgd, .adagrad, .rmsprop, .adam])
        // Switched back on mid-race it is replayed to the clock.
        cell.setKnob("momentum", to: 1)
        #expect(cell.race.runs[1].settings.kind == .momentum && cell.race.runs[1].path.count == 31)
        // A new surface loads its preset.
        cell.setKnob("surface", to: 1)
        #expect(cell.race.start == SIMD2(-1.2, 1) && cell.race.planned == 300 && cell.race.clock == 0)
        #expect(cell.knobs.first { $0.name == "sgd_lr" }?.value == 0.001)
    }

    @Test func headlessExportHasEveryPointOfEveryTrajectory() throws {
        let lesson = OptimizersLesson()
        let output = try lesson.run(RunRequest(settings: [("surface", "book")], steps: 30))
        #expect(output.cells.count == 1 && output.cells[0].name == "surface race")
        guard case let .object(members) = output.cells[0].json,
              case let .array(optimizers)? = members.first(where: { $0.0 == "optimizers" })?.1 else {
            Issue.record("no optimizers"); return
        }
        #expect(optimizers.count == 6)
        guard case let .object(adam) = optimizers[5],
              case let .array(path)? = adam.first(where: { $0.0 == "trajectory" })?.1 else { Issue.record("no path"); return }
        #expect(adam.first { $0.0 == "name" }?.1 == .string("Adam"))
        #expect(adam.first { $0.0 == "hyperparameters" }?.1 == .object([("lr", .number(0.3)), ("beta1", .number(0.9)), ("beta2", .number(0.999))]))
        #expect(path.count == 31)
        #expect(path[30] == .array([.number(0.13600685239498186), .number(0.31824537553721943)]))
        #expect(output.cells[0].tables[0].rows.count == 6 * 31)
        #expect(output.json().contains("\"name\": \"Momentum\""))
        // Unknown names and bad values are errors; `race` picks the race.
        #expect(throws: LessonKitError.self) { try lesson.run(RunRequest(settings: [("race", "moon")])) }
        #expect(throws: LessonKitError.self) { try lesson.run(RunRequest(settings: [("sgd_lr", "-1")])) }
        do {
            _ = try lesson.run(RunRequest(settings: [("nope", "1")]))
            Issue.record("no error")
        } catch let LessonKitError.unknownKnob(name, _, valid) {
            #expect(name == "nope" && valid.first == "race" && valid.contains("adam_beta2"))
        }
    }
}

/// Printed by `python3 Scripts/reference/optimizers_lesson.py`.
private enum Reference {
    // (surface, optimizer, step, x, y)
    static let samples: [(String, String, Int, Double, Double)] = [
        ("book", "sgd", 0, -7.0, 2.0),
        ("book", "sgd", 1, -6.335, -1.7999999999999998),
        ("book", "sgd", 2, -5.733175, 1.6199999999999997),
        ("book", "sgd", 10, -2.5797868938348625, 0.6973568801999994),
        ("book", "sgd", 15, -1.566126102926018, -0.41178226418929753),
        ("book", "sgd", 30, -0.3503929957523197, 0.0847823165504322),
        ("book", "momentum", 0, -7.0, 2.0),
        ("book", "momentum", 1, -6.93, 1.6),
        ("book", "momentum", 2, -6.7977, 0.9199999999999999),
        ("book", "momentum", 10, -4.3475537872942125, 0.008799741200000377),
        ("book", "momentum", 15, -2.4402506416061254, 0.6764452928518839),
        ("book", "momentum", 30, 0.896413858493733, 0.08808560171506971),
        ("book", "nesterov", 0, -7.0, 2.0),
        ("book", "nesterov", 1, -6.8103, 0.9159999999999999),
        ("book", "nesterov", 2, -6.57471087, 0.12792799999999988),
        ("book", "nesterov", 10, -3.8541788058741067, 0.026954022325852586),
        ("book", "nesterov", 15, -2.1346813982488095, 0.021858004531650203),
        ("book", "nesterov", 30, 0.5263905077412623, 0.0002258201570808063),
        ("book", "adagrad", 0, -7.0, 2.0),
        ("book", "adagrad", 1, -5.500000214285683, 0.5000000374999991),
        ("book", "adagrad", 2, -4.573267968164272, 0.13619658308878757),
        ("book", "adagrad", 10, -1.4893855293838187, 4.337780396165427e-06),
        ("book", "adagrad", 15, -0.7883948527478228, 6.711861392752657e-09),
        ("book", "adagrad", 30, -0.12016232231416045, 2.486389893984459e-17),
        ("book", "rmsprop", 0, -7.0, 2.0),
        ("book", "rmsprop", 1, -6.000001428569388, 1.000000249999938),
        ("book", "rmsprop", 2, -5.347326716177816, 0.5509870061178768),
        ("book", "rmsprop", 10, -2.785054989459843, 0.005264089980971006),
        ("book", "rmsprop", 15, -1.9630436901416268, 0.0002545949483809554),
        ("book", "rmsprop", 30, -0.6974203096807907, 1.4834621508315574e-08),
        ("book", "adam", 0, -7.0, 2.0),
        ("book", "adam", 1, -6.700001355255732, 1.700000237170637),
        ("book", "adam", 2, -6.400416624043272, 1.4022457408988034),
        ("book", "adam", 10, -4.059418572603199, -0.49184628747603204),
        ("book", "adam", 15, -2.709782384503686, -0.6820250408743606),
        ("book", "adam", 30, 0.13600685239498186, 0.31824537553721943),
        ("rosenbrock", "sgd", 0, -1.2, 1.0),
        ("rosenbrock", "sgd", 1, -0.9843999999999999, 1.088),
        ("rosenbrock", "sgd", 2, -1.0272715665664, 1.0642086720000001),
        ("rosenbrock", "sgd", 10, -1.0214113342697504, 1.0512622673760386),
        ("rosenbrock", "sgd", 150, -0.9047294683801691, 0.8265976298003406),
        ("rosenbrock", "sgd", 300, -0.7589977574248107, 0.5841573147440579),
        ("rosenbrock", "momentum", 0, -1.2, 1.0),
        ("rosenbrock", "momentum", 1, -1.0922, 1.044),
        ("rosenbrock", "momentum", 2, -0.9605619005104, 1.098490084),
        ("rosenbrock", "momentum", 10, -0.9696392174622991, 0.9332347942457684),
        ("rosenbrock", "momentum", 150, 0.25026057378423994, 0.05890697861883937),
        ("rosenbrock", "momentum", 300, 0.6677635769824694, 0.4443011972241371),
        ("rosenbrock", "nesterov", 0, -1.2, 1.0),
        ("rosenbrock", "nesterov", 1, -0.907862, 1.1192399999999998),
        ("rosenbrock", "nesterov", 2, -0.9692766325537023, 1.0713637943929237),
        ("rosenbrock", "nesterov", 10, -0.981766121694798, 0.9718805938094993),
        ("rosenbrock", "nesterov", 150, -0.030838046330084627, 3.149294427808589e-05),
        ("rosenbrock", "nesterov", 300, 0.6199285371830843, 0.3824351679451768),
        ("rosenbrock", "adagrad", 0, -1.2, 1.0),
        ("rosenbrock", "adagrad", 1, -0.7000000002319109, 1.4999999994318183),
        ("rosenbrock", "adagrad", 2, -1.095848054960152, 1.0416094007917107),
        ("rosenbrock", "adagrad", 10, -1.0249754393323653, 1.0543329740352938),
        ("rosenbrock", "adagrad", 150, -0.7819702839141232, 0.6183268378404577),
        ("rosenbrock", "adagrad", 300, -0.44131089613271174, 0.20007479720442534),
        ("rosenbrock", "rmsprop", 0, -1.2, 1.0),
        ("rosenbrock", "rmsprop", 1, -0.7000000023191095, 1.4999999943181817),
        ("rosenbrock", "rmsprop", 2, -1.0965888160740158, 1.0412433656269644),
        ("rosenbrock", "rmsprop", 10, -1.025293841760003, 1.0529669125295311),
        ("rosenbrock", "rmsprop", 150, -0.6318795913746275, 0.4056805506512715),
        ("rosenbrock", "rmsprop", 300, 0.4257737722520105, 0.17920144915510083),
        ("rosenbrock", "adam", 0, -1.2, 1.0),
        ("rosenbrock", "adam", 1, -1.0000000029334672, 1.1999999928130056),
        ("rosenbrock", "adam", 2, -0.9231182640355061, 1.260378518263769),
        ("rosenbrock", "adam", 10, -0.9617675849675603, 1.0418078938940845),
        ("rosenbrock", "adam", 150, 0.25910784908100365, 0.0650056431715944),
        ("rosenbrock", "adam", 300, 0.8326905435094135, 0.692790804219262),
        ("beale", "sgd", 0, 1.0, 1.5),
        ("beale", "sgd", 1, 0.655, 0.575),
        ("beale", "sgd", 2, 0.7235627324448487, 0.5044902726705615),
        ("beale", "sgd", 10, 1.260327344457637, 0.15892415712327992),
        ("beale", "sgd", 50, 2.1603972393998405, 0.19976219376462132),
        ("beale", "sgd", 100, 2.459878988707708, 0.3291923339412425),
        ("beale", "momentum", 0, 1.0, 1.5),
        ("beale", "momentum", 1, 0.8275, 1.0375),
        ("beale", "momentum", 2, 0.666730328023573, 0.49613440780012574),
        ("beale", "momentum", 10, 0.07374323213634698, -1.8435809314418594),
        ("beale", "momentum", 50, 3.2996121369791696, 0.6059904759969618),
        ("beale", "momentum", 100, 3.2906784064202763, 0.5659659204242713),
        ("beale", "nesterov", 0, 1.0, 1.5),
        ("beale", "nesterov", 1, 0.532525, 0.24662499999999998),
        ("beale", "nesterov", 2, 0.5298119656752781, -0.12438215663257099),
        ("beale", "nesterov", 10, 0.7674151609726353, -1.148380655128015),
        ("beale", "nesterov", 50, 3.054807918691543, 0.5133903349174875),
        ("beale", "nesterov", 100, 3.0936156293271853, 0.5224399881486355),
        ("beale", "adagrad", 0, 1.0, 1.5),
        ("beale", "adagrad", 1, 0.5000000014492754, 1.0000000005405405),
        ("beale", "adagrad", 2, 0.500000001231884, 0.925829773867453),
        ("beale", "adagrad", 10, 1.0339902647458052, 0.5049933835617999),
        ("beale", "adagrad", 50, 2.241524076104247, 0.21980239267357898),
        ("beale", "adagrad", 100, 2.4914032576594067, 0.3341862897746474),
        ("beale", "rmsprop", 0, 1.0, 1.5),
        ("beale", "rmsprop", 1, 0.5000000144927534, 1.0000000054054055),
        ("beale", "rmsprop", 2, 0.5000000123078887, 0.9254644040700835),
        ("beale", "rmsprop", 10, 1.0517013070023673, 0.49562308118030457),
        ("beale", "rmsprop", 50, 2.2863615685610372, 0.2392546917772048),
        ("beale", "rmsprop", 100, 2.577403925281435, 0.3688174477982673),
        ("beale", "adam", 0, 1.0, 1.5),
        ("beale", "adam", 1, 0.9000000091660214, 1.4000000034186784),
        ("beale", "adam", 2, 0.8034343044747065, 1.3026481837442456),
        ("beale", "adam", 10, 0.31955395694229116, 0.6975912697819958),
        ("beale", "adam", 50, 2.1098550251498147, -0.05385024167273436),
        ("beale", "adam", 100, 2.5107964831674563, 0.3354408079204619),
        ("saddle", "sgd", 0, -1.5, 0.01),
        ("saddle", "sgd", 1, -1.2, 0.012),
        ("saddle", "sgd", 2, -0.96, 0.0144),
        ("saddle", "sgd", 10, -0.16106127360000003, 0.061917364224000015),
        ("saddle", "sgd", 15, -0.05277655813324801, 0.15407021574586371),
        ("saddle", "sgd", 30, -0.001856910058928071, 2.373763137997699),
        ("saddle", "momentum", 0, -1.5, 0.01),
        ("saddle", "momentum", 1, -1.44, 0.0104),
        ("saddle", "momentum", 2, -1.3284, 0.011176),
        ("saddle", "momentum", 10, 0.2291601064934045, 0.033209754636572004),
        ("saddle", "momentum", 15, 0.6546296623335082, 0.07305660190605014),
        ("saddle", "momentum", 30, -0.2776802962356867, 0.7916351240919332),
        ("saddle", "nesterov", 0, -1.5, 0.01),
        ("saddle", "nesterov", 1, -1.3374000000000001, 0.011084),
        ("saddle", "nesterov", 2, -1.1486858400000002, 0.0125771056),
        ("saddle", "nesterov", 10, 0.19726928541757316, 0.049047519552833464),
        ("saddle", "nesterov", 15, 0.3603739930299748, 0.12362447436910853),
        ("saddle", "nesterov", 30, -0.07740863695630221, 2.006794675712265),
        ("saddle", "adagrad", 0, -1.5, 0.01),
        ("saddle", "adagrad", 1, -1.3000000066666664, 0.209999000005),
        ("saddle", "adagrad", 2, -1.1690139018989918, 0.40977257788608756),
        ("saddle", "adagrad", 10, -0.650933133861775, 1.4457404467836292),
        ("saddle", "adagrad", 15, -0.4815894459758593, 1.872566210362469),
        ("saddle", "adagrad", 30, -0.20776956356253296, 2.823823744780876),
        ("saddle", "rmsprop", 0, -1.5, 0.01),
        ("saddle", "rmsprop", 1, -1.3000000666666445, 0.20999000049997493),
        ("saddle", "rmsprop", 2, -1.1686383702427252, 0.40976539151196756),
        ("saddle", "rmsprop", 10, -0.6438949418938049, 1.4517048103617145),
        ("saddle", "rmsprop", 15, -0.4698417569287065, 1.8859436843286563),
        ("saddle", "rmsprop", 30, -0.18697930150530961, 2.870050099441809),
        ("saddle", "adam", 0, -1.5, 0.01),
        ("saddle", "adam", 1, -1.4500000527045722, 0.05999209555565198),
        ("saddle", "adam", 2, -1.4000514440462095, 0.10219783623259371),
        ("saddle", "adam", 10, -1.0070944765375822, 0.4819510906816945),
        ("saddle", "adam", 15, -0.7744816236208951, 0.7447661945468731),
        ("saddle", "adam", 30, -0.20988891733964765, 1.6333261524928773),
    ]
    // first step within 0.5 of the minimum (nil: none)
    static let withinHalf: [String: [String: Int?]] = [
        "book": ["sgd": 27, "momentum": 23, "nesterov": 22, "adagrad": 19, "rmsprop": nil, "adam": 26],
        "rosenbrock": ["sgd": nil, "momentum": nil, "nesterov": nil, "adagrad": nil, "rmsprop": nil, "adam": 256],
        "beale": ["sgd": nil, "momentum": 35, "nesterov": 33, "adagrad": nil, "rmsprop": 89, "adam": nil],
    ]
    // Adam lr 0.3 on the bowl from (3, -4), 30 steps
    static let adamFromMovedStart: [[Double]] = [
        [3.0, -4.0],
        [2.700003162244327, -3.7000001185853653],
        [2.4012421684196594, -3.400836526396683],
        [2.10476624888743, -3.1031730770437056],
        [1.8118263190010484, -2.8077637253225642],
        [1.523901628271771, -2.5154604887744294],
        [1.2427213466095068, -2.227220329812335],
        [0.9702752241116411, -1.9441100145205663],
        [0.7088051894942182, -1.6673077132397858],
        [0.4607683432106479, -1.3980998377300873],
        [0.22876247806573113, -1.1378714249093063],
        [0.015409529764966956, -0.888088375743881],
        [-0.17679899819900657, -0.6502701563893593],
        [-0.34567885633848355, -0.42595227212663134],
        [-0.4895255664834506, -0.21663897584517292],
        [-0.6072518347744431, -0.023748192356728315],
        [-0.698465009228241, 0.15144771540991672],
        [-0.7634744762617108, 0.3078803329835469],
        [-0.8032361522745403, 0.44473705321228213],
        [-0.8192537958819541, 0.5615010766016428],
        [-0.813460961492995, 0.6579756386752669],
        [-0.7881039510686989, 0.7342907352432694],
        [-0.7456387565837032, 0.7908930247820651],
        [-0.6886473720701255, 0.8285216304861813],
        [-0.6197731098223158, 0.8481738263669684],
        [-0.5416712211655551, 0.851064941619545],
        [-0.45696982148365345, 0.83858639139186],
        [-0.3682362044143581, 0.8122648300174983],
        [-0.2779445382183768, 0.7737243380666889],
        [-0.18844228501262889, 0.7246525427010083],
        [-0.10191422447650406, 0.6667707750510337],
    ]
}
