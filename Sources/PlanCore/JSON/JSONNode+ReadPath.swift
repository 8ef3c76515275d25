extension JSONNode {
    /// The node a reader's field path names (`plan.timetable[3].done`), or nil when the tree has
    /// no such node. Used to place an error found after a migration back in the file as written.
    public func node(atReadPath path: String) -> JSONNode? {
        var node = self
        var rest = Substring(path)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"), let n = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      case .array(let items) = node.value, n >= 0, n < items.count else { return nil }
                node = items[n]
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.first == "." { rest = rest.dropFirst() }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                guard let next = node.value[String(rest[..<end])] else { return nil }
                node = next
                rest = rest[end...]
            }
        }
        return node
    }
}
