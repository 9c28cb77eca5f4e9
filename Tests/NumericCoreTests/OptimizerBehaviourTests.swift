import Foundation
import Testing
@testable import NumericCore

@Suite("Optimizer behaviour")
struct OptimizerBehaviourTests {
    @Test func kindsMakeTheBooksDefaults() {
        #expect(OptimizerKind.allCases.map(\.displayName)
                == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam"])
        #expect(OptimizerKind.allCases.map { $0.make().learningRate }
                == [0.01, 0.01, 0.01, 0.01, 0.01, 0.001])
        #expect(OptimizerKind.allCases.map { $0.make().name } == OptimizerKind.allCases.map(\.displayName))
        #expect(OptimizerKind.momentum.make().hyperparameters == ["momentum": 0.9])
        #expect(OptimizerKind.nesterov.make().hyperparameters == ["momentum": 0.9])
        #expect(OptimizerKind.rmsprop.make().hyperparameters == ["decay": 0.99])
        #expect(OptimizerKind.adam.make().hyperparameters == ["beta1": 0.9, "beta2": 0.999])
        #expect(OptimizerKind.sgd.make().hyperparameters.isEmpty)
        #expect(OptimizerKind.adagrad.make(learningRate: 1.5).learningRate == 1.5)
        #expect(OptimizerKind(rawValue: "rmsprop") == .rmsprop)
    }

    @Test func hyperparametersAreSetByName() {
        let momentum = Momentum()
        #expect(momentum.setHyperparameter("momentum", 0.5))
        #expect(!momentum.setHyperparameter("beta1", 0.5))
        #expect(momentum.momentum == 0.5)
        let adam = Adam()
        #expect(adam.setHyperparameter("beta2", 0.99))
        #expect(adam.hyperparameters == ["beta1": 0.9, "beta2": 0.99])
        #expect(!SGD().setHyperparameter("momentum", 0.9))
        #expect(RMSprop().setHyperparameter("decay", 0.9))
    }

    @Test func hyperparameterChangeTakesEffectOnTheNextStep() {
        // Momentum lr 0.1 on w = [1], g = [1]: v = −0.1, w = 0.9. Then momentum 0.5:
        // v = 0.5·(−0.1) − 0.1 = −0.15, w = 0.75 (with 0.9 it would be −0.19, w = 0.71).
        let momentum = Momentum(learningRate: 0.1)
        let w = Parameter(name: "w", value: Tensor([1]))
        w.grad = Tensor([1])
        momentum.update([w])
        momentum.setHyperparameter("momentum", 0.5)
        momentum.update([w])
        #expect(abs(w.value.scalars[0] - 0.75) < 1e-15)
    }

    @Test func learningRateChangeTakesEffectOnTheNextStep() {
        // SGD on w = [1], g = [2]: lr 0.1 → 0.8; lr 0.5 → 0.8 − 1 = −0.2.
        let sgd = SGD(learningRate: 0.1)
        let w = Parameter(name: "w", value: Tensor([1]))
        w.grad = Tensor([2])
        sgd.update([w])
        #expect(w.value.scalars == [0.8])
        sgd.learningRate = 0.5
        sgd.update([w])
        #expect(abs(w.value.scalars[0] + 0.2) < 1e-15)

        // For optimizers whose state does not involve lr, doubling lr before step 2
        // doubles step 2 exactly.
        for kind in [OptimizerKind.sgd, .adagrad, .rmsprop, .adam] {
            let same = kind.make(learningRate: 0.1), changed = kind.make(learningRate: 0.1)
            let a = SurfacePoint(SIMD2(-7, 2)), b = SurfacePoint(SIMD2(-7, 2))
            a.step(same, on: .elongatedBowl)
            b.step(changed, on: .elongatedBowl)
            let afterOne = a.position
            changed.learningRate = 0.2
            a.step(same, on: .elongatedBowl)
            b.step(changed, on: .elongatedBowl)
            let stepSame = a.position - afterOne, stepChanged = b.position - afterOne
            #expect(abs(stepChanged.x - 2 * stepSame.x) < 1e-15, "\(kind)")
            #expect(abs(stepChanged.y - 2 * stepSame.y) < 1e-15, "\(kind)")
        }
    }

    @Test func resetForgetsEverything() {
        // Run 7 steps, reset, move the same point back to the start: the next 30 steps
        // retrace a fresh optimizer's path exactly.
        for kind in OptimizerKind.allCases {
            let fresh = Surface.elongatedBowl.trajectory(of: kind.makeForSurfaceRace(), steps: 30)
            let optimizer = kind.makeForSurfaceRace()
            let point = SurfacePoint(Surface.elongatedBowl.start)
            for _ in 0..<7 { point.step(optimizer, on: .elongatedBowl) }
            #expect(point.position != fresh[0], "\(kind) did not move")
            optimizer.reset()
            point.position = Surface.elongatedBowl.start
            var path = [point.position]
            for _ in 0..<30 { path.append(point.step(optimizer, on: .elongatedBowl)) }
            #expect(path == fresh, "\(kind)")
        }
    }

    @Test func withoutResetStateCarriesOver() {
        // The negative of the test above: without reset, Momentum's velocity remains.
        let optimizer = Momentum(learningRate: 0.1)
        let point = SurfacePoint(Surface.elongatedBowl.start)
        for _ in 0..<7 { point.step(optimizer, on: .elongatedBowl) }
        point.position = Surface.elongatedBowl.start
        point.step(optimizer, on: .elongatedBowl)
        let fresh = Surface.elongatedBowl.trajectory(of: Momentum(learningRate: 0.1), steps: 1)
        #expect(point.position != fresh[1])
    }

    @Test func divergingRunsGiveNonFiniteValuesWithoutCrashing() {
        // SGD lr 10 on x²/20 + y²: y ← (1 − 20)·y = −19·y overflows after ~240 steps,
        // then inf − inf gives NaN.
        let path = Surface.elongatedBowl.trajectory(of: SGD(learningRate: 10), steps: 400)
        #expect(path.count == 401)
        #expect(path[10].y == 2 * pow(-19, 10))
        #expect(!path[400].y.isFinite)
        // Every optimizer with a huge rate on Rosenbrock: must not trap.
        for kind in OptimizerKind.allCases {
            let run = Surface.rosenbrock.trajectory(of: kind.make(learningRate: 1e3), steps: 200)
            #expect(run.count == 201)
            if kind == .sgd || kind == .momentum || kind == .nesterov {
                #expect(!run[200].x.isFinite || !run[200].y.isFinite, "\(kind)")
            }
        }
    }

    @Test func updatesWriteTheParameterStorageInPlace() {
        // The value's buffer is the same before and after each update: no copy per step.
        for kind in OptimizerKind.allCases {
            let optimizer = kind.make(learningRate: 0.1)
            let w = Parameter(name: "W", value: Tensor(shape: [3, 4], repeating: 1))
            w.grad = Tensor(shape: [3, 4], repeating: 0.5)
            let before = w.value.scalars.withUnsafeBufferPointer { $0.baseAddress }
            for _ in 0..<3 { optimizer.update([w]) }
            let after = w.value.scalars.withUnsafeBufferPointer { $0.baseAddress }
            #expect(before == after, "\(kind)")
            #expect(w.value.scalars.allSatisfy { $0 < 1 }, "\(kind)")
        }
    }

    @Test func stateOfDiscardedParametersIsDropped() {
        var store = OptimizerStateStore(bufferCount: 2)
        let kept = Parameter(name: "kept", value: Tensor([1, 2, 3]))
        let keptState = store.state(for: kept)
        keptState.first[0] = 5
        for _ in 0..<100 {
            let temporary = Parameter(name: "tmp", value: Tensor([0, 0]))
            _ = store.state(for: temporary)
        }
        #expect(store.count <= 2)
        #expect(store.state(for: kept) === keptState)
        #expect(keptState.first == [5, 0, 0] && keptState.second == [0, 0, 0])
        // A parameter whose size changed gets fresh state.
        kept.value = Tensor([1, 2])
        kept.grad = Tensor([0, 0])
        #expect(store.state(for: kept).first == [0, 0])
    }
}
