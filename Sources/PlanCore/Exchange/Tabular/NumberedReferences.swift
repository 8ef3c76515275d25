/// The references of the form prefix + number (R01, R02…) an import gives its new records: the
/// highest in use is worked out once, from the records and the references the sheet gives, and
/// raised as records are stored, so a new row's reference does not scan every record again (that
/// made adding 10,000 new risks quadratic).
final class NumberedReferences {
    let prefix: String
    let width: Int
    private var highest: Int?

    init(prefix: String, width: Int) {
        self.prefix = prefix
        self.width = width
    }

    /// The next reference after every one in `existing` (read the first time only) and every one noted since.
    func next(existing: () -> [String]) -> String {
        let h = highest ?? existing().reduce(0) { max($0, number($1) ?? 0) }
        highest = h
        let digits = String(h + 1)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Forgets the highest reference, to be worked out again for another import.
    func reset() { highest = nil }

    /// Notes a reference now in use.
    func note(_ reference: String) {
        guard let h = highest, let n = number(reference), n > h else { return }
        highest = n
    }

    private func number(_ reference: String) -> Int? {
        reference.hasPrefix(prefix) ? Int(reference.dropFirst(prefix.count)) : nil
    }
}
