/// A point on a 2-D surface that any `Optimizer` can move: a `Parameter` holding [x, y].
///
///     let point = SurfacePoint(surface.start)
///     point.gradient = surface.gradient(at: point.position)
///     optimizer.update([point.parameter])
public final class SurfacePoint {
    /// The underlying parameter: value [x, y], grad [∂f/∂x, ∂f/∂y].
    public let parameter: Parameter

    /// A point at `position`, with a zero gradient.
    public init(_ position: SIMD2<Double>, name: String = "point") {
        parameter = Parameter(name: name, value: Tensor([position.x, position.y]))
    }

    /// The current position (x, y).
    public var position: SIMD2<Double> {
        get { SIMD2(parameter.value.scalars[0], parameter.value.scalars[1]) }
        set {
            parameter.value.scalars[0] = newValue.x
            parameter.value.scalars[1] = newValue.y
        }
    }

    /// The gradient the next update will use.
    public var gradient: SIMD2<Double> {
        get { SIMD2(parameter.grad.scalars[0], parameter.grad.scalars[1]) }
        set {
            parameter.grad.scalars[0] = newValue.x
            parameter.grad.scalars[1] = newValue.y
        }
    }

    /// One step of `optimizer` downhill on `surface`: sets the gradient at the current
    /// position, then updates. Returns the new position.
    @discardableResult
    public func step(_ optimizer: any Optimizer, on surface: Surface) -> SIMD2<Double> {
        gradient = surface.gradient(at: position)
        optimizer.update([parameter])
        return position
    }
}

extension Surface {
    /// Runs `optimizer` for `steps` updates from `start` (the surface's own start when nil)
    /// and returns the `steps + 1` positions visited, the start first.
    ///
    /// The path uses a fresh point, so the optimizer's state for it starts at zero; the
    /// optimizer's state for other parameters is left alone. Once a coordinate becomes
    /// infinite or NaN (a diverging run) the rest of the path stays non-finite.
    public func trajectory(of optimizer: any Optimizer, from start: SIMD2<Double>? = nil,
                           steps: Int) -> [SIMD2<Double>] {
        let point = SurfacePoint(start ?? self.start)
        var path = [point.position]
        path.reserveCapacity(steps + 1)
        for _ in 0..<steps {
            path.append(point.step(optimizer, on: self))
        }
        return path
    }
}
