/// The kinds of body in a partnership's structure.
public enum BodyKind: String, Codable, Sendable, CaseIterable {
    case standingPartnership, strategicBoard, themeBoard, performanceGroup, taskingGroup
    case caseManagementGroup, taskAndFinishGroup, workingGroup, external

    public var label: String {
        switch self {
        case .standingPartnership: return "Standing partnership"
        case .strategicBoard: return "Strategic board"
        case .themeBoard: return "Theme board"
        case .performanceGroup: return "Performance group"
        case .taskingGroup: return "Tasking/delivery group"
        case .caseManagementGroup: return "Case-management group"
        case .taskAndFinishGroup: return "Task-and-finish group"
        case .workingGroup: return "Working group"
        case .external: return "External body"
        }
    }
}

/// Whether a body meets now, is proposed, or has been retired.
public enum BodyStatus: String, Codable, Sendable, CaseIterable {
    case active, proposed, former

    public var label: String { rawValue.capitalizedFirst }
}

/// A seat on a body.
public struct Member: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The role in which the person sits, e.g. "Cabinet Member for Communities".
    public var role: String
    /// The partner organisation, by id, when it is one of the partners.
    public var partner: String?
    /// The organisation as written, used when `partner` is not set.
    public var organisation: String
    /// The person's name, when known.
    public var person: String

    public init(id: String, role: String = "", partner: String? = nil, organisation: String = "",
                person: String = "") {
        self.id = id
        self.role = role
        self.partner = partner
        self.organisation = organisation
        self.person = person
    }
}

/// A link between bodies that is not a reporting line, e.g. to a tasking group.
public struct BodyLink: Codable, Sendable, Equatable {
    /// The linked body's id.
    public var target: String
    public var note: String

    public init(target: String, note: String = "") {
        self.target = target
        self.note = note
    }
}

/// Who decides what, and where it escalates.
public struct DecisionRule: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The matter decided, e.g. "Key strategic decisions".
    public var matter: String
    /// How and by whom it is decided.
    public var rule: String
    /// Where it goes when it cannot be decided there.
    public var escalation: String

    public init(id: String, matter: String = "", rule: String = "", escalation: String = "") {
        self.id = id
        self.matter = matter
        self.rule = rule
        self.escalation = escalation
    }
}

/// A board, group or panel in the partnership's structure.
public struct Body: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var acronym: String
    public var kind: BodyKind
    /// 1 strategic, 2 performance and evaluation, 3 delivery; 0 above the partnership.
    public var tier: Int
    public var purpose: String
    public var termsOfReference: [String]
    public var cadence: Cadence
    public var chair: String
    public var viceChair: String
    public var members: [Member]
    /// The bodies this one reports to, by id; more than one where it reports to several.
    public var parents: [String]
    /// Links that are not reporting lines.
    public var links: [BodyLink]
    public var status: BodyStatus
    public var decisionRules: [DecisionRule]
    public var notes: String

    public init(id: String, name: String = "", acronym: String = "", kind: BodyKind = .workingGroup,
                tier: Int = 3, purpose: String = "", termsOfReference: [String] = [],
                cadence: Cadence = .asRequired, chair: String = "", viceChair: String = "",
                members: [Member] = [], parents: [String] = [], links: [BodyLink] = [],
                status: BodyStatus = .active, decisionRules: [DecisionRule] = [], notes: String = "") {
        self.id = id
        self.name = name
        self.acronym = acronym
        self.kind = kind
        self.tier = tier
        self.purpose = purpose
        self.termsOfReference = termsOfReference
        self.cadence = cadence
        self.chair = chair
        self.viceChair = viceChair
        self.members = members
        self.parents = parents
        self.links = links
        self.status = status
        self.decisionRules = decisionRules
        self.notes = notes
    }

    /// The acronym where there is one, else the name.
    public var shortName: String { acronym.isEmpty ? name : acronym }
}

/// What happened to a proposal.
public enum ProposalStatus: String, Codable, Sendable, CaseIterable {
    case draft, adopted, discarded
}

/// A proposed new structure, drafted from the current one and compared with it before adoption.
public struct GovernanceProposal: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    public var createdOn: Day?
    public var status: ProposalStatus
    /// The date it was adopted or discarded.
    public var decidedOn: Day?
    public var bodies: [Body]

    public init(id: String, title: String = "", description: String = "", createdOn: Day? = nil,
                status: ProposalStatus = .draft, decidedOn: Day? = nil, bodies: [Body] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.createdOn = createdOn
        self.status = status
        self.decidedOn = decidedOn
        self.bodies = bodies
    }
}

/// A structure that was replaced, kept so it can still be viewed.
public struct FormerStructure: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    /// The day it stopped being the current structure.
    public var replacedOn: Day?
    public var bodies: [Body]

    public init(id: String, title: String = "", replacedOn: Day? = nil, bodies: [Body] = []) {
        self.id = id
        self.title = title
        self.replacedOn = replacedOn
        self.bodies = bodies
    }
}

/// The partnership's governance: the current structure, proposals, and former structures.
public struct Governance: Codable, Sendable, Equatable {
    /// The partnership's own strategic board, by id: where the responsible authorities must sit.
    public var partnershipBoard: String?
    public var bodies: [Body]
    public var proposals: [GovernanceProposal]
    public var formerStructures: [FormerStructure]
    /// The bodies' dated meetings, by date.
    public var meetings: [Meeting]
    /// Papers put to the bodies, each with its own metadata.
    public var papers: [BoardPaper]

    public init(partnershipBoard: String? = nil, bodies: [Body] = [], proposals: [GovernanceProposal] = [],
                formerStructures: [FormerStructure] = [], meetings: [Meeting] = [], papers: [BoardPaper] = []) {
        self.partnershipBoard = partnershipBoard
        self.bodies = bodies
        self.proposals = proposals
        self.formerStructures = formerStructures
        self.meetings = meetings
        self.papers = papers
    }
}
