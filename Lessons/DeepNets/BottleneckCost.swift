/// The cost of one convolution written out (Ng's "network in network" example): a size×size
/// convolution from `channels` to `outputs` channels on an H×W map with "same" padding,
/// directly or through a 1×1 bottleneck of `bottleneck` channels first.
struct BottleneckCost: Equatable {
    var size = 28
    var channels = 192
    var bottleneck = 16
    var outputs = 32
    var filter = 5

    /// Multiply-adds of the direct size×size convolution: H·W·FN·F·F·C.
    var directMultiplyAdds: Int { size * size * outputs * filter * filter * channels }
    /// Its parameters (F·F·C + 1)·FN.
    var directParameters: Int { (filter * filter * channels + 1) * outputs }
    /// The 1×1 convolution C → bottleneck: H·W·B·C multiply-adds, (C + 1)·B parameters.
    var squeezeMultiplyAdds: Int { size * size * bottleneck * channels }
    var squeezeParameters: Int { (channels + 1) * bottleneck }
    /// The F×F convolution bottleneck → outputs: H·W·FN·F·F·B, (F·F·B + 1)·FN.
    var expandMultiplyAdds: Int { size * size * outputs * filter * filter * bottleneck }
    var expandParameters: Int { (filter * filter * bottleneck + 1) * outputs }
    var bottleneckMultiplyAdds: Int { squeezeMultiplyAdds + expandMultiplyAdds }
    var bottleneckParameters: Int { squeezeParameters + expandParameters }
    /// How many times fewer multiply-adds the bottleneck needs.
    var saving: Double { Double(directMultiplyAdds) / Double(max(1, bottleneckMultiplyAdds)) }
}
