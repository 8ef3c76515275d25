import PlanCore

/// The sections in the order of their number keys.
public enum PlanSectionOrder {
    /// Every section, in tab order: dashboard first, glossary last.
    public static let all: [PlanSection] = [.dashboard, .plan, .governance, .priorities, .indicators, .risks, .budget,
                                            .partners, .engagement, .timetable, .glossary]

    /// The key shown for each section in the tab bar.
    public static func keyLabel(_ s: PlanSection) -> String {
        guard let i = all.firstIndex(of: s) else { return "" }
        return i < 9 ? String(i + 1) : i == 9 ? "0" : "-"
    }

    /// Short names for the tab bar.
    public static func shortTitle(_ s: PlanSection) -> String {
        switch s {
        case .dashboard: return "Dash"
        case .plan: return "Plan"
        case .governance: return "Gov"
        case .priorities: return "Prio"
        case .indicators: return "Ind"
        case .risks: return "Risk"
        case .budget: return "Budg"
        case .partners: return "Part"
        case .engagement: return "Eng"
        case .timetable: return "Time"
        case .glossary: return "Glos"
        }
    }
}
