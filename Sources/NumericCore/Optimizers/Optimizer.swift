/// An update rule for parameters (the book's `common/optimizer.py`): given parameters whose
/// `grad` holds the current gradient, move each `value` in place.
///
/// State (velocities, squared-gradient sums, moments, step count) is kept per parameter
/// object, so one optimizer instance drives either a network's parameters or a single 2-D
/// point on a surface. `reset()` forgets all state.
public protocol Optimizer: AnyObject {
    /// The display name ("SGD", "Momentum", "Adam", ...).
    var name: String { get }
    /// The learning rate; may be changed between steps (the learner turns it live).
    var learningRate: Double { get set }
    /// Hyperparameters other than the learning rate, by name (e.g. "momentum", "beta1").
    var hyperparameters: [String: Double] { get }
    /// Sets a hyperparameter by name; returns false if the optimizer has none by that name.
    @discardableResult func setHyperparameter(_ name: String, _ value: Double) -> Bool
    /// Applies one update to every parameter from its `grad`.
    func update(_ parameters: [Parameter])
    /// Forgets all per-parameter state and the step count.
    func reset()
}

extension Optimizer {
    /// No hyperparameters besides the learning rate (SGD, AdaGrad).
    public var hyperparameters: [String: Double] { [:] }

    /// No hyperparameters besides the learning rate: returns false.
    @discardableResult public func setHyperparameter(_ name: String, _ value: Double) -> Bool {
        false
    }
}
