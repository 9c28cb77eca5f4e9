import Foundation
import Testing
@testable import NumericCore

/// The augmentation warps: hand-derived cases (a whole shift moves pixels exactly, 90° is
/// numpy's rot90, scale 1 and α 0 change nothing, a half-pixel shift averages neighbours),
/// and shift, rotation, scale, the elastic field and their composition against
/// Scripts/reference/augment_reference.py on a 5×6 image to 1e-12.
@Suite("Data: augmentation warps")
struct AugmentationTests {
    /// ((3r + 5c) mod 7) / 8 on 5×6, as in the reference script.
    let image: [Double] = (0..<30).map { (i: Int) -> Double in
        let r = i / 6, c = i % 6
        return Double((3 * r + 5 * c) % 7) / 8
    }

    private func expectClose(_ a: [Double], _ b: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        let d = zip(a, b).map { abs($0 - $1) }.max() ?? .infinity
        #expect(d < 1e-12, "\(a) vs \(b)", sourceLocation: sourceLocation)
    }

    @Test func aWholeShiftMovesPixelsExactly() {
        let x: [Double] = [1, 2, 3,
                           4, 5, 6]
        #expect(Augmentation.shift(x, height: 2, width: 3, dx: 1, dy: 0) == [0, 1, 2, 0, 4, 5])
        #expect(Augmentation.shift(x, height: 2, width: 3, dx: -1, dy: 1) == [0, 0, 0, 2, 3, 0])
        // Half a pixel right: each pixel is the mean of itself and its left neighbour.
        #expect(Augmentation.shift(x, height: 2, width: 3, dx: 0.5, dy: 0) == [0.5, 1.5, 2.5, 2, 4.5, 5.5])
        #expect(Augmentation.shift(x, height: 2, width: 3, dx: 3, dy: 0) == [0, 0, 0, 0, 0, 0])
    }

    @Test func ninetyDegreesIsATransposeThenAFlip() {
        // numpy's rot90 (counterclockwise): out[i][j] = x[j][n−1−i].
        let x: [Double] = [1, 2, 3,
                           4, 5, 6,
                           7, 8, 9]
        expectClose(Augmentation.rotate(x, height: 3, width: 3, degrees: 90), [3, 6, 9, 2, 5, 8, 1, 4, 7])
        expectClose(Augmentation.rotate(x, height: 3, width: 3, degrees: -90), [7, 4, 1, 8, 5, 2, 9, 6, 3])
        expectClose(Augmentation.rotate(x, height: 3, width: 3, degrees: 180), [9, 8, 7, 6, 5, 4, 3, 2, 1])
        // An even side turns about the point between the middle pixels.
        let y = (0..<16).map(Double.init)
        let turned = Augmentation.rotate(y, height: 4, width: 4, degrees: 90)
        let expected: [Double] = (0..<16).map { (k: Int) -> Double in y[(k % 4) * 4 + 3 - k / 4] }
        expectClose(turned, expected)
    }

    @Test func scaleOneAndAlphaZeroAreTheIdentity() {
        #expect(Augmentation.scale(image, height: 5, width: 6, factor: 1) == image)
        var rng = Xoshiro256StarStar(seed: 7)
        #expect(Augmentation.elastic(image, height: 5, width: 6, alpha: 0, sigma: 4, using: &rng) == image)
        #expect(Augmentation.warp(image, height: 5, width: 6) == image)
        // Doubling about the centre of 1×3: the ends read ±0.5 from the middle.
        #expect(Augmentation.scale([0, 2, 4], height: 1, width: 3, factor: 2) == [1, 2, 3])
    }

    @Test func warpsMatchNumpy() {
        expectClose(image, [0.0, 0.625, 0.375, 0.125, 0.75, 0.5, 0.375, 0.125, 0.75, 0.5, 0.25, 0.0, 0.75, 0.5, 0.25, 0.0, 0.625, 0.375, 0.25, 0.0, 0.625, 0.375, 0.125, 0.75, 0.625, 0.375, 0.125, 0.75, 0.5, 0.25])
        expectClose(Augmentation.shift(image, height: 5, width: 6, dx: 0.5, dy: -0.25), [0.046875, 0.296875, 0.484375, 0.34375, 0.421875, 0.5, 0.234375, 0.34375, 0.421875, 0.5, 0.359375, 0.21875, 0.3125, 0.5, 0.359375, 0.21875, 0.296875, 0.484375, 0.171875, 0.21875, 0.296875, 0.484375, 0.34375, 0.421875, 0.234375, 0.375, 0.1875, 0.328125, 0.46875, 0.28125])
        expectClose(Augmentation.rotate(image, height: 5, width: 6, degrees: 30), [0.009715285389229824, 0.16820893444312007, 0.17254593656287864, 0.4795173573053851, 0.05697142074250647, 0.06505503179637713, 0.461289154431103, 0.4932798436047715, 0.5647436490538902, 0.34524216911377936, 0.5067309471616709, 0.43332408463470584, 0.2707832346706593, 0.3003907695688577, 0.3582531754730548, 0.1104968245269452, 0.25628005919760444, 0.48893205071857077, 0.50597946722156, 0.5167468245269451, 0.3558592304311423, 0.5026945370179569, 0.5312500000000001, 0.40550931082633157, 0.17047416502989543, 0.20873412263472566, 0.19438124314969335, 0.14966934882635105, 0.32340686252696454, 0.010477556095783071])
        expectClose(Augmentation.scale(image, height: 5, width: 6, factor: 1.3), [0.30066568047337283, 0.4474852071005917, 0.5192307692307693, 0.326923076923077, 0.44267751479289935, 0.4134615384615383, 0.3173076923076923, 0.3579881656804734, 0.6057692307692306, 0.41346153846153844, 0.3531804733727811, 0.23076923076923073, 0.6057692307692307, 0.41346153846153844, 0.22115384615384615, 0.028846153846153855, 0.4086538461538461, 0.5192307692307692, 0.22115384615384615, 0.2618343195266273, 0.5096153846153846, 0.3173076923076923, 0.25702662721893493, 0.4193786982248522, 0.3076923076923076, 0.2551775147928994, 0.3812869822485208, 0.551405325443787, 0.41346153846153844, 0.3920118343195267])
        expectClose(Augmentation.warp(image, height: 5, width: 6, affine: .init(dx: 1, dy: 0.5, degrees: -20, scale: 0.8)),
                    [0.0, 0.0, 0.0, 0.14621427486070776, 0.0, 0.0, 0.0, 0.0, 0.3157810509940038, 0.43853161738966273, 0.2726126251040637, 0.30609132511653286, 0.0, 0.17808280674090587, 0.591931623015812, 0.41363473988511124, 0.4321489141817054, 0.35225755976465223, 0.0, 0.38553790088015344, 0.09776363987131698, 0.5187877536918133, 0.22984300667218077, 0.4858359813328062, 0.0, 0.09712551862257698, 0.16719567259342252, 0.47160863812627135, 0.39841148871643284, 0.6394058513552124])
    }

    @Test func elasticFieldAndWarpMatchNumpy() {
        expectClose(Augmentation.gaussianKernel(sigma: 0.7), [5.85246234399088e-05, 0.009618930814198498, 0.20539965263338855, 0.5698457838579462, 0.20539965263338855, 0.009618930814198498, 5.85246234399088e-05])
        let nx = (0..<30).map { sin(1 + Double($0)) }, ny = (0..<30).map { cos(2 + Double($0)) }
        let field = Augmentation.displacementField(noiseX: nx, noiseY: ny, height: 5, width: 6, alpha: 2.5, sigma: 0.7)
        expectClose(field.dx, [1.2605154845340967, 1.4336929247421044, 0.33575659943109937, -1.0693446219309022, -1.5024393384635562, -0.7981491874131632, 1.4086619203783233, 1.8932017098656861, 0.794501087906278, -1.0279721670169752, -1.915080883058624, -1.2615096291435377, 1.1009711919757605, 1.9157804695979006, 1.2492986449054884, -0.553092063751507, -1.8505371665508938, -1.5397766919108107, 0.6914250113308027, 1.7611223610539661, 1.5885183562806855, -0.02704309912465116, -1.6147925127578298, -1.6755925693519496, 0.2839847372894474, 1.2538645534414994, 1.4168251649633876, 0.29343802112326534, -1.093591406992584, -1.3619304400539012])
        expectClose(field.dy, [-0.7813561680198495, -1.4977568989969154, -1.0856444769674876, 0.31323408071007874, 1.4253723411317045, 1.2681914540680856, -0.6677896360460183, -1.7495324570905977, -1.6042562522759607, -0.0017863066588354225, 1.5990260927220048, 1.6800470996600865, -0.21411616326066935, -1.4808999361436548, -1.8398216231376079, -0.528655240274268, 1.2589438990385868, 1.706921175835212, 0.2593660918073336, -1.075263164930218, -1.905177396476794, -1.0066160653298237, 0.8023915369084695, 1.5758808310209793, 0.48098276673344176, -0.5797273226998716, -1.4953539413038874, -1.0548594218840943, 0.3407402924232926, 1.1263672355028158])
        expectClose(Augmentation.warp(image, height: 5, width: 6, displacement: field), [0.12241236903041904, 0.0, 0.0, 0.49079297420913026, 0.4129236640500368, 0.3001090921288228, 0.47552084756856716, 0.03799581919289206, 0.06979919587180054, 0.7318912516270062, 0.45340500553540775, 0.2771419386834624, 0.4133807594808019, 0.3407174065466543, 0.3059378236312418, 0.40260063607501084, 0.4920270198662631, 0.5250396139159073, 0.17440603159504947, 0.09735099220161747, 0.3542883465864914, 0.010068807446074635, 0.3979536839875055, 0.28369252425999764, 0.28753752763212387, 0.44475331659271383, 0.26570247053204527, 0.2951538216855789, 0.4558816284290156, 0.0])
        expectClose(Augmentation.warp(image, height: 5, width: 6, affine: .init(degrees: 15), displacement: field),
                    [0.0, 0.0, 0.0, 0.3621013840616494, 0.3662474312421703, 0.4417825750710892, 0.4341677726353821, 0.22057476943519663, 0.23076385047190512, 0.6485624497996134, 0.41760974331417255, 0.24674177621068472, 0.33722276882252833, 0.38819147812674615, 0.46349604405819855, 0.3658057312814119, 0.47760075729451695, 0.7038401116698735, 0.2690440142801413, 0.05963150410516482, 0.3799570282197178, 0.05386894716123258, 0.26916253782509725, 0.15478698535476815, 0.40071238042251206, 0.4334800818011627, 0.2694455095641073, 0.4139142382573967, 0.19281666750829002, 0.0])
    }

    @Test func elasticIsDeterministicBySeed() {
        var a = Xoshiro256StarStar(seed: 3), b = Xoshiro256StarStar(seed: 3), c = Xoshiro256StarStar(seed: 4)
        let x = Augmentation.elastic(image, height: 5, width: 6, alpha: 3, sigma: 1, using: &a)
        #expect(x == Augmentation.elastic(image, height: 5, width: 6, alpha: 3, sigma: 1, using: &b))
        #expect(x != Augmentation.elastic(image, height: 5, width: 6, alpha: 3, sigma: 1, using: &c))
        #expect(x != image && x.allSatisfy { $0.isFinite })
    }
}
