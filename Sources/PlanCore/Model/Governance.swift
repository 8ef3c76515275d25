/// The kinds of body in a partnership's structure.
public enum BodyKind: String, Codable, Sendable, CaseIterable {
    case standingPartnership, strategicBoard, themeBoard, performanceGroup, taskingGroup
    case caseManagementGroup, taskAndFinishGroup, workingGroup, external

    /// The kind as shown on screen and in papers, e.g. "Tasking/delivery group".
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

    /// The status as shown on screen: the raw value with its first letter capitalised ("Active").
    public var label: String { rawValue.capitalizedFirst }
}

/// A seat on a body.
public struct Member: Codable, Sendable, Equatable, Identifiable {
    /// The seat's id, unique within its body.
    public var id: String
    /// The role in which the person sits, e.g. "Cabinet Member for Communities".
    public var role: String
    /// The partner organisation, by id, when it is one of the partners.
    public var partner: String?
    /// The organisation as written, used when `partner` is not set.
    public var organisation: String
    /// The person's name, when known.
    public var person: String

    /// A seat with only `id` required; the rest default to empty and no linked partner.
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
    /// What the link is for, as written, e.g. "Represented at county level"; empty when unsaid.
    public var note: String

    /// A link to the body `target`, with an optional note.
    public init(target: String, note: String = "") {
        self.target = target
        self.note = note
    }
}

/// Who decides what, and where it escalates.
public struct DecisionRule: Codable, Sendable, Equatable, Identifiable {
    /// The rule's id, unique within its body, e.g. "csp-r1".
    public var id: String
    /// The matter decided, e.g. "Key strategic decisions".
    public var matter: String
    /// How and by whom it is decided.
    public var rule: String
    /// Where it goes when it cannot be decided there.
    public var escalation: String

    /// A rule with only `id` required; the matter, rule and escalation default to empty.
    public init(id: String, matter: String = "", rule: String = "", escalation: String = "") {
        self.id = id
        self.matter = matter
        self.rule = rule
        self.escalation = escalation
    }
}

/// A board, group or panel in the partnership's structure.
public struct Body: Codable, Sendable, Equatable, Identifiable {
    /// The body's id, unique within its structure, e.g. "csp"; parents and links refer to it.
    public var id: String
    /// The body's full name, e.g. "Safer Communities Executive Board".
    public var name: String
    /// Its usual abbreviation, e.g. "SCEB"; empty when it has none (see `shortName`).
    public var acronym: String
    /// What sort of body it is.
    public var kind: BodyKind
    /// 1 strategic, 2 performance and evaluation, 3 delivery; 0 above the partnership.
    public var tier: Int
    /// What the body is for, in a sentence or two.
    public var purpose: String
    /// Its terms of reference, one duty per entry, in the order written.
    public var termsOfReference: [String]
    /// How often it meets.
    public var cadence: Cadence
    /// Who chairs it, as written (a role or a person); empty when no chair is named, which the checks report.
    public var chair: String
    /// Who deputises for the chair, as written; empty when there is none.
    public var viceChair: String
    /// The seats on the body, in the order listed.
    public var members: [Member]
    /// The bodies this one reports to, by id; more than one where it reports to several.
    public var parents: [String]
    /// Links that are not reporting lines.
    public var links: [BodyLink]
    /// Whether it meets now, is proposed, or has been retired.
    public var status: BodyStatus
    /// Who decides what in this body, and where each matter escalates.
    public var decisionRules: [DecisionRule]
    /// Free notes about the body.
    public var notes: String

    /// A body with only `id` required: by default an active tier-3 working group meeting as required,
    /// with no members, parents or links.
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
    /// The proposal's id, unique among the proposals.
    public var id: String
    /// The proposal's short title, shown in lists.
    public var title: String
    /// What the proposal changes and why, as written.
    public var description: String
    /// The day it was drafted, when known.
    public var createdOn: Day?
    /// Whether it is still a draft, was adopted, or was discarded.
    public var status: ProposalStatus
    /// The date it was adopted or discarded.
    public var decidedOn: Day?
    /// The proposed structure in full, not a list of changes; compared with the current one to show them.
    public var bodies: [Body]

    /// A draft proposal with only `id` required and no bodies.
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
    /// The former structure's id, unique among them, e.g. "former-1".
    public var id: String
    /// A title for the structure, shown in lists: "Structure before" and the adopted proposal's title.
    public var title: String
    /// The day it stopped being the current structure.
    public var replacedOn: Day?
    /// The bodies as they stood when it was replaced.
    public var bodies: [Body]

    /// A former structure with only `id` required and no bodies.
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
    /// The current structure's bodies, in the order listed.
    public var bodies: [Body]
    /// Proposed new structures, drafts and decided ones alike.
    public var proposals: [GovernanceProposal]
    /// Structures that were replaced, oldest first as recorded.
    public var formerStructures: [FormerStructure]
    /// The bodies' dated meetings, by date.
    public var meetings: [Meeting]
    /// Papers put to the bodies, each with its own metadata.
    public var papers: [BoardPaper]

    /// Governance with no board, bodies, proposals, meetings or papers unless given.
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
