import PlanCore

/// An indicator's quarterly actuals as columns against its target line, drawn in cells.
enum IndicatorChart {
    /// Detail lines: the chart (height rows), the quarter labels and a legend.
    static func lines(_ i: Indicator, glyphs g: Glyphs, height: Int = 6, quarters: Int = 8) -> [DetailLine] {
        let actuals = Array(i.sortedActuals.suffix(quarters))
        guard !actuals.isEmpty else { return [DetailLine("  No actuals yet: enter a quarter's actual below.", .dim, indent: 2)] }
        let targets = actuals.map { i.target(for: $0.quarter.year) }
        let all = actuals.map(\.value) + targets.compactMap { $0 }
        let hi = (all.max() ?? 1), lo = all.min() ?? 0
        // Start the axis a little below the smallest figure so differences show.
        let floor = lo - (hi - lo) * 0.25 - (hi == lo ? max(1, abs(hi) * 0.1) : 0)
        let span = max(hi - floor, 1e-9)
        func level(_ v: Double) -> Double { (v - floor) / span * Double(height) }
        let width = 4
        var out: [DetailLine] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            var spans = [Span("  ")]
            for (k, a) in actuals.enumerated() {
                let fill = level(a.value) - Double(row)
                let bar = BarChart.cell(steps: fill <= 0 ? 0 : max(1, Int(fill * Double(g.blocks.count))), glyphs: g)
                let onTarget = targets[k].map { Int(level($0)) == row } ?? false
                let rag = targets[k].map { i.rag(value: a.value, target: $0) }
                let role: Role = rag.map { Role.rag($0.rawValue) } ?? .chartLine
                spans.append(Span(String(repeating: bar, count: width - 1), role))
                spans.append(Span(onTarget ? String(g.horizontal) : " ", .warning))
                if onTarget && bar == " " { spans[spans.count - 2] = Span(String(repeating: String(g.horizontal), count: width - 1), .warning) }
            }
            out.append(DetailLine(spans))
        }
        out.append(DetailLine([Span("  ")] + actuals.map { a in Span(Layout.fit("Q\(a.quarter.number)", width), .dim) }))
        let years = Set(actuals.map { $0.quarter.year.description }).sorted().joined(separator: ", ")
        let legend = targets.compactMap { $0 }.isEmpty ? "no target set" : "\(g.horizontal)\(g.horizontal) target"
        out.append(DetailLine("  \(years) · \(legend) · \(i.polarity.label.lowercased())", .dim))
        return out
    }
}
