import Foundation

/// Slots that concurrent tasks fill by index, guarded by a lock.
final class ParallelResults<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }
}

extension ParallelResults {
    /// `transform` of each of `items`, in order: on two threads, each taking one half, when there
    /// are at least `threshold` items and two processors; else on this thread. Each thread puts its
    /// results straight into their places in the array returned, so none is copied afterwards.
    static func inHalves<E: Sendable>(_ items: [E], from threshold: Int, _ transform: @Sendable (borrowing E) -> T) -> [T] where T: Sendable {
        let workers = items.count < threshold ? 1 : min(2, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else { return items.map { transform($0) } }
        let share = (items.count + workers - 1) / workers
        return [T](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let places = UninitializedPlaces(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                guard let base = places.buffer.baseAddress else { return }
                for k in min(items.count, w * share)..<min(items.count, (w + 1) * share) {
                    (base + k).initialize(to: transform(items[k]))
                }
            }
            initialized = items.count
        }
    }
}

/// The places of an array being made, each filled by exactly one of the threads given it.
private struct UninitializedPlaces<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
}
