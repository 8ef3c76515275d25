/// One step into a JSON tree: a member of an object, or the record with an id inside a list.
public enum JSONPathStep: Sendable, Equatable, CustomStringConvertible {
    case key(String)
    case record(String)

    /// `title` for a member, `[R01]` for a record.
    public var description: String {
        switch self {
        case .key(let k): return k
        case .record(let id): return "[\(id)]"
        }
    }

    /// The step as JSON: a string for a member, `{"id": …}` for a record.
    var json: JSONValue {
        switch self {
        case .key(let k): return .string(k)
        case .record(let id): return .object([JSONMember(key: "id", node: JSONNode(.string(id)))])
        }
    }

    init?(json: JSONValue) {
        switch json {
        case .string(let k): self = .key(k)
        case .object: guard let id = json.recordID else { return nil }; self = .record(id)
        default: return nil
        }
    }
}

/// A place in a JSON file, e.g. `register.risks[R01].owner`.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    /// The steps from the top of the file.
    public var steps: [JSONPathStep]

    /// A path of `steps`; empty for the top of the file.
    public init(_ steps: [JSONPathStep] = []) { self.steps = steps }

    /// This path one step further.
    public func appending(_ step: JSONPathStep) -> JSONPath { JSONPath(steps + [step]) }

    /// The steps joined: `register.risks[R01].title`.
    public var description: String {
        var s = ""
        for step in steps {
            if case .key = step, !s.isEmpty { s += "." }
            s += step.description
        }
        return s
    }

    /// The index of the innermost record step, if any.
    var lastRecordIndex: Int? {
        steps.lastIndex { if case .record = $0 { return true } else { return false } }
    }

    /// The path of the innermost record (up to and including its record step).
    public var recordPath: JSONPath? { lastRecordIndex.map { JSONPath(Array(steps[...$0])) } }

    /// The part after the innermost record, dotted: the record's field, e.g. `residual.likelihood`.
    public var fieldName: String {
        let rest = steps[((lastRecordIndex ?? -1) + 1)...]
        return rest.map(\.description).joined(separator: ".")
    }

    /// The kind of the innermost record, from the name of the list holding it: `risks` → `risk`.
    public var recordKind: String? {
        guard let k = lastRecordIndex, k > 0, case .key(let list) = steps[k - 1] else { return nil }
        return JSONPath.singular(list)
    }

    static func singular(_ plural: String) -> String {
        if plural.hasSuffix("ies") { return String(plural.dropLast(3)) + "y" }
        if plural.hasSuffix("ses") { return String(plural.dropLast(2)) }
        if plural.hasSuffix("s") { return String(plural.dropLast()) }
        return plural
    }
}

extension JSONValue {
    /// The value at `path`, or nil when the path leads nowhere.
    public func value(at path: JSONPath) -> JSONValue? {
        var current = self
        for step in path.steps {
            switch step {
            case .key(let k):
                guard let next = current[k] else { return nil }
                current = next.value
            case .record(let id):
                guard case .array(let items) = current, let hit = items.first(where: { $0.value.recordID == id }) else { return nil }
                current = hit.value
            }
        }
        return current
    }

    /// Replaces the value at `path` (an existing place, or a new member of an existing object);
    /// false when the path leads nowhere.
    @discardableResult
    public mutating func set(_ new: JSONValue, at path: JSONPath) -> Bool {
        set(new, steps: path.steps[...])
    }

    private mutating func set(_ new: JSONValue, steps: ArraySlice<JSONPathStep>) -> Bool {
        guard let step = steps.first else {
            self = new
            return true
        }
        switch (step, self) {
        case (.key(let k), .object(var members)):
            if let i = members.firstIndex(where: { $0.key == k }) {
                guard members[i].node.value.set(new, steps: steps.dropFirst()) else { return false }
            } else {
                guard steps.count == 1 else { return false }
                members.append(JSONMember(key: k, node: JSONNode(new)))
            }
            self = .object(members)
            return true
        case (.record(let id), .array(var items)):
            guard let i = items.firstIndex(where: { $0.value.recordID == id }),
                  items[i].value.set(new, steps: steps.dropFirst()) else { return false }
            self = .array(items)
            return true
        default:
            return false
        }
    }
}
