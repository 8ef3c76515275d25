/// A small column chart drawn with block characters (ASCII where the terminal needs it).
enum BarChart {
    /// `height` lines, top first; each value a column `columnWidth` cells wide, scaled to `maximum`.
    /// Returns the lines and the column each value starts at.
    static func lines(_ values: [Double], maximum: Double, height: Int, columnWidth: Int, glyphs: Glyphs) -> [String] {
        let blocks = glyphs.blocks
        let steps = blocks.count
        guard height > 0, maximum > 0 else { return [] }
        return (0..<height).map { line -> String in
            let rowFromBottom = height - 1 - line
            var out = ""
            for v in values {
                let eighths = Int((max(0, v) / maximum * Double(height * steps)).rounded())
                let inRow = eighths - rowFromBottom * steps
                let cell: String
                if inRow >= steps {
                    cell = String(blocks[steps - 1])
                } else if inRow > 0 {
                    cell = String(blocks[inRow - 1])
                } else {
                    cell = " "
                }
                out += String(repeating: cell, count: max(1, columnWidth - 1)) + " "
            }
            return out
        }
    }
}
