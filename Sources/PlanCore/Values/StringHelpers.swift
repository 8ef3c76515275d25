/// Small text helpers the domain needs without importing Foundation.
extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    /// The string itself, not a copy, when its first and last bytes are none of them.
    public func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard isSpace(first) || isSpace(last) else { return self }
        var s = Substring(self)
        while let f = s.first, String.spaces.contains(f) { s.removeFirst() }
        while let l = s.last, String.spaces.contains(l) { s.removeLast() }
        return String(s)
    }

    /// The characters `trimmingSpaces` removes.
    private static let spaces: Set<Character> = [" ", "\t", "\n", "\r", "\r\n"]

    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (no Foundation needed).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[rest.startIndex..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    /// The first range of `target` in the substring.
    func range(of target: String) -> Range<Substring.Index>? {
        guard let first = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first, self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}

extension String {
    /// The string with its first letter in upper case: "amber" → "Amber".
    public var capitalizedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}

extension String {
    /// True when the text holds a control character (C0 other than tab, DEL, or C1).
    var hasControlCharacters: Bool {
        unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x09) || (0x7F...0x9F).contains(s.value)
        }
    }
}
