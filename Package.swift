// swift-tools-version: 6.0
//
// nnbook — an interactive terminal notebook that teaches deep-learning fundamentals.
// Module layout and dependency direction (arrows point at what is imported):
//
//   nnbook -> TerminalUI -> LessonKit -> Charts
//         \-> Lessons/*  -> LessonKit, Charts, NumericCore
//         \-> Bench      -> NumericCore, Charts, TerminalUI
import PackageDescription

let numerics = Target.Dependency.product(name: "RealModule", package: "swift-numerics")

/// Lesson modules, one per syllabus row: (target name, folder under Lessons/).
let lessons: [(target: String, folder: String)] = [
    ("ActivationsLesson", "Activations"),
    ("PerceptronLesson", "Perceptron"),
    ("LossesLesson", "Losses"),
    ("BackpropLesson", "Backprop"),
    ("MLPLesson", "MLP"),
    ("PlaygroundLesson", "Playground"),
    ("OptimizersLesson", "Optimizers"),
    ("SchedulesLesson", "Schedules"),
    ("CNNLesson", "CNN"),
    ("DetectionLesson", "Detection"),
    ("InitLesson", "Init"),
    ("BatchNormLesson", "BatchNorm"),
    ("RegularizationLesson", "Regularization"),
    ("DeepNetsLesson", "DeepNets"),
    ("HyperparamsLesson", "Hyperparams"),
    ("BiasVarianceLesson", "BiasVariance"),
    ("LogisticLesson", "Logistic"),
    ("RNNLesson", "RNN"),
    ("EmbeddingsLesson", "Embeddings"),
    ("LinAlgLesson", "LinAlg"),
]

/// The matrix-multiply micro-kernel uses AVX2 + FMA on x86_64 (haswell and later: every
/// x86_64 machine this project runs on); `-target-cpu haswell` is what lets the compiler
/// emit those instructions, ~4× faster than the SSE2 baseline. Other architectures (arm64:
/// Apple Silicon) run the portable Swift SIMD kernel, which gives the same bits. See
/// Sources/NumericCore/Kernels/GemmMicroKernel.swift.
///
/// NumericCore is also optimized (`-O`) in debug builds: `swift run nnbook` and `swift test`
/// build in debug mode, where the unoptimized core is 10–100× slower — too slow for live
/// training cells and for tests that train. The rest of the package stays debuggable.
///
/// `-Xcc -fno-math-errno`: on Linux, `Double.squareRoot()` goes through a C shim that
/// clang compiles as glibc's `sqrt` (which may set errno), so every square root became a
/// branch plus a possible library call and loops with one could not be vectorized (the
/// optimizers' updates ran 4× slower). Without errno it is the `sqrtsd`/`sqrtpd`
/// instruction; results are unchanged (IEEE square root either way).
///
/// GemmAVX512 holds the AVX-512 micro-kernels, compiled for `skylake-avx512` (the AVX-512
/// subset every AVX-512 CPU has). NumericCore calls them only when it finds AVX-512 at run
/// time (`GemmKernelSet`, through CPUID in CCPUFeatures), so the binary still runs on
/// AVX2-only machines and under valgrind, whose emulated CPU has no AVX-512.
#if arch(x86_64)
let numericCoreSettings: [SwiftSetting] = [
    .unsafeFlags(["-O", "-target-cpu", "haswell", "-Xcc", "-fno-math-errno"]),
]
let avx512Settings: [SwiftSetting] = [.unsafeFlags(["-O", "-target-cpu", "skylake-avx512"])]
#else
let numericCoreSettings: [SwiftSetting] = [.unsafeFlags(["-O", "-Xcc", "-fno-math-errno"])]
let avx512Settings: [SwiftSetting] = [.unsafeFlags(["-O"])]
#endif

/// The ncursesw system library. Linux: Debian/Ubuntu's headers from the default include
/// path, no pkg-config (see the comment at the target). macOS: Homebrew's keg-only ncurses
/// (Apple's own ncurses 5.7 has no `ncursesw/` headers), found through its `ncursesw.pc`
/// (SwiftPM looks in Homebrew's `opt/ncurses/lib/pkgconfig` for a `.brew` provider).
/// The macOS build is untested (no Mac in CI); see README "Requirements".
#if os(macOS)
let cursesLibrary = Target.systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.brew(["ncurses"])])
#else
let cursesLibrary = Target.systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])])
#endif

let package = Package(
    name: "nnbook",
    products: [
        .executable(name: "nnbook", targets: ["nnbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        // The numeric core: tensors, kernels, random, functions, autograd graph, layers,
        // optimizers, datasets, training. Knows nothing of terminals.
        .target(name: "NumericCore", dependencies: [numerics, "GemmAVX512", "CCPUFeatures", "CMallocTuning"],
                swiftSettings: numericCoreSettings),
        // AVX-512 matrix-multiply micro-kernels (empty on other architectures).
        .target(name: "GemmAVX512", swiftSettings: avx512Settings),
        // CPUID-based feature detection (a few lines of C: Swift cannot issue CPUID).
        // DWARF 4: valgrind's debug-info reader cannot read clang's default DWARF 5 here.
        .target(name: "CCPUFeatures", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // glibc's mallopt (not in Swift's Glibc module), for `AllocatorTuning`.
        .target(name: "CMallocTuning", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // Pure rendering: data -> canvas -> decorated chart -> grid of styled glyphs.
        // Optimized in debug builds too, like NumericCore: `swift run nnbook` is a debug
        // build, and unoptimized a 200×60 frame took 12–16 ms instead of ~1.8, which frames
        // spaced to keep drawing under a seventh of the time (FrameLoop) paid in training speed.
        .target(name: "Charts", swiftSettings: [.unsafeFlags(["-O"])]),
        // What a lesson is: Lesson, pages, live cells, knobs, Markdown text, registry, progress.
        .target(name: "LessonKit", dependencies: ["Charts"]),
        // The ncursesw binding (system library + shim header). No `pkgConfig:`: pkg-config's
        // cflags for ncursesw (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are flags SwiftPM
        // refuses, so every build printed "warning: prohibited flag(s)" twice. Nothing from
        // pkg-config is needed: the shim includes <ncursesw/curses.h> from the default include
        // path and sets the wide-character defines itself, and the module map links
        // ncursesw (Debian's libncursesw.so is a linker script that adds -ltinfo). The
        // headers come from the apt package below (SwiftPM shows `providers` only when a
        // pkg-config lookup fails, so the hint is kept here and in README for people).
        cursesLibrary,
        // The terminal: screens (real and virtual), keys, frame loop, widgets, notebook app.
        .target(name: "TerminalUI", dependencies: ["LessonKit", "Charts", "CNCursesW"]),
        // Benchmarks of the numeric core against a numpy reference, and of drawing a frame
        // (`nnbook bench`).
        .target(name: "Bench", dependencies: ["NumericCore", "Charts", "TerminalUI"]),
        // The command-line executable: interactive notebook, headless list/run/render, bench.
        .executableTarget(
            name: "nnbook",
            dependencies: [
                "NumericCore", "Charts", "LessonKit", "TerminalUI", "Bench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + lessons.map { .target(name: $0.target) }
        ),
        .testTarget(name: "NumericCoreTests", dependencies: ["NumericCore"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "LessonKit", "Charts"]),
        .testTarget(
            name: "LessonsTests",
            dependencies: ["LessonKit", "Charts", "NumericCore"] + lessons.map { .target(name: $0.target) }
        ),
        // End-to-end tests: run the built `nnbook` binary (headless and under tmux).
        .testTarget(name: "nnbookTests", dependencies: ["nnbook"]),
    ] + lessons.map {
        .target(
            name: $0.target,
            dependencies: ["LessonKit", "Charts", "NumericCore"],
            path: "Lessons/\($0.folder)"
        )
    }
)
