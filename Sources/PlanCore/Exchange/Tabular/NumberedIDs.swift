/// The ids an import gives its new records when they are a prefix and a number ("ind-7",
/// "A012"), as `IDs.next` makes them: the highest number in use — among the records and the ids
/// the sheet gives — is found once, and raised as new records are stored, so a sheet of many new
/// rows does not read every id again for each row.
///
/// Found again when the number of records or the sheet's ids are not those it was found for, so a
/// schema used for another import (or another workspace) starts afresh.
final class NumberedIDs {
    let prefix: String
    let width: Int
    private var highest = 0
    /// The number of records the highest is known for (-1: not found yet).
    private var count = -1
    private var reserved: Set<String> = []

    init(prefix: String, width: Int = 1) {
        self.prefix = prefix
        self.width = width
    }

    /// The next free id, given the number of records (`count`), the ids the sheet gives
    /// (`reserved`) and, read only when needed, the ids of the records (`existing`).
    func next(count: Int, reserved: Set<String>, existing: () -> [String]) -> String {
        if count != self.count || reserved != self.reserved {
            highest = 0
            for id in existing() { raise(id) }
            for id in reserved { raise(id) }
            self.count = count
            self.reserved = reserved
        }
        let digits = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Notes a new record stored under `id`.
    func added(_ id: String) {
        guard count >= 0 else { return }
        count += 1
        raise(id)
    }

    private func raise(_ id: String) {
        guard id.hasPrefix(prefix), let n = Int(id.dropFirst(prefix.count)), n > highest else { return }
        highest = n
    }
}
