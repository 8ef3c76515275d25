/// Compact constructors for the demos' source notes (see `Provenance`).
enum DemoSources {
    /// `seed 002` for 2: the short id of a source paper of the demos.
    static func seed(_ n: Int) -> String { "seed 00\(n)" }

    /// A note that `field` of `record` (or the record itself, when nil) rests on `quote` at `place` in seed `n`.
    static func note(_ n: Int, _ record: String, _ field: String?, _ place: String, _ quote: String) -> SourceNote {
        SourceNote(record: record, field: field, source: seed(n), place: place, quote: quote)
    }
}

extension Workspace {
    /// The workspace with its provenance set: the demos mark what their seeds state (each note keeping
    /// the value it vouches for), and list every other record they were written with as example data.
    func sourced(_ provenance: Provenance) -> Workspace {
        var ws = self
        var p = provenance
        p.notes = keepingValues(p.notes)
        let noted = Set(p.notes.map(\.record))
        p.examples = recordKeys.filter { !noted.contains($0) }
        ws.info.provenance = p
        return ws
    }

    /// The provenance key of every record, in the order the workspace holds them.
    var recordKeys: [String] {
        func keys(_ kind: String, _ ids: [String]) -> [String] { ids.map { Provenance.key(kind, $0) } }
        return keys("partner", partners.map(\.id)) + keys("engagement", engagement.map(\.id))
            + keys("glossaryTerm", glossary.map(\.id)) + keys("strategicLink", partnership.strategicLinks.map(\.id))
            + keys("body", governance.bodies.map(\.id))
            + keys("member", governance.bodies.flatMap { $0.members.map(\.id) })
            + keys("proposal", governance.proposals.map(\.id))
            + keys("proposedBody", governance.proposals.flatMap { $0.bodies.map(\.id) })
            + keys("milestone", plan.timetable.map(\.id)) + keys("nationalPriority", plan.nationalPriorities.map(\.id))
            + keys("revision", plan.revisions.map(\.id)) + keys("priority", priorities.map(\.id))
            + keys("actionPlan", actionPlans.map(\.id)) + keys("action", allActions.map(\.action.id))
            + keys("indicator", indicators.map(\.id)) + keys("fundingLine", budget.fundingLines.map(\.id))
            + keys("carryForward", budget.carryForwards.map(\.id)) + keys("allocation", budget.allocations.map(\.id))
            + keys("risk", risks.risks.map(\.id)) + meetingRecordKeys
    }
}
