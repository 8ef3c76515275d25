/// How a meeting series or engagement activity recurs.
public enum CadenceRule: String, Codable, Sendable, CaseIterable {
    /// Every `interval` weeks (1 weekly, 2 fortnightly, 6 six-weekly).
    case weekly
    /// Every `interval` months (1 monthly, 3 quarterly).
    case monthly
    /// `interval` times a year, evenly spread.
    case timesAYear
    /// Once in each of the listed months.
    case namedMonths
    /// No fixed cycle.
    case asRequired
}

/// A meeting cadence: "monthly", "every two weeks", "6-weekly", "quarterly", "six times a year",
/// "three times a year: February or March, end of June, October", "as required".
public struct Cadence: Codable, Sendable, Equatable {
    /// How the series recurs; `interval` and `months` are read according to it.
    public var rule: CadenceRule
    /// Weeks or months between meetings, or meetings a year, depending on `rule`.
    public var interval: Int
    /// Months (1…12) for `namedMonths`.
    public var months: [Int]
    /// The cadence as the paper words it, kept for display when it says more than the rule.
    public var text: String
    /// A known meeting date the series is counted from.
    public var anchor: Day?

    /// A cadence by `rule`. An `interval` below 1 is taken as 1, so a cadence never recurs every 0 weeks.
    public init(rule: CadenceRule = .asRequired, interval: Int = 1, months: [Int] = [], text: String = "",
                anchor: Day? = nil) {
        self.rule = rule
        self.interval = max(1, interval)
        self.months = months
        self.text = text
        self.anchor = anchor
    }

    /// Every `n` weeks, worded as `text` when the paper says more.
    public static func weekly(_ n: Int, _ text: String = "", anchor: Day? = nil) -> Cadence {
        Cadence(rule: .weekly, interval: n, text: text, anchor: anchor)
    }
    /// Every `n` months (3 for quarterly), worded as `text` when the paper says more.
    public static func monthly(_ n: Int, _ text: String = "", anchor: Day? = nil) -> Cadence {
        Cadence(rule: .monthly, interval: n, text: text, anchor: anchor)
    }
    /// `n` meetings a year, evenly spread, worded as `text` when the paper says more.
    public static func timesAYear(_ n: Int, _ text: String = "", anchor: Day? = nil) -> Cadence {
        Cadence(rule: .timesAYear, interval: n, text: text, anchor: anchor)
    }
    /// One meeting in each of `months` (1…12), worded as `text` when the paper says more.
    public static func inMonths(_ months: [Int], _ text: String = "", anchor: Day? = nil) -> Cadence {
        Cadence(rule: .namedMonths, interval: 1, months: months, text: text, anchor: anchor)
    }
    /// No fixed cycle: meetings are called when needed, so none are scheduled.
    public static let asRequired = Cadence(rule: .asRequired)

    /// A short description from the rule: "every 2 weeks", "quarterly", "in Feb, Jun, Oct".
    public var ruleDescription: String {
        switch rule {
        case .weekly:
            switch interval {
            case 1: return "weekly"
            case 2: return "every two weeks"
            default: return "\(interval)-weekly"
            }
        case .monthly:
            switch interval {
            case 1: return "monthly"
            case 3: return "quarterly"
            case 6: return "twice a year"
            case 12: return "annually"
            default: return "every \(interval) months"
            }
        case .timesAYear:
            return Cadence.timesWords(interval) + " a year"
        case .namedMonths:
            let names = months.sorted().compactMap { (1...12).contains($0) ? Day.monthAbbreviations[$0 - 1] : nil }
            return Cadence.timesWords(names.count) + " a year (" + names.joined(separator: ", ") + ")"
        case .asRequired:
            return "as required"
        }
    }

    /// The paper's wording where there is one, else the rule's.
    public var display: String { text.isEmpty ? ruleDescription : text }

    /// Meetings in a year.
    public var meetingsPerYear: Double {
        switch rule {
        case .weekly: return 52.0 / Double(interval)
        case .monthly: return 12.0 / Double(interval)
        case .timesAYear: return Double(interval)
        case .namedMonths: return Double(Set(months).count)
        case .asRequired: return 0
        }
    }

    static func timesWords(_ n: Int) -> String {
        let words = ["never", "once", "twice", "three times", "four times", "five times", "six times",
                     "seven times", "eight times", "nine times", "ten times", "eleven times", "twelve times"]
        return n >= 0 && n < words.count ? words[n] : "\(n) times"
    }
}
