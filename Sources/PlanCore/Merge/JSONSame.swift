extension JSONValue {
    /// True when the two values hold the same data; object member order and source offsets are ignored.
    public func isSame(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return Double(a) == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for k in a.indices where !a[k].value.isSame(as: b[k].value) { return false }
            return true
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            if zip(a, b).allSatisfy({ $0.key == $1.key }) {
                for k in a.indices where !a[k].node.value.isSame(as: b[k].node.value) { return false }
                return true
            }
            var index: [String: JSONValue] = [:]
            for m in b { index[m.key] = m.node.value }
            for m in a {
                guard let v = index[m.key], m.node.value.isSame(as: v) else { return false }
            }
            return true
        default: return false
        }
    }

    /// The record id of an object that has a string `"id"`.
    public var recordID: String? {
        guard case .object(let members) = self else { return nil }
        for m in members where m.key == "id" {
            if case .string(let s) = m.node.value { return s }
        }
        return nil
    }

    /// The string member `key`, when this is an object that has one.
    func text(_ key: String) -> String? {
        if case .string(let s)? = self[key]?.value { return s }
        return nil
    }

    /// True for a list whose entries are all records (objects with a string `"id"`).
    var isRecordList: Bool {
        guard case .array(let items) = self, !items.isEmpty else { return false }
        return items.allSatisfy { $0.value.recordID != nil }
    }
}
