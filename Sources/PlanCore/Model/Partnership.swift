/// The partnership itself: who it is, where, and the narrative its plan tells.
public struct Partnership: Codable, Sendable, Equatable {
    /// Full name, e.g. "Haringey Safer Communities Partnership".
    public var name: String
    /// Short name for title bars, e.g. "Haringey SCP".
    public var shortName: String
    /// The area the partnership covers, e.g. "London Borough of Haringey".
    public var area: String
    /// The overall vision statement.
    public var vision: String
    /// The contextual narrative: the "story of place".
    public var storyOfPlace: String
    /// How the plan links to the local Sustainable Community Strategy.
    public var communityStrategyLink: String
    /// Assessment of the previous strategy: what worked, lessons learnt.
    public var lessonsLearnt: [String]
    /// The key challenges for the plan period.
    public var keyChallenges: [String]
    /// Links with other strategic plans (regional offender management, youth offending, LCJB…).
    public var strategicLinks: [StrategicLink]

    /// A partnership with every field empty.
    public init(name: String = "", shortName: String = "", area: String = "", vision: String = "",
                storyOfPlace: String = "", communityStrategyLink: String = "",
                lessonsLearnt: [String] = [], keyChallenges: [String] = [],
                strategicLinks: [StrategicLink] = []) {
        self.name = name
        self.shortName = shortName
        self.area = area
        self.vision = vision
        self.storyOfPlace = storyOfPlace
        self.communityStrategyLink = communityStrategyLink
        self.lessonsLearnt = lessonsLearnt
        self.keyChallenges = keyChallenges
        self.strategicLinks = strategicLinks
    }
}

/// The kinds of other strategic plan a partnership plan must link with (seed 000 §3.1).
public enum StrategicLinkKind: String, Codable, Sendable, CaseIterable {
    case communityStrategy, localAreaAgreement, regionalOffenderManagement, youthOffending
    case localCriminalJusticeBoard, localPolicingPlan, drugTreatmentPlan, countyAgreement, other

    /// The kind as shown on screen, e.g. "Sustainable Community Strategy" or "DAAT treatment plan".
    public var label: String {
        switch self {
        case .communityStrategy: return "Sustainable Community Strategy"
        case .localAreaAgreement: return "Local Area Agreement"
        case .regionalOffenderManagement: return "Regional offender management"
        case .youthOffending: return "Youth offending"
        case .localCriminalJusticeBoard: return "Local Criminal Justice Board"
        case .localPolicingPlan: return "Local policing plan"
        case .drugTreatmentPlan: return "DAAT treatment plan"
        case .countyAgreement: return "County community safety agreement"
        case .other: return "Other"
        }
    }
}

/// A link from the partnership plan to another strategic plan.
public struct StrategicLink: Codable, Sendable, Equatable, Identifiable {
    /// The link's id, unique among the strategic links, e.g. "link-ccsa".
    public var id: String
    /// The plan linked to, e.g. "Youth Justice Plan 2008-09".
    public var plan: String
    /// What sort of plan it is.
    public var kind: StrategicLinkKind
    /// Who owns that plan.
    public var owner: String
    /// How the two plans relate.
    public var relationship: String

    /// A link with only `id` required, of kind `other` until said.
    public init(id: String, plan: String = "", kind: StrategicLinkKind = .other, owner: String = "",
                relationship: String = "") {
        self.id = id
        self.plan = plan
        self.kind = kind
        self.owner = owner
        self.relationship = relationship
    }
}

/// What a workspace is and where its contents came from.
public struct WorkspaceInfo: Codable, Sendable, Equatable {
    /// A paragraph describing the workspace; for demos, which parts come from the source papers
    /// and which were filled in plausibly.
    public var description: String
    /// The source documents the workspace was built from.
    public var sources: [String]
    /// The date the workspace is viewed as at, for historic and demo workspaces; when absent the
    /// app uses today's date. Overdue reviews and the current quarter are reckoned from it.
    public var asOf: Day?
    /// For demo workspaces: where each stated value comes from; everything else is example data.
    /// Nil for a workspace the user made, which shows no example-data markers.
    public var provenance: Provenance?

    /// Information with no description, no sources, no as-of date (today is used) and no provenance
    /// (no example-data markers).
    public init(description: String = "", sources: [String] = [], asOf: Day? = nil, provenance: Provenance? = nil) {
        self.description = description
        self.sources = sources
        self.asOf = asOf
        self.provenance = provenance
    }
}
