/// Makes new stable ids: a prefix and the next free number, e.g. "body-12", or "R07" for risks.
public enum IDs {
    /// The next id of the form `prefix` + number not used in `existing`, zero-padded to `width`.
    public static func next(prefix: String, existing: some Sequence<String>, width: Int = 1) -> String {
        var highest = 0
        for id in existing where id.hasPrefix(prefix) {
            if let n = Int(id.dropFirst(prefix.count)), n > highest { highest = n }
        }
        let digits = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
