import Foundation

/// What a table's rows say, read in chunks on a second thread while the rows are applied in order
/// on the first.
///
/// The thread applying the rows takes each row's result once, in increasing order of position.
/// When it reaches a chunk the second thread has not begun, it reads that chunk itself, so neither
/// thread waits on the other for long and the two share the reading whichever is faster: an
/// import costs about half its reading and applying together, not half its reading and then all
/// of its applying.
final class ReadAheadPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    /// Rows per chunk: enough that taking a chunk's lock is rare, few enough that the first chunk
    /// (read by the applying thread before it applies anything) is short.
    let chunkSize: Int
    private let items: [Item]
    private let read: @Sendable (borrowing Item) -> Output
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var nextChunk = 0
    private var finished: [[Output?]?]
    private var stopped = false
    // Touched only by the applying thread:
    private var current: [Output?] = []
    private var currentChunk = -1

    /// A pipeline over `items`, reading each with `read`; nothing is read until ``start()``.
    init(_ items: [Item], chunkSize: Int = 256, read: @escaping @Sendable (borrowing Item) -> Output) {
        self.items = items
        self.chunkSize = max(1, chunkSize)
        self.read = read
        finished = Array(repeating: nil, count: (items.count + self.chunkSize - 1) / self.chunkSize)
    }

    /// Begins reading on a second thread, from the first chunk.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async { self.work() }
    }

    /// Stops the second thread after the chunk it is reading; what it has not read is read by
    /// ``take(_:)`` when asked for.
    func stop() {
        condition.lock()
        stopped = true
        condition.unlock()
    }

    /// The result for the item at `position`, or nil when it was taken already or its chunk was
    /// passed (positions are taken in increasing order). Only the thread applying the rows calls
    /// this: the pipeline is shared with the second thread through its lock, but this is not.
    func take(_ position: Int) -> Output? {
        guard position >= 0, position < items.count else { return nil }
        let chunk = position / chunkSize
        if chunk != currentChunk {
            guard chunk > currentChunk else { return nil }
            current = claimOrWait(chunk)
            currentChunk = chunk
        }
        return current[position - chunk * chunkSize].take()
    }

    /// The chunk's results: read here when no thread has begun it (and the chunks passed over are
    /// never read), else those the second thread read. While the second thread is still reading it,
    /// this thread reads the next chunk no thread has begun rather than wait.
    private func claimOrWait(_ chunk: Int) -> [Output?] {
        condition.lock()
        if chunk >= nextChunk {
            nextChunk = chunk + 1
            condition.unlock()
            return readChunk(chunk)
        }
        while finished[chunk] == nil {
            if nextChunk < finished.count {
                let ahead = nextChunk
                nextChunk += 1
                condition.unlock()
                let results = readChunk(ahead)
                condition.lock()
                finished[ahead] = results
            } else {
                condition.wait()
            }
        }
        let results = finished[chunk].take() ?? []
        condition.unlock()
        return results
    }

    private func work() {
        while let chunk = claim() {
            let results = readChunk(chunk)
            condition.lock()
            finished[chunk] = results
            condition.broadcast()
            condition.unlock()
        }
    }

    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped, nextChunk < finished.count else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }

    private func readChunk(_ chunk: Int) -> [Output?] {
        let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
        var out: [Output?] = []
        out.reserveCapacity(range.count)
        for k in range { out.append(read(items[k])) }
        return out
    }
}
