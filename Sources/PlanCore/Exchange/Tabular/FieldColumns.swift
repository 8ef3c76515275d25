/// Field name → column index, looked up without the seeded hashing of a `Dictionary`: an import
/// asks a row for some thirty fields by name, and hashing the names cost a sixth of its time.
///
/// An open-addressed table keyed by the FNV-1a hash of the name's bytes, built once per table from
/// the names in sorted order, so two tables of the same columns are equal.
struct FieldColumns: Sendable, Equatable {
    private var names: [String?]
    private var columns: [Int]
    private var mask: Int

    init(_ byName: [String: Int]) {
        var size = 8
        while size < byName.count * 2 { size *= 2 }
        names = Array(repeating: nil, count: size)
        columns = Array(repeating: 0, count: size)
        mask = size - 1
        for name in byName.keys.sorted() {
            var slot = Self.hash(name) & mask
            while names[slot] != nil { slot = (slot + 1) & mask }
            names[slot] = name
            columns[slot] = byName[name] ?? 0
        }
    }

    /// The column of `name`, nil when the table has none.
    subscript(name: String) -> Int? {
        var slot = Self.hash(name) & mask
        while let held = names[slot] {
            if held == name { return columns[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the name's bytes.
    private static func hash(_ name: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in name.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
