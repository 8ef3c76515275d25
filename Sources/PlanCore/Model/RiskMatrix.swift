/// One step of a likelihood or impact scale.
public struct ScaleLevel: Codable, Sendable, Equatable {
    public var label: String
    public var description: String

    public init(label: String, description: String = "") {
        self.label = label
        self.description = description
    }
}

/// A band of scores: its name, lowest score, colour and how often its risks are reviewed.
public struct RiskBand: Codable, Sendable, Equatable {
    public var name: String
    /// The lowest likelihood × impact score in the band.
    public var minScore: Int
    /// A colour name the themes know: green, yellow, amber, red, or any other the theme defines.
    public var colour: String
    /// Days between reviews for risks in this band.
    public var reviewDays: Int

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
    public var category: String
    /// The highest residual score accepted.
    public var maxScore: Int
    public var statement: String

    public init(category: String, maxScore: Int, statement: String = "") {
        self.category = category
        self.maxScore = maxScore
        self.statement = statement
    }
}

/// The risk register: matrix, appetite, categories and risks.
public struct RiskRegister: Codable, Sendable, Equatable {
    public var matrix: RiskMatrix
    public var appetite: [RiskAppetite]
    public var categories: [String]
    public var risks: [Risk]
    /// Days a new risk may wait for its first scores before `validate` flags it; nil for the
    /// default (`defaultDaysToScore`). Written only when set, so older files read unchanged.
    public var daysToScore: Int?

    /// The days a new risk may wait for its scores when the register sets none.
    public static let defaultDaysToScore = 30

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
