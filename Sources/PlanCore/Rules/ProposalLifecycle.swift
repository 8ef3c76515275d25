/// Why a proposal could not be started, adopted or discarded.
public struct ProposalError: Error, Equatable, CustomStringConvertible {
    /// The reason, in words for the officer.
    public var description: String
    /// An error carrying the reason `d`.
    public init(_ d: String) { description = d }
}

extension Governance {
    /// Starts a draft proposal as a copy of the current structure (former bodies left out).
    /// Returns its id.
    public mutating func startProposal(title: String, on date: Day) -> String {
        let id = IDs.next(prefix: "proposal-", existing: proposals.map(\.id))
        let name = title.trimmingSpaces().isEmpty ? "Proposed structure" : title.trimmingSpaces()
        proposals.append(GovernanceProposal(id: id, title: name, createdOn: date, status: .draft,
                                            bodies: bodies.filter { $0.status != .former }))
        return id
    }

    /// Adopts a draft proposal: the current structure is kept as a former structure, the
    /// proposal's bodies become the current ones (proposed bodies become active).
    public mutating func adopt(_ id: String, on date: Day) throws(ProposalError) {
        guard let i = proposals.firstIndex(where: { $0.id == id }) else { throw ProposalError("there is no proposal \(id)") }
        guard proposals[i].status == .draft else { throw ProposalError("\"\(proposals[i].title)\" is already \(proposals[i].status.rawValue)") }
        guard !proposals[i].bodies.isEmpty else { throw ProposalError("\"\(proposals[i].title)\" has no bodies") }
        let cycles = Governance.cycles(in: proposals[i].bodies)
        guard cycles.isEmpty else { throw ProposalError("the proposal has a reporting cycle: " + (cycles.first ?? []).joined(separator: " → ")) }
        formerStructures.append(FormerStructure(id: IDs.next(prefix: "former-", existing: formerStructures.map(\.id)),
                                                title: "Structure before \(proposals[i].title)", replacedOn: date, bodies: bodies))
        bodies = proposals[i].bodies.map { b in
            var b = b
            if b.status == .proposed { b.status = .active }
            return b
        }
        if let board = partnershipBoard, !bodies.contains(where: { $0.id == board }) {
            partnershipBoard = bodies.first { $0.kind == .strategicBoard }?.id
        }
        proposals[i].status = .adopted
        proposals[i].decidedOn = date
    }

    /// Discards a draft proposal; it is kept, marked discarded.
    public mutating func discard(_ id: String, on date: Day) throws(ProposalError) {
        guard let i = proposals.firstIndex(where: { $0.id == id }) else { throw ProposalError("there is no proposal \(id)") }
        guard proposals[i].status == .draft else { throw ProposalError("\"\(proposals[i].title)\" is already \(proposals[i].status.rawValue)") }
        proposals[i].status = .discarded
        proposals[i].decidedOn = date
    }
}
