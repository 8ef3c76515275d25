/// How an organisation belongs to the partnership.
public enum PartnerKind: String, Codable, Sendable, CaseIterable {
    case responsibleAuthority, cooperatingBody, invitedMember, voluntarySector

    /// The kind as shown on screen and in papers, e.g. "Co-operating body".
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

    /// The authority as shown on screen; `council` reads "Local authority".
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
    /// The person's name, e.g. "Jane Smith"; empty when only the post is known.
    public var name: String
    /// Their post in the partner organisation, e.g. "Borough Commander".
    public var title: String

    /// A representative; both fields default to empty.
    public init(name: String = "", title: String = "") {
        self.name = name
        self.title = title
    }
}

/// An organisation in the partnership.
public struct Partner: Codable, Sendable, Equatable, Identifiable {
    /// The partner's id, unique among partners, e.g. "surrey-police"; body members refer to it.
    public var id: String
    /// The organisation's full name, e.g. "Surrey Police".
    public var name: String
    /// Its usual abbreviation; empty when it has none.
    public var acronym: String
    /// How it belongs to the partnership; a responsible authority should also name its `authority`.
    public var kind: PartnerKind
    /// Which responsible authority this is, when it is one.
    public var authority: AuthorityType?
    /// Its role in the partnership.
    public var role: String
    /// What it contributes: staff, money, data, services.
    public var contribution: String
    /// The people who represent it, in the order listed.
    public var representatives: [Representative]

    /// A partner with only `id` required: by default an invited member with no authority and no representatives.
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
    /// The mechanism's id, unique among them, e.g. "eng-panels".
    public var id: String
    /// What it is called, e.g. "Neighbourhood Policing Panels".
    public var name: String
    /// How it works, as written.
    public var description: String
    /// How often it happens, e.g. monthly, or every six months ("twice a year").
    public var frequency: Cadence
    /// Who it reaches, e.g. "Residents of each neighbourhood".
    public var audience: String
    /// The organisation that runs it, as written, e.g. "Surrey Police".
    public var owner: String

    /// A mechanism with only `id` required; it happens as required unless `frequency` says otherwise.
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
    /// The term's id, unique in the glossary; the demos make it from the term, e.g. "term-psa".
    public var id: String
    /// The acronym or term as used in the documents, e.g. "PSA".
    public var term: String
    /// What it stands for, e.g. "Public Service Agreement".
    public var meaning: String

    /// A glossary entry with only `id` required.
    public init(id: String, term: String = "", meaning: String = "") {
        self.id = id
        self.term = term
        self.meaning = meaning
    }
}
