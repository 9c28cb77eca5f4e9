import Charts
import LessonKit
import Testing
@testable import LossesLesson

/// Gradient descent on x₀² + x₁²: the first steps by hand, the whole path against numpy
/// (`Scripts/reference/losses.py`, the book's `gradient_descent` with its
/// `numerical_gradient`), and the words the status line uses for divergence and stalls.
@Suite("Losses lesson: gradient descent")
struct LossesLessonDescentTests {
    @Test func firstStepsByHand() {
        // Analytic: x ← x − 0.1·2x = 0.8·x, so (−3, 4) → (−2.4, 3.2) → (−1.92, 2.56).
        var analytic = Descent(gradient: .analytic)
        analytic.step(); analytic.step()
        #expect(abs(analytic.path[1].x - -2.4) < 1e-15 && abs(analytic.path[1].y - 3.2) < 1e-15)
        #expect(abs(analytic.path[2].x - -1.92) < 1e-15 && abs(analytic.path[2].y - 2.56) < 1e-15)
        // Numerical: ((x + h)² − (x − h)²)/2h = 2x up to round-off, so the same to ~1e-12.
        var numerical = Descent()
        numerical.step()
        #expect(abs(numerical.path[1].x - -2.4) < 1e-12 && abs(numerical.path[1].y - 3.2) < 1e-12)
        // … and exactly numpy's float64 arithmetic.
        #expect(numerical.path[1] == SIMD2(-2.399999999999622, 3.200000000000088))
    }

    @Test func wholePathMatchesNumpy() {
        var descent = Descent()
        descent.recompute(steps: 100)
        #expect(descent.path.count == numpyPath.count)
        for (k, (p, q)) in zip(descent.path, numpyPath).enumerated() {
            #expect(abs(p.x - q.0) <= 1e-12 && abs(p.y - q.1) <= 1e-12, "step \(k)")
        }
        // The book's answer: about (−6.1e-10, 8.1e-10).
        #expect(descent.current == SIMD2(-6.111107928998789e-10, 8.148143905314271e-10))
    }

    @Test func divergenceIsSaidNotDrawnAsGarbage() {
        let cell = DescentCell()
        cell.setKnob("lr", to: 10)
        cell.step()
        #expect(cell.status == "step 1 / 100   diverging ×19/step — lower η")
        #expect(!cell.isFinished && !cell.hasFailed)
        for _ in 1..<100 { cell.step() }
        // Stuck after step 10 (step 11 does not move x): the run stops there, failed.
        #expect(cell.isFinished && cell.hasFailed)
        #expect(cell.descent.steps == 11)
        #expect(cell.status == "step 11 / 100   stuck at |x| = 2.6e+13 — gradient 0, lower η")
        // numpy: the numerical gradient freezes the path at step 10.
        #expect(cell.descent.current == SIMD2(-25898374737328.363, -1295248616896.5398))
        for size in [(53, 12), (120, 40)] {
            let grid = cell.render(width: size.0, height: size.1, options: .standard)
            #expect(grid.width == size.0 && grid.height == size.1)
            // The view box stays near ±5 (no tick like 1e+13): only the readout has big numbers.
            #expect(!grid.lines.dropLast(2).joined().contains("e+"), "\(size)")
        }
        #expect(cell.render(width: 53, height: 12, options: .standard).lines[2].hasPrefix(" 5┤"))
    }

    @Test func analyticOverflowIsReportedAndSkipped() {
        let cell = DescentCell()
        cell.setKnob("gradient", to: 1)
        cell.setKnob("lr", to: 10)
        cell.setKnob("steps", to: 300)
        for _ in 0..<300 { cell.step() }
        #expect(cell.verdict == .overflowed(step: 241))
        // Stopped at the first inf/NaN: stepping on could not change anything.
        #expect(cell.isFinished && cell.hasFailed && cell.descent.steps == 241)
        #expect(cell.status == "step 241 / 300   x overflowed to inf/NaN — lower η")
        for options in [RenderOptions.standard, .ascii] {
            let grid = cell.render(width: 53, height: 12, options: options)
            #expect(grid.width == 53 && grid.height == 12)
        }
    }

    @Test func stallIsSaid() {
        let cell = DescentCell()
        cell.setKnob("lr", to: 1e-10)
        for _ in 0..<100 { cell.step() }
        #expect(cell.status == "step 100 / 100   stalled: moved only 1e-07 — raise η")
        #expect(cell.isFinished && !cell.hasFailed)
        #expect(cell.descent.current == SIMD2(-2.999999939999995, 3.9999999199999934))
    }

    @Test func otherVerdicts() {
        func verdict(lr: Double, steps: Int = 100) -> DescentVerdict {
            var d = Descent(learningRate: lr, gradient: .analytic)
            d.recompute(steps: steps)
            return DescentVerdict(path: d.path, planned: 100)
        }
        #expect(verdict(lr: 1, steps: 5) == .bouncing)
        #expect(verdict(lr: 1e-3).message == "slow: only 18 % of the way — raise η")
        #expect(verdict(lr: 1, steps: 5).message == "bouncing across the minimum — lower η")
        #expect(DescentVerdict(path: [SIMD2(-3, 4)], planned: 100) == .notStarted)
        guard case .converging = verdict(lr: 0.5) else { Issue.record("lr 0.5 should converge"); return }
    }

    @Test func turningTheLearningRateRedrawsToTheStepReached() {
        let cell = DescentCell()
        for _ in 0..<5 { cell.step() }
        cell.setKnob("lr", to: 0.5)
        #expect(cell.descent.steps == 5)
        #expect(cell.descent.path[1] == SIMD2(0, 0) || abs(cell.descent.path[1].x) < 1e-10)
        cell.setKnob("steps", to: 3)
        #expect(cell.descent.steps == 3 && cell.isFinished)
        cell.reset()
        #expect(cell.descent.path == [SIMD2(-3, 4)])
        #expect(cell.status == "step 0 / 3 — space plays, s steps once")
    }
}

/// The lr = 0.1 path from (−3, 4), printed by Scripts/reference/losses.py.
private let numpyPath: [(Double, Double)] = [
    (-3.0, 4.0),
    (-2.399999999999622, 3.200000000000088),
    (-1.9199999999982538, 2.5599999999976717),
    (-1.535999999998758, 2.0479999999971596),
    (-1.228799999998806, 1.6383999999969276),
    (-0.9830399999989332, 1.3107199999975414),
    (-0.7864319999991682, 1.0485759999978548),
    (-0.6291455999992674, 0.8388607999982831),
    (-0.5033164799994578, 0.671088639998648),
    (-0.40265318399962124, 0.5368709119988844),
    (-0.32212254719970757, 0.429496729599129),
    (-0.2576980377597655, 0.34359738367930803),
    (-0.2061584302078091, 0.2748779069434679),
    (-0.16492674416624953, 0.21990232555478195),
    (-0.1319413953330102, 0.17592186044382624),
    (-0.10555311626641178, 0.14073748835506306),
    (-0.0844424930131282, 0.11258999068405529),
    (-0.06755399441050237, 0.09007199254724282),
    (-0.054043195528401713, 0.0720575940377932),
    (-0.04323455642272084, 0.057646075230234024),
    (-0.03458764513817675, 0.04611686018418694),
    (-0.0276701161105413, 0.03689348814734936),
    (-0.022136092888433073, 0.02951479051787938),
    (-0.017708874310746532, 0.023611832414303507),
    (-0.014167099448597235, 0.01888946593144282),
    (-0.011333679558877787, 0.015111572745154324),
    (-0.009066943647102251, 0.012089258196123474),
    (-0.007253554917681808, 0.009671406556898795),
    (-0.005802843934145445, 0.007737125245519047),
    (-0.004642275147316344, 0.006189700196415239),
    (-0.0037138201178530724, 0.004951760157132183),
    (-0.002971056094282459, 0.003961408125705744),
    (-0.0023768448754259673, 0.0031691265005645963),
    (-0.001901475900340775, 0.002535301200451678),
    (-0.001521180720272619, 0.002028240960361343),
    (-0.0012169445762180951, 0.0016225927682890753),
    (-0.000973555660974476, 0.00129807421463126),
    (-0.0007788445287795806, 0.001038459371705008),
    (-0.0006230756230236643, 0.0008307674973640063),
    (-0.0004984604984189313, 0.0006646139978912049),
    (-0.00039876839873514503, 0.0005316911983129639),
    (-0.00031901471898811596, 0.00042535295865037104),
    (-0.0002552117751904928, 0.0003402823669202968),
    (-0.00020416942015239424, 0.0002722258935362374),
    (-0.00016333553612191538, 0.00021778071482898994),
    (-0.0001306684288975323, 0.00017422457186319195),
    (-0.00010453474311802585, 0.00013937965749055356),
    (-8.362779449442068e-05, 0.00011150372599244286),
    (-6.690223559553655e-05, 8.920298079395429e-05),
    (-5.352178847642924e-05, 7.136238463516343e-05),
    (-4.281743078114339e-05, 5.708990770813074e-05),
    (-3.425394462491471e-05, 4.567192616650459e-05),
    (-2.740315569993177e-05, 3.653754093320367e-05),
    (-2.1922524559945412e-05, 2.9230032746562938e-05),
    (-1.7538019647956328e-05, 2.338402619725035e-05),
    (-1.4030415718365063e-05, 1.870722095780028e-05),
    (-1.122433257469205e-05, 1.4965776766240223e-05),
    (-8.979466059753639e-06, 1.1972621412992178e-05),
    (-7.183572847802911e-06, 9.578097130393742e-06),
    (-5.746858278242328e-06, 7.662477704314992e-06),
    (-4.597486622593864e-06, 6.129982163451993e-06),
    (-3.677989298075091e-06, 4.903985730761595e-06),
    (-2.942391438460074e-06, 3.923188584609274e-06),
    (-2.35391315076806e-06, 3.1385508676874203e-06),
    (-1.8831305206144472e-06, 2.510840694149935e-06),
    (-1.506504416491556e-06, 2.008672555319949e-06),
    (-1.205203533193246e-06, 1.6069380442559602e-06),
    (-9.641628265545978e-07, 1.2855504354047684e-06),
    (-7.713302612436791e-07, 1.0284403483238135e-06),
    (-6.170642089949426e-07, 8.227522786590519e-07),
    (-4.936513671959539e-07, 6.582018229272403e-07),
    (-3.949210937567641e-07, 5.265614583417909e-07),
    (-3.1593687500541074e-07, 4.212491666734334e-07),
    (-2.527495000043271e-07, 3.369993333387467e-07),
    (-2.0219960000346312e-07, 2.6959946667099785e-07),
    (-1.6175968000277164e-07, 2.1567957333679795e-07),
    (-1.2940774400221744e-07, 1.725436586694387e-07),
    (-1.0352619520177409e-07, 1.380349269355498e-07),
    (-8.282095616141991e-08, 1.1042794154843984e-07),
    (-6.62567649291354e-08, 8.834235323875005e-08),
    (-5.30054119433073e-08, 7.067388259099938e-08),
    (-4.240432955464565e-08, 5.6539106072800664e-08),
    (-3.392346364371715e-08, 4.5231284858240365e-08),
    (-2.7138770914972535e-08, 3.618502788659246e-08),
    (-2.171101673197833e-08, 2.8948022309274297e-08),
    (-1.73688133855833e-08, 2.315841784741894e-08),
    (-1.3895050708464957e-08, 1.8526734277936642e-08),
    (-1.1116040566772434e-08, 1.4821387422348817e-08),
    (-8.89283245341792e-09, 1.1857109937880543e-08),
    (-7.1142659627349696e-09, 9.485687950303276e-09),
    (-5.6914127701889405e-09, 7.588550360243283e-09),
    (-4.55313021615129e-09, 6.070840288195288e-09),
    (-3.6425041729223277e-09, 4.856672230556396e-09),
    (-2.9140033383386616e-09, 3.885337784445117e-09),
    (-2.331202670671067e-09, 3.1082702275569205e-09),
    (-1.8649621365374875e-09, 2.4866161820452055e-09),
    (-1.491969709230624e-09, 1.9892929456355027e-09),
    (-1.1935757673831479e-09, 1.5914343565085676e-09),
    (-9.54860613906656e-10, 1.2731474852085084e-09),
    (-7.638884911261241e-10, 1.018517988166145e-09),
    (-6.111107928998789e-10, 8.148143905314271e-10),
]
