import Dispatch
import Foundation
import Synchronization
import Testing
@testable import NumericCore

/// How often each chunk ran, and the order chunks started in.
private final class ChunkLog: Sendable {
    private let state: Mutex<(counts: [Int], order: [Int])>
    init(chunks: Int) { state = Mutex((Array(repeating: 0, count: chunks), [])) }
    func record(_ index: Int) {
        state.withLock { $0.counts[index] += 1; $0.order.append(index) }
    }
    var counts: [Int] { state.withLock { $0.counts } }
    var order: [Int] { state.withLock { $0.order } }
}

/// A shared counter.
private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}

/// A job whose chunks run a closure.
private struct ClosureChunks: ParallelChunks {
    let body: (Int) -> Void
    func runChunk(_ index: Int) { body(index) }
}

/// Polls `condition` every millisecond for up to `seconds`; whether it became true.
private func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(1000)
    }
    return condition()
}

@Suite("WorkerPool")
struct WorkerPoolTests {
    @Test func everyChunkRunsExactlyOnceJobAfterJob() {
        let pool = WorkerPool(workerCount: 3)
        for job in 0..<300 {
            let chunks = job % 20
            let log = ChunkLog(chunks: chunks)
            pool.run(ClosureChunks { log.record($0) }, chunks: chunks)
            #expect(log.counts == Array(repeating: 1, count: chunks), "job \(job)")
        }
    }

    @Test func withoutWorkersChunksRunInOrderOnTheCaller() {
        let pool = WorkerPool(workerCount: 0)
        let log = ChunkLog(chunks: 6)
        pool.run(ClosureChunks { log.record($0) }, chunks: 6)
        #expect(log.order == [0, 1, 2, 3, 4, 5])
    }

    /// Chunk 0 and chunk 1 each wait until the other has started: the job completes only
    /// if a worker runs one of them while the caller runs the other — right after the
    /// previous job (worker spinning) and after the worker has gone to sleep (woken).
    @Test func aWorkerRunsChunksBesideTheCaller() {
        let pool = WorkerPool(workerCount: 1)
        for round in 0..<2 {
            if round == 1 { #expect(eventually { pool.sleepingWorkerCount == 1 }) }
            let started = Counter()
            let metPartner = Mutex<[Bool]>([false, false])
            pool.run(ClosureChunks { index in
                started.value.add(1, ordering: .sequentiallyConsistent)
                let met = eventually { started.value.load(ordering: .sequentiallyConsistent) == 2 }
                metPartner.withLock { $0[index] = met }
            }, chunks: 2)
            #expect(metPartner.withLock { $0 } == [true, true], "round \(round)")
        }
    }

    @Test func idleWorkersGoToSleep() {
        let pool = WorkerPool(workerCount: 2)
        #expect(eventually { pool.sleepingWorkerCount == 2 })
        let log = ChunkLog(chunks: 8)
        pool.run(ClosureChunks { index in log.record(index); usleep(2000) }, chunks: 8)
        #expect(log.counts == Array(repeating: 1, count: 8))
        // The spin after work lasts microseconds; then both workers block on their semaphore.
        #expect(eventually { pool.sleepingWorkerCount == 2 })
    }

    @Test func aRunInsideAChunkRunsSeriallyInsteadOfDeadlocking() {
        let pool = WorkerPool(workerCount: 2)
        let outer = ChunkLog(chunks: 4)
        let inner = (0..<4).map { _ in ChunkLog(chunks: 5) }
        pool.run(ClosureChunks { index in
            outer.record(index)
            pool.run(ClosureChunks { inner[index].record($0) }, chunks: 5)
        }, chunks: 4)
        #expect(outer.counts == [1, 1, 1, 1])
        for log in inner {
            #expect(log.order == [0, 1, 2, 3, 4])  // the busy pool ran them in order, inline
        }
    }

    @Test func runsFromSeveralThreadsAtOnceAllComplete() {
        let pool = WorkerPool(workerCount: 2)
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for job in 0..<100 {
                let chunks = 1 + (job + thread) % 9
                let log = ChunkLog(chunks: chunks)
                pool.run(ClosureChunks { log.record($0) }, chunks: chunks)
                if log.counts != Array(repeating: 1, count: chunks) { failures.value.add(1, ordering: .relaxed) }
            }
        }
        #expect(failures.value.load(ordering: .relaxed) == 0)
    }
}
