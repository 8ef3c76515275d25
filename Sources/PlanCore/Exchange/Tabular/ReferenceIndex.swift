/// Where each record of a list is, by the strings that name it (id, reference), kept in step as an
/// import appends and replaces records, so finding a row's record does not scan the list each time
/// (10,000 rows against 10,000 risks made that the most of an import).
final class ReferenceIndex {
    private var positions: [String: Int] = [:]
    /// Keys that name more than one record.
    private var shared: Set<String> = []
    private var count = -1
    /// How many more keys the list is expected to gain, so the index is made large enough once.
    private var expected = 0

    /// True once built and kept in step with its list.
    var isBuilt: Bool { count >= 0 }

    /// Sets the index to be built again at the next look-up (a record changed its keys).
    func invalidate() {
        count = -1
        positions = [:]
        shared = []
    }

    /// Notes that about `keys` more keys will be stored (an import's rows), so the index is not
    /// grown and rehashed again and again as they are.
    func expect(_ keys: Int) {
        expected = keys
        if isBuilt { positions.reserveCapacity(positions.count + keys) }
    }

    /// True when more than one record of the list last looked at answers to `key`.
    func isShared(_ key: String) -> Bool { shared.contains(key) }

    /// The position of the record `key` names in `list`, by `keys`; nil when none does.
    func position<R>(of key: String, in list: [R], keys: (R) -> [String]) -> Int? {
        if count != list.count { rebuild(list, keys: keys) }
        guard let p = positions[key] else { return nil }
        guard p < list.count, keys(list[p]).contains(key) else {
            // Out of step (a record was replaced under another name): rebuild once and look again.
            rebuild(list, keys: keys)
            return positions[key]
        }
        return p
    }

    /// Notes a record appended at the end of a list of `newCount` records, or replaced at `at`.
    /// The record's keys are worked out only when the index has been built.
    func noteStored(_ keysOfRecord: @autoclosure () -> [String], at: Int, newCount: Int) {
        guard count >= 0 else { return }
        for k in keysOfRecord() {
            if let p = positions[k], p != at { shared.insert(k) } else { positions[k] = at }
        }
        count = newCount
    }

    private func rebuild<R>(_ list: [R], keys: (R) -> [String]) {
        positions = [:]
        shared = []
        positions.reserveCapacity(list.count * 2 + expected)
        for (i, r) in list.enumerated() {
            for k in keys(r) {
                if positions[k] == nil { positions[k] = i } else { shared.insert(k) }
            }
        }
        count = list.count
    }
}
