import Dispatch
import Foundation
import Synchronization

// A small pool of persistent worker threads for splitting a kernel into chunks, built for
// the GEMM's medium products (~100 µs) where GCD's `concurrentPerform` loses much of the
// gain to waking parked threads through a futex.
//
// - One worker per extra core; the calling thread works too. Chunks are claimed one at a
//   time through an atomic ticket, so whoever is free takes the next one.
// - After its last chunk a worker spins for `spinDuration` watching for the next job, then
//   sleeps on a semaphore: an idle process uses no CPU, while a training loop that calls
//   products back to back finds the worker awake.
// - Only one job runs on the pool at a time. A `run` that finds the pool busy (another
//   thread's product, or a product called from inside a chunk) runs its chunks itself, in
//   order, so it never waits for the pool and cannot deadlock.
//
// This is the one file of NumericCore that hands non-Sendable work to other threads (the
// job is passed as an address). Its contract: `runChunk` may be called concurrently for
// distinct chunk indices, so each chunk must write memory no other chunk touches.

/// Work split into numbered chunks that may run concurrently on different threads.
protocol ParallelChunks {
    /// Does chunk `index`. Called exactly once per index in 0 ..< chunk count, possibly
    /// concurrently with other indices on other threads.
    func runChunk(_ index: Int)
}

/// Persistent worker threads that run `ParallelChunks` jobs together with the caller.
final class WorkerPool: Sendable {
    /// The pool the kernels use: one worker per online core beyond the first (at most 7).
    static let shared = WorkerPool(workerCount: min(7, max(0, ProcessInfo.processInfo.activeProcessorCount - 1)))

    /// How long a worker keeps watching for the next job after its last chunk before it
    /// goes to sleep.
    static let spinDuration: Duration = .microseconds(50)

    /// Number of worker threads (the caller is an extra participant).
    let workerCount: Int

    // The ticket packs the job's generation (upper 32 bits), its chunk count (bits 16-31)
    // and the next unclaimed chunk (bits 0-15). A worker claims chunk i of generation g by
    // advancing the ticket with a compare-exchange, so a late worker can never claim a
    // chunk of a newer job by mistake.
    private let ticket = Atomic<Int>(0)
    /// Chunks of the current job that have finished.
    private let finished = Atomic<Int>(0)
    /// Address of the current job (an `any ParallelChunks` on the caller's stack). Written
    /// before the ticket announces the job, read only by a thread holding a claimed chunk
    /// (the caller waits for every chunk, so the address is valid while any is claimed).
    private let job = Atomic<Int>(0)
    /// Whether a `run` owns the pool.
    private let busy = Atomic<Bool>(false)
    /// Bit w set: worker w is (about to be) asleep on `wakeUp[w]`.
    private let sleepers = Atomic<Int>(0)
    private let wakeUp: [DispatchSemaphore]

    /// A pool with `workerCount` threads (0: every job runs on the caller's thread). The
    /// threads keep the pool alive for the rest of the process, asleep when there is no work.
    init(workerCount: Int) {
        precondition(workerCount >= 0 && workerCount < Int.bitWidth, "WorkerPool: \(workerCount) workers")
        self.workerCount = workerCount
        wakeUp = (0..<workerCount).map { _ in DispatchSemaphore(value: 0) }
        for index in 0..<workerCount {
            let thread = Thread { [self] in workerLoop(index) }
            thread.name = "NumericCore-w\(index + 1)"  // ≤ 15 bytes: Linux thread name limit
            thread.start()
        }
    }

    /// Runs chunks 0 ..< `chunks` of `job`, spread over the workers and the calling thread;
    /// returns when every chunk is done. When the pool is busy (a concurrent or nested
    /// call) or has no workers, the caller runs the chunks itself in order.
    func run(_ job: some ParallelChunks, chunks: Int) {
        precondition(chunks >= 0 && chunks < 1 << 16, "WorkerPool: \(chunks) chunks")
        guard chunks > 1, workerCount > 0,
              busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            for index in 0..<chunks { job.runChunk(index) }
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        var erased: any ParallelChunks = job
        withUnsafePointer(to: &erased) { address in
            self.job.store(Int(bitPattern: address), ordering: .relaxed)
            finished.store(0, ordering: .relaxed)
            let generation = ((ticket.load(ordering: .relaxed) >> 32) &+ 1) & 0x7FFF_FFFF
            ticket.store(generation << 32 | chunks << 16, ordering: .sequentiallyConsistent)
            wakeSleepers()
            while let index = claim(generation: generation) {
                job.runChunk(index)
                finished.add(1, ordering: .releasing)
            }
            waitUntilFinished(chunks)
            self.job.store(0, ordering: .relaxed)
        }
    }

    /// Whether a job is running on the pool now (a product started inside a chunk then
    /// stays on its thread rather than splitting into chunks that would run in order).
    var isBusy: Bool { busy.load(ordering: .relaxed) }

    /// The number of workers asleep now (for tests of the idle behaviour).
    var sleepingWorkerCount: Int { sleepers.load(ordering: .sequentiallyConsistent).nonzeroBitCount }

    /// Claims the next chunk of job `generation`, or nil when it has none left (or a newer
    /// job has started).
    private func claim(generation: Int) -> Int? {
        var current = ticket.load(ordering: .acquiring)
        while true {
            let next = current & 0xFFFF, chunks = (current >> 16) & 0xFFFF
            guard current >> 32 == generation, next < chunks else { return nil }
            let (exchanged, original) = ticket.compareExchange(expected: current, desired: current &+ 1,
                                                               ordering: .acquiring)
            if exchanged { return next }
            current = original
        }
    }

    /// Wakes every sleeping worker (after a new ticket was published).
    private func wakeSleepers() {
        guard sleepers.load(ordering: .sequentiallyConsistent) != 0 else { return }
        var asleep = sleepers.exchange(0, ordering: .sequentiallyConsistent)
        while asleep != 0 {
            let worker = asleep.trailingZeroBitCount
            wakeUp[worker].signal()
            asleep &= asleep &- 1
        }
    }

    /// Waits for chunks claimed by workers to finish: spins, yielding the core now and then
    /// (a chunk in progress finishes soon; the wait is never longer than one chunk).
    private func waitUntilFinished(_ chunks: Int) {
        var spins = 0
        while finished.load(ordering: .acquiring) != chunks {
            spins &+= 1
            if spins & 255 == 0 { sched_yield() }
        }
    }

    /// A worker's life: run chunks of each new job, spin a little, sleep, repeat.
    private func workerLoop(_ index: Int) {
        let bit = 1 << index
        let clock = ContinuousClock()
        var seen = 0  // the generation before the first job, whenever this thread starts
        while true {
            // Watch for a new job for a while, then sleep until woken.
            var generation = ticket.load(ordering: .acquiring) >> 32
            if generation == seen {
                let deadline = clock.now.advanced(by: Self.spinDuration)
                var spins = 0
                while generation == seen {
                    spins &+= 1
                    if spins & 63 == 0 && clock.now >= deadline { break }
                    generation = ticket.load(ordering: .acquiring) >> 32
                }
            }
            if generation == seen {
                sleepers.bitwiseOr(bit, ordering: .sequentiallyConsistent)
                if ticket.load(ordering: .sequentiallyConsistent) >> 32 != seen {
                    // A job arrived meanwhile: take the sleeper bit back, unless the
                    // caller already took it, in which case its signal is on the way.
                    let before = sleepers.bitwiseAnd(~bit, ordering: .sequentiallyConsistent).oldValue
                    if before & bit == 0 { wakeUp[index].wait() }
                } else {
                    wakeUp[index].wait()
                }
                generation = ticket.load(ordering: .acquiring) >> 32
            }
            seen = generation
            while let chunk = claim(generation: generation) {
                let address = UnsafeRawPointer(bitPattern: job.load(ordering: .relaxed))!
                address.assumingMemoryBound(to: (any ParallelChunks).self).pointee.runChunk(chunk)
                finished.add(1, ordering: .releasing)
            }
        }
    }
}
