import Testing
@testable import NumericCore

@Suite("Tensor")
struct TensorTests {
    @Test func shapesAndIndexing() {
        var t = Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(t.shape == [2, 3])
        #expect(t[1, 2] == 6)
        t[0, 1] = 9
        #expect(t.scalars == [1, 9, 3, 4, 5, 6])
        #expect(t.transposed().scalars == [1, 4, 9, 5, 3, 6])
        #expect(t.reshaped([3, -1]).shape == [3, 2])
    }

    @Test func broadcastingAndReductions() {
        let x = Tensor(rows: [[1, 2], [3, 4], [5, 6]])
        let b = Tensor([10, 20])
        #expect((x + b).scalars == [11, 22, 13, 24, 15, 26])
        #expect(x.sum(axis: 0).scalars == [9, 12])
        #expect(x.sum(axis: 1).scalars == [3, 7, 11])
        #expect(x.mean() == 3.5)
        #expect(x.argmax(axis: 1) == [1, 1, 1])
        #expect(x.gatherRows([2, 0]).scalars == [5, 6, 1, 2])
        #expect(x.rows(1..<3).scalars == [3, 4, 5, 6])
    }

    @Test func matmulSmall() {
        let a = Tensor(rows: [[1, 2], [3, 4], [5, 6]])
        let b = Tensor(rows: [[1, 0, 2], [0, 1, 3]])
        #expect(a.matmul(b).scalars == [1, 2, 8, 3, 4, 18, 5, 6, 28])
        #expect(MatMul.multiplyTransposedB(a, a).scalars == [5, 11, 17, 11, 25, 39, 17, 39, 61])
        #expect(MatMul.multiplyTransposedA(a, a).scalars == [35, 44, 44, 56])
    }
}

@Suite("Random")
struct RandomTests {
    @Test func sameSeedSameNumbers() {
        var a = Xoshiro256StarStar(seed: 42), b = Xoshiro256StarStar(seed: 42)
        for _ in 0..<100 { #expect(a.next() == b.next()) }
    }
}
