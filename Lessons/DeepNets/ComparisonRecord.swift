/// One net's run on the DeepConvNet page, kept for the comparison row "DeepConvNet vs
/// SimpleConvNet": its parameters, its iterations/s and its test accuracy at each measurement.
struct ComparisonRecord {
    var netIndex: Int
    var parameters: Int
    var iterationsPerSecond: Double?
    /// (iteration, test accuracy) at each measurement.
    var accuracies: [(iteration: Int, test: Double)]

    /// The test accuracy measured at `iteration`, if this run measured it there.
    func accuracy(at iteration: Int) -> Double? {
        accuracies.last { $0.iteration == iteration }?.test
    }
}
