/// What an optimizer remembers about one parameter between steps: up to two buffers the
/// size of the parameter (Momentum's velocity, AdaGrad's squared-gradient sum, Adam's
/// moments) and how many updates the parameter has had (Adam's t).
///
/// A class so an update can hold it and write both buffers in place; the two buffers are
/// separate stored properties so both can be open for writing at once.
final class OptimizerState {
    /// The parameter this state belongs to; weak so a discarded network or point frees it.
    weak var owner: Parameter?
    /// The first buffer (velocity, h, or m).
    var first: [Double]
    /// The second buffer (Adam's v); empty for optimizers that need one buffer.
    var second: [Double]
    /// Updates applied to the owner since the state was created (counted by Adam, its t).
    var step = 0

    init(owner: Parameter, count: Int, bufferCount: Int) {
        self.owner = owner
        self.first = [Double](repeating: 0, count: bufferCount >= 1 ? count : 0)
        self.second = [Double](repeating: 0, count: bufferCount >= 2 ? count : 0)
    }
}

/// The per-parameter states of one optimizer, keyed by parameter identity.
///
/// A state is created (zeroed) the first time a parameter is seen, and again if the
/// parameter's size changed or the object at that address is a different parameter.
/// Entries of parameters that no longer exist are dropped whenever a new one is created,
/// so racing many fresh points with one optimizer does not grow memory.
struct OptimizerStateStore {
    private var states: [ObjectIdentifier: OptimizerState] = [:]
    /// How many buffers each state holds (1 or 2).
    let bufferCount: Int

    init(bufferCount: Int) {
        self.bufferCount = bufferCount
    }

    /// The state of `parameter`, created zeroed on first use.
    mutating func state(for parameter: Parameter) -> OptimizerState {
        let key = ObjectIdentifier(parameter)
        if let state = states[key], state.owner === parameter,
           state.first.count == parameter.value.count {
            return state
        }
        states = states.filter { $0.value.owner != nil }
        let state = OptimizerState(owner: parameter, count: parameter.value.count,
                                   bufferCount: bufferCount)
        states[key] = state
        return state
    }

    /// Forgets every state.
    mutating func removeAll() {
        states.removeAll()
    }

    /// The number of parameters with state (for tests).
    var count: Int { states.count }
}

extension Parameter {
    /// Runs `body` with the value's storage open for writing and the gradient's for reading:
    /// the one place optimizers touch parameter storage, in place and without copies.
    func withValueAndGradient(
        _ body: (UnsafeMutableBufferPointer<Double>, UnsafeBufferPointer<Double>) -> Void
    ) {
        precondition(grad.count == value.count,
                     "\(name): gradient has \(grad.count) elements, value has \(value.count)")
        grad.scalars.withUnsafeBufferPointer { gradient in
            value.scalars.withUnsafeMutableBufferPointer { value in
                body(value, gradient)
            }
        }
    }
}
