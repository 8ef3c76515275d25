/// A small column chart drawn with block characters (ASCII where the terminal needs it).
enum BarChart {
    /// `height` lines, top first; each value a column `columnWidth` cells wide, scaled to `maximum`.
    /// Returns the lines and the column each value starts at.
    /// One cell of a column: full, a partial block for `steps` of the glyph set's steps, or blank.
    static func cell(steps: Int, glyphs: Glyphs) -> String {
        let blocks = glyphs.blocks
        if steps >= blocks.count { return String(blocks[blocks.count - 1]) }
        return steps > 0 ? String(blocks[steps - 1]) : " "
    }

    static func lines(_ values: [Double], maximum: Double, height: Int, columnWidth: Int, glyphs: Glyphs) -> [String] {
        let steps = glyphs.blocks.count
        guard height > 0, maximum > 0 else { return [] }
        return (0..<height).map { line -> String in
            let rowFromBottom = height - 1 - line
            var out = ""
            for v in values {
                let eighths = Int((max(0, v) / maximum * Double(height * steps)).rounded())
                let cell = BarChart.cell(steps: eighths - rowFromBottom * steps, glyphs: glyphs)
                out += String(repeating: cell, count: max(1, columnWidth - 1)) + " "
            }
            return out
        }
    }
}
