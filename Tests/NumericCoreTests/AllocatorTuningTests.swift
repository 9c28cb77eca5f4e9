import NumericCore
import Testing

/// `AllocatorTuning` must really reach glibc: its C shim once tested `__GLIBC__` before any
/// libc header had defined it, and silently did nothing.
@Suite struct AllocatorTuningTests {
    @Test func glibcTakesTheSetting() {
        #if os(Linux) && canImport(Glibc)
        #expect(AllocatorTuning.keepFreedBlocks())
        #endif
    }
}
