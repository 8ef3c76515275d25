extension Style {
    /// True when a blank cell in this style looks different from a blank in another style without
    /// a background: a background colour, underline or reverse video. Bold, dim and italic
    /// change nothing on a blank.
    public var showsOnBlank: Bool { bg != .default || underline || reverse }
}

extension Screen {
    /// The frame as it is cheapest to send to a terminal, which writes an escape sequence at every
    /// change of style: a stretch of blanks in roles that show nothing on a blank (`plain`) takes
    /// the role of the cell on its left when that one is plain too, else of the cell on its
    /// right, so the padding of a column or the gap between two columns costs no change of colour.
    /// What the terminal shows is the same. Compare drawn frames with drawn frames: a blank whose
    /// neighbour changed is then sent again, so the terminal's idea of every cell stays exact.
    public func drawn(plain: Set<Role>) -> Screen {
        var out = self
        for y in 0..<size.height {
            let start = y * size.width
            func plainBlank(_ i: Int) -> Bool {
                let c = cells[start + i]
                return c.char == " " && c.width == 1 && plain.contains(c.role)
            }
            var x = 0
            while x < size.width {
                guard plainBlank(x) else { x += 1; continue }
                var last = x
                while last + 1 < size.width && plainBlank(last + 1) { last += 1 }
                var from: Cell?
                if x > 0, cells[start + x - 1].width != 0, plain.contains(cells[start + x - 1].role) {
                    from = cells[start + x - 1]
                } else if last + 1 < size.width, plain.contains(cells[start + last + 1].role) {
                    from = cells[start + last + 1]
                }
                if let from {
                    for i in x...last {
                        out.cells[start + i].role = from.role
                        out.cells[start + i].italic = from.italic
                    }
                }
                x = last + 1
            }
        }
        return out
    }
}
