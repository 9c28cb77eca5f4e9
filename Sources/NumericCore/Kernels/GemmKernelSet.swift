// Which micro-kernels the matrix multiply runs, chosen once per process from what the CPU
// (and the OS) support. Every set computes each C element in the same order with the same
// fused operations, so the choice changes speed only, never a bit of a result.

import Foundation
#if canImport(Darwin)
import Darwin
#endif

/// The family of matrix-multiply micro-kernels in use: `portable` (SSE2 2×8, builds without
/// FMA), `avx2` (AVX2 + FMA 6×8) or `avx512` (AVX-512 12×16 tiles from the GemmAVX512
/// module, on CPUs that have it). `current` is detected once; the environment variable
/// `NNBOOK_GEMM_KERNEL=avx2` forces the AVX2 kernels on an AVX-512 machine (to compare or to
/// rule the wide kernels out when debugging).
public enum GemmKernelSet: String, Sendable, CaseIterable {
    case portable
    case avx2
    case avx512

    /// The kernels this process uses.
    public static let current: GemmKernelSet = detect(environment: ProcessInfo.processInfo.environment)

    /// The kernel sets this build and CPU can run, narrowest first.
    public static var supported: [GemmKernelSet] {
#if NUMERICCORE_FMA
        return CPUFeatures.hasAVX512 ? [.avx2, .avx512] : [.avx2]
#else
        return [.portable]
#endif
    }

    /// A short description for reports, e.g. "AVX-512 (12×16 tiles)".
    public var summary: String {
        switch self {
        case .portable: return "portable SSE2 (2×8 tiles)"
        case .avx2: return "AVX2 + FMA (6×8 tiles)"
        case .avx512: return "AVX-512 (12×16 tiles)"
        }
    }

    /// The widest supported set, unless `NNBOOK_GEMM_KERNEL` names a narrower supported one.
    static func detect(environment: [String: String]) -> GemmKernelSet {
        let supported = self.supported
        if let requested = environment["NNBOOK_GEMM_KERNEL"].flatMap(GemmKernelSet.init(rawValue:)),
           supported.contains(requested) {
            return requested
        }
        return supported.last!
    }
}

/// CPU features the kernels depend on, as the operating system reports them (so a feature
/// the OS does not save on context switches counts as absent).
enum CPUFeatures {
    /// The AVX-512 subset of `-target-cpu skylake-avx512` (F, CD, BW, DQ, VL), which the
    /// GemmAVX512 module is compiled for.
    static let hasAVX512: Bool = {
        let needed = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]
#if canImport(Darwin)
        return needed.allSatisfy { name in
            var value: Int32 = 0
            var size = MemoryLayout<Int32>.size
            return sysctlbyname("hw.optional.\(name)", &value, &size, nil, 0) == 0 && value != 0
        }
#else
        guard let flags = cpuinfoFlags() else { return false }
        return needed.allSatisfy { flags.contains(Substring($0)) }
#endif
    }()

    /// The feature flags of the first processor in `/proc/cpuinfo` (Linux), if readable.
    static func cpuinfoFlags() -> Set<Substring>? {
        guard let data = FileManager.default.contents(atPath: "/proc/cpuinfo"),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return parseCPUInfoFlags(text)
    }

    /// The words after "flags :" on the first such line of a `/proc/cpuinfo` text.
    static func parseCPUInfoFlags(_ text: String) -> Set<Substring>? {
        for line in text.split(separator: "\n") where line.hasPrefix("flags") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return Set(line[line.index(after: colon)...].split(separator: " "))
        }
        return nil
    }
}
