/// How an organisation belongs to the partnership.
public enum PartnerKind: String, Codable, Sendable, CaseIterable {
    case responsibleAuthority, cooperatingBody, invitedMember, voluntarySector

    public var label: String {
        switch self {
        case .responsibleAuthority: return "Responsible authority"
        case .cooperatingBody: return "Co-operating body"
        case .invitedMember: return "Invited member"
        case .voluntarySector: return "Voluntary sector"
        }
    }
}

/// The statutory responsible authorities of a community safety partnership.
public enum AuthorityType: String, Codable, Sendable, CaseIterable {
    case police, policeAuthority, council, fireAndRescue, health, probation

    public var label: String {
        switch self {
        case .police: return "Police"
        case .policeAuthority: return "Police authority"
        case .council: return "Local authority"
        case .fireAndRescue: return "Fire and rescue"
        case .health: return "Health"
        case .probation: return "Probation"
        }
    }

    /// The five authorities every strategic board must include.
    public static let required: [AuthorityType] = [.police, .council, .fireAndRescue, .health, .probation]
}

/// A person who represents a partner.
public struct Representative: Codable, Sendable, Equatable {
    public var name: String
    public var title: String

    public init(name: String = "", title: String = "") {
        self.name = name
        self.title = title
    }
}

/// An organisation in the partnership.
public struct Partner: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var acronym: String
    public var kind: PartnerKind
    /// Which responsible authority this is, when it is one.
    public var authority: AuthorityType?
    /// Its role in the partnership.
    public var role: String
    /// What it contributes: staff, money, data, services.
    public var contribution: String
    public var representatives: [Representative]

    public init(id: String, name: String = "", acronym: String = "", kind: PartnerKind = .invitedMember,
                authority: AuthorityType? = nil, role: String = "", contribution: String = "",
                representatives: [Representative] = []) {
        self.id = id
        self.name = name
        self.acronym = acronym
        self.kind = kind
        self.authority = authority
        self.role = role
        self.contribution = contribution
        self.representatives = representatives
    }
}

/// A way the partnership engages with local communities.
public struct EngagementMechanism: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    public var frequency: Cadence
    public var audience: String
    public var owner: String

    public init(id: String, name: String = "", description: String = "", frequency: Cadence = Cadence(),
                audience: String = "", owner: String = "") {
        self.id = id
        self.name = name
        self.description = description
        self.frequency = frequency
        self.audience = audience
        self.owner = owner
    }
}

/// An acronym and what it stands for.
public struct GlossaryTerm: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var term: String
    public var meaning: String

    public init(id: String, term: String = "", meaning: String = "") {
        self.id = id
        self.term = term
        self.meaning = meaning
    }
}
