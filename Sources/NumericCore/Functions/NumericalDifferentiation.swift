/// The central-difference derivative (f(x + h) − f(x − h)) / 2h of a function of one
/// variable (the book's `numerical_diff`, h = 1e-4).
public func numericalDerivative(_ f: (Double) -> Double, at x: Double, h: Double = 1e-4) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}

/// The central-difference gradient of a scalar function of a tensor (the book's
/// `numerical_gradient`): each element in turn is set to x + h and x − h, `f` is
/// evaluated on the whole tensor, and the element is restored.
public func numericalGradient(_ f: (Tensor) -> Double, at x: Tensor, h: Double = 1e-4) -> Tensor {
    var point = x
    var grad = [Double](repeating: 0, count: x.count)
    for i in 0..<x.count {
        let saved = point.scalars[i]
        point.scalars[i] = saved + h
        let plus = f(point)
        point.scalars[i] = saved - h
        let minus = f(point)
        grad[i] = (plus - minus) / (2 * h)
        point.scalars[i] = saved
    }
    return Tensor(shape: x.shape, scalars: grad)
}

/// The central-difference gradient of `loss` with respect to a parameter's value: each
/// element of `parameter.value` is perturbed in place by ±h, `loss` is evaluated (it
/// reads the parameter), and the element is restored. Used by gradient checks of layers
/// and networks.
public func numericalGradient(of parameter: Parameter, h: Double = 1e-4, loss: () -> Double) -> Tensor {
    var grad = [Double](repeating: 0, count: parameter.value.count)
    for i in 0..<grad.count {
        let saved = parameter.value.scalars[i]
        parameter.value.scalars[i] = saved + h
        let plus = loss()
        parameter.value.scalars[i] = saved - h
        let minus = loss()
        grad[i] = (plus - minus) / (2 * h)
        parameter.value.scalars[i] = saved
    }
    return Tensor(shape: parameter.value.shape, scalars: grad)
}
