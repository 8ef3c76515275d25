import PlanCore

/// What a likelihood or impact level means, said beside the number as it is typed:
/// `Likely (1–5)  = 12 High · outside appetite`.
enum LevelDescription {
    /// The level's name and scale; with its other half filled in, the score and band; for a residual
    /// score with an appetite for the risk's category, whether it is within it.
    static func describe(_ value: String, field: String, impact: Bool, _ context: FieldContext) -> String? {
        let register = context.workspace.risks
        let matrix = register.matrix
        let levels = impact ? matrix.impact : matrix.likelihood
        let scale = "(1–\(levels.count))"
        guard let n = Int(value.trimmingSpaces()), (1...max(1, levels.count)).contains(n) else { return scale }
        var text = "\(levels[n - 1].label) \(scale)"
        let otherField = impact ? field.replacingAll("impact", with: "likelihood") : field.replacingAll("likelihood", with: "impact")
        let otherLevels = impact ? matrix.likelihood : matrix.impact
        guard let otherText = context.values[otherField], let other = Int(otherText.trimmingSpaces()),
              (1...max(1, otherLevels.count)).contains(other) else { return text }
        let score = n * other
        text += "  = \(score)"
        if let band = matrix.band(for: score) { text += " " + band.name }
        let category = context.values["Category"] ?? context.parent.flatMap { context.workspace.risk($0)?.category } ?? ""
        if field.hasPrefix("Residual"), let appetite = register.appetite(for: category) {
            text += score > appetite.maxScore ? " · outside appetite" : " · within appetite"
        }
        return text
    }
}
