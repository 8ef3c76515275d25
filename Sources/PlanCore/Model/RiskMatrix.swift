/// One step of a likelihood or impact scale.
public struct ScaleLevel: Codable, Sendable, Equatable {
    /// The level's name as the scale shows it, e.g. "Almost certain".
    public var label: String
    /// What the level means, e.g. "Expected to occur this year"; may be empty.
    public var description: String

    /// A level named `label`, described by `description`.
    public init(label: String, description: String = "") {
        self.label = label
        self.description = description
    }
}

/// A band of scores: its name, lowest score, colour and how often its risks are reviewed.
public struct RiskBand: Codable, Sendable, Equatable {
    /// The band's name as screens and sheets show it, e.g. "Very high".
    public var name: String
    /// The lowest likelihood × impact score in the band.
    public var minScore: Int
    /// A colour name the themes know: green, yellow, amber, red, or any other the theme defines.
    public var colour: String
    /// Days between reviews for risks in this band.
    public var reviewDays: Int

    /// A band from `minScore` upward named `name`, shown in `colour`, reviewed every `reviewDays` days.
    public init(name: String, minScore: Int, colour: String, reviewDays: Int) {
        self.name = name
        self.minScore = minScore
        self.colour = colour
        self.reviewDays = reviewDays
    }
}

/// The register's matrix: scale sizes and labels, and bands by score.
public struct RiskMatrix: Codable, Sendable, Equatable {
    /// Likelihood levels, lowest first. Its count is the matrix height.
    public var likelihood: [ScaleLevel]
    /// Impact levels, lowest first. Its count is the matrix width.
    public var impact: [ScaleLevel]
    /// Bands; each covers scores from its `minScore` up to the next band's.
    public var bands: [RiskBand]

    /// A matrix of the given scales and bands, taken as given: the validator flags one with fewer than
    /// two levels a side, no band starting at 1, or two bands starting at the same score.
    public init(likelihood: [ScaleLevel], impact: [ScaleLevel], bands: [RiskBand]) {
        self.likelihood = likelihood
        self.impact = impact
        self.bands = bands
    }

    /// The usual 5×5 matrix of UK local government registers.
    public static let standard = RiskMatrix(
        likelihood: [
            ScaleLevel(label: "Rare", description: "May occur only in exceptional circumstances"),
            ScaleLevel(label: "Unlikely", description: "Could occur at some time"),
            ScaleLevel(label: "Possible", description: "Might occur during the plan period"),
            ScaleLevel(label: "Likely", description: "Will probably occur during the plan period"),
            ScaleLevel(label: "Almost certain", description: "Expected to occur this year"),
        ],
        impact: [
            ScaleLevel(label: "Negligible", description: "No effect on delivery of priorities"),
            ScaleLevel(label: "Minor", description: "Short delay; absorbed within the year"),
            ScaleLevel(label: "Moderate", description: "A priority's targets missed in one year"),
            ScaleLevel(label: "Major", description: "Several priorities or a statutory duty at risk"),
            ScaleLevel(label: "Severe", description: "Plan fails; statutory breach or serious harm"),
        ],
        bands: [
            RiskBand(name: "Low", minScore: 1, colour: "green", reviewDays: 180),
            RiskBand(name: "Medium", minScore: 5, colour: "yellow", reviewDays: 90),
            RiskBand(name: "High", minScore: 10, colour: "amber", reviewDays: 60),
            RiskBand(name: "Very high", minScore: 16, colour: "red", reviewDays: 30),
        ])

    /// Number of likelihood levels.
    public var likelihoodSize: Int { likelihood.count }
    /// Number of impact levels.
    public var impactSize: Int { impact.count }
    /// The highest score the matrix allows.
    public var maxScore: Int { likelihoodSize * impactSize }
}

/// How much risk the partnership will accept in a category.
public struct RiskAppetite: Codable, Sendable, Equatable {
    /// The risk category it applies to, matched without regard to case against each risk's category.
    public var category: String
    /// The highest residual score accepted.
    public var maxScore: Int
    /// The partnership's appetite in words; may be empty.
    public var statement: String

    /// An appetite for `category` accepting residual scores up to `maxScore`.
    public init(category: String, maxScore: Int, statement: String = "") {
        self.category = category
        self.maxScore = maxScore
        self.statement = statement
    }
}

/// The risk register: matrix, appetite, categories and risks.
public struct RiskRegister: Codable, Sendable, Equatable {
    /// The scales and bands every risk in the register is scored on.
    public var matrix: RiskMatrix
    /// The appetite for each category that has one; a category without one has no limit.
    public var appetite: [RiskAppetite]
    /// The categories offered when a risk's category is edited; a risk may still use another.
    public var categories: [String]
    /// Every risk, open and closed, in the register's order.
    public var risks: [Risk]
    /// Days a new risk may wait for its first scores before `validate` flags it; nil for the
    /// default (`defaultDaysToScore`). Written only when set, so older files read unchanged.
    public var daysToScore: Int?

    /// The days a new risk may wait for its scores when the register sets none.
    public static let defaultDaysToScore = 30

    /// A register of the given parts: by default the standard 5×5 matrix and no risks.
    public init(matrix: RiskMatrix = .standard, appetite: [RiskAppetite] = [], categories: [String] = [],
                risks: [Risk] = [], daysToScore: Int? = nil) {
        self.matrix = matrix
        self.appetite = appetite
        self.categories = categories
        self.risks = risks
        self.daysToScore = daysToScore
    }

    /// The days a new risk may wait for its first scores: the register's setting or the default.
    public var scoringAllowance: Int { daysToScore ?? Self.defaultDaysToScore }
}
