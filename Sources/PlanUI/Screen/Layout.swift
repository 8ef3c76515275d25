/// Text layout helpers: truncation and word wrapping by display width.
public enum Layout {
    /// `text` cut to `width` cells, ending in `ellipsis` when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        // Only a prefix that could fill the width is looked at, however long the text.
        let cut = LongText.isLonger(text, than: width * 2 + 16)
        let clean = Sanitize.forDisplay(String(LongText.prefix(text, cells: width)))
        if !cut && TextWidth.width(of: clean) <= width { return clean }
        let ew = TextWidth.width(of: ellipsis)
        var out = ""
        var w = 0
        for c in clean {
            let cw = TextWidth.width(of: c)
            if w + cw > width - ew { break }
            out.append(c)
            w += cw
        }
        return out + ellipsis
    }

    /// Wraps text to lines of at most `width` cells, breaking at spaces where it can. Newlines in
    /// the text start new lines; blank lines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in LongText.capped(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let w = String(word)
                let ww = TextWidth.width(of: Sanitize.forDisplay(w))
                if lineWidth > 0 && lineWidth + 1 + ww > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if ww > width {
                    // A word longer than the line is broken by width.
                    var chunk = ""
                    var cw = lineWidth
                    if !line.isEmpty { line += " "; cw += 1 }
                    for c in w {
                        let x = TextWidth.width(of: c)
                        if cw + x > width {
                            lines.append(line + chunk)
                            line = ""
                            chunk = ""
                            cw = 0
                        }
                        chunk.append(c)
                        cw += x
                    }
                    line += chunk
                    lineWidth = cw
                    continue
                }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += w
                lineWidth += ww
            }
            lines.append(line)
        }
        return lines
    }

    /// Pads or cuts `text` to exactly `width` cells.
    public static func fit(_ text: String, _ width: Int, right: Bool = false) -> String {
        let t = truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - TextWidth.width(of: t)))
        return right ? pad + t : t + pad
    }

    /// Centres `text` in exactly `width` cells.
    public static func center(_ text: String, _ width: Int) -> String {
        let t = truncate(text, to: width)
        let free = max(0, width - TextWidth.width(of: t))
        return String(repeating: " ", count: free / 2) + t + String(repeating: " ", count: free - free / 2)
    }
}
