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

extension IDs {
    /// A new id no other clone of the workspace will make: `prefix`, the time in milliseconds
    /// (base 36, so ids sort by creation) and four random base-36 characters, e.g. "risk-mi4x1k2s-7fq0".
    public static func unique(prefix: String, now: UInt64 = UInt64(Instant.nowMilliseconds())) -> String {
        var random = String(UInt32.random(in: 0..<1_679_616), radix: 36)
        random = String(repeating: "0", count: 4 - random.count) + random
        return prefix + String(now, radix: 36) + "-" + random
    }

    /// True for an id made by `unique`.
    public static func isUnique(_ id: String) -> Bool {
        let parts = id.split(separator: "-")
        guard parts.count >= 3, let last = parts.last, last.count == 4, parts[parts.count - 2].count >= 8 else { return false }
        return UInt64(parts[parts.count - 2], radix: 36) != nil && UInt64(last, radix: 36) != nil
    }
}
