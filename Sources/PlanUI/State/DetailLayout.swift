/// Detail lines wrapped to a width: the physical lines the pane shows, each knowing which
/// logical line it belongs to (selection is per logical line).
public struct DetailLayout: Sendable {
    /// One line as the pane shows it.
    public struct Physical: Sendable {
        /// The index of the logical line it belongs to.
        public var logical: Int
        /// What the line shows; a continuation line starts with the logical line's indent.
        public var spans: [Span]
    }

    /// The physical lines, top to bottom.
    public let lines: [Physical]

    /// Wraps `logical` at word breaks to `width` columns.
    public init(_ logical: [DetailLine], width: Int) {
        var out: [Physical] = []
        for (i, line) in logical.enumerated() {
            if line.spans.isEmpty {
                out.append(Physical(logical: i, spans: []))
                continue
            }
            var current: [Span] = []
            var used = 0
            var first = true
            func flush() {
                out.append(Physical(logical: i, spans: current))
                current = []
                used = 0
                first = false
                if line.indent > 0 {
                    current.append(Span(String(repeating: " ", count: min(line.indent, max(0, width - 10))), .normal))
                    used = min(line.indent, max(0, width - 10))
                }
            }
            for span in line.spans {
                // A line break in a record's text (an update's commentary) starts a new line at the indent.
                for (p, paragraph) in DetailLayout.paragraphs(span.text).enumerated() {
                    if p > 0 { flush() }
                    let words = paragraph.split(separator: " ", omittingEmptySubsequences: false)
                    for (k, w) in words.enumerated() {
                        var word = String(w) + (k < words.count - 1 ? " " : "")
                        while !word.isEmpty {
                            let ww = TextWidth.width(of: Sanitize.forDisplay(word))
                            if used + ww <= width {
                                current.append(Span(word, span.role, italic: span.italic))
                                used += ww
                                word = ""
                            } else if used > (line.indent > 0 && !first ? line.indent : 0) {
                                flush()
                            } else {
                                // A word longer than the line: cut it.
                                var head = ""
                                var hw = 0
                                for c in word {
                                    let cw = TextWidth.width(of: c)
                                    if used + hw + cw > width { break }
                                    head.append(c)
                                    hw += cw
                                }
                                if head.isEmpty { word = ""; break }
                                current.append(Span(head, span.role, italic: span.italic))
                                word = String(word.dropFirst(head.count))
                                used += hw
                                flush()
                            }
                        }
                    }
                }
            }
            if !current.isEmpty || first { out.append(Physical(logical: i, spans: current)) }
        }
        lines = out
    }

    /// `text` split at its line breaks (LF, CR LF or CR); the text itself when it has none.
    static func paragraphs(_ text: String) -> [Substring] {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return [Substring(text)] }
        return text.replacingAll("\r\n", with: "\n").split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }
    }

    /// The first physical line of a logical line.
    public func firstPhysical(of logical: Int) -> Int { lines.firstIndex { $0.logical == logical } ?? 0 }

    /// The last physical line of a logical line.
    public func lastPhysical(of logical: Int) -> Int { lines.lastIndex { $0.logical == logical } ?? 0 }
}
