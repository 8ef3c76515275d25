import Foundation
import Testing
@testable import PlanCore

/// A table's rows are read in chunks on a second thread while they are applied in order on the
/// first, which reads a chunk itself when the second has not begun it, or while the second is
/// still reading the one it needs. Whoever reads a chunk, each row's result is the one reading it
/// alone gives, taken once.
@Suite("Rows read ahead while applied")
struct ReadAheadPipelineTests {
    /// Which threads read which items, filled from both threads.
    final class Readers: @unchecked Sendable {
        private let lock = NSLock()
        private var threads: [Int: pthread_t] = [:]
        func note(_ item: Int) {
            lock.lock()
            threads[item] = pthread_self()
            lock.unlock()
        }
        func items(readBy thread: pthread_t) -> [Int] {
            lock.lock()
            defer { lock.unlock() }
            return threads.filter { pthread_equal($0.value, thread) != 0 }.keys.sorted()
        }
        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return threads.count
        }
    }

    static func square(_ k: borrowing Int) -> String { "item \(k): \(k * k)" }

    @Test(arguments: [1, 7, 256, 5_000])
    func everyItemTakenInOrderIsWhatReadingItAloneGives(chunkSize: Int) {
        let items = Array(0..<2_000)
        let pipeline = ReadAheadPipeline(items, chunkSize: chunkSize) { Self.square($0) }
        pipeline.start()
        let taken = items.indices.map { pipeline.take($0) }
        #expect(taken == items.map { Optional(Self.square($0)) })
    }

    /// Without the second thread, or with it stopped before it starts, the first reads every chunk.
    @Test(arguments: [false, true])
    func theFirstThreadReadsEveryChunkItself(stoppedBeforeStarting: Bool) {
        let readers = Readers()
        let items = Array(0..<1_000)
        let pipeline = ReadAheadPipeline(items, chunkSize: 64) { k in readers.note(k); return Self.square(k) }
        if stoppedBeforeStarting {
            pipeline.stop()
            pipeline.start()
        }
        let taken = items.indices.map { pipeline.take($0) }
        #expect(taken == items.map { Optional(Self.square($0)) })
        #expect(readers.items(readBy: pthread_self()) == items)
    }

    @Test func eachResultIsTakenOnceAndPassedChunksAreNotRead() {
        let readers = Readers()
        let items = Array(0..<100)
        let pipeline = ReadAheadPipeline(items, chunkSize: 10) { k in readers.note(k); return Self.square(k) }
        #expect(pipeline.take(3) == Self.square(3))
        #expect(pipeline.take(3) == nil)
        // A row refused before it is applied leaves its result untaken; the next is still there.
        #expect(pipeline.take(5) == Self.square(5))
        // Chunks 1 to 4 are passed over, never read; going back to one is refused.
        #expect(pipeline.take(57) == Self.square(57))
        #expect(pipeline.take(12) == nil)
        #expect(pipeline.take(-1) == nil)
        #expect(pipeline.take(100) == nil)
        #expect(readers.items(readBy: pthread_self()) == Array(0..<10) + Array(50..<60))
    }

    @Test func stoppedWhileReadingTheRestIsReadByTheFirstThread() {
        let items = Array(0..<3_000)
        let pipeline = ReadAheadPipeline(items, chunkSize: 50) { Self.square($0) }
        pipeline.start()
        var taken = items.prefix(700).indices.map { pipeline.take($0) }
        pipeline.stop()
        taken += items.indices.dropFirst(700).map { pipeline.take($0) }
        #expect(taken == items.map { Optional(Self.square($0)) })
    }

    @Test func whileTheSecondThreadReadsTheNeededChunkTheFirstReadsTheNextRatherThanWait() {
        let readers = Readers()
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let caller = pthread_self()
        let items = Array(0..<40)
        let pipeline = ReadAheadPipeline(items, chunkSize: 10) { k in
            readers.note(k)
            if k == 0 {
                // The second thread has begun chunk 0: it finishes only once the first has read chunk 1.
                started.signal()
                release.wait()
            }
            if k == 19 { release.signal() }
            return Self.square(k)
        }
        pipeline.start()
        started.wait()
        let taken = items.indices.map { pipeline.take($0) }
        #expect(taken == items.map { Optional(Self.square($0)) })
        let mine = readers.items(readBy: caller)
        #expect(!mine.contains(0))
        #expect(Array(10..<20).allSatisfy(mine.contains))
        #expect(readers.count == 40)
    }
}
