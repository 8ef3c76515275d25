/// Where glossary terms are used, and which terms a piece of text uses.
public enum GlossaryUse {
    /// A place a term appears.
    public struct Place: Sendable, Equatable {
        /// What the place is called, for a list of uses.
        public var label: String
        /// The section and record where the term appears.
        public var location: PlanLocation
    }

    /// True when `term` appears in `text` as a whole word (acronyms match case exactly).
    public static func contains(_ text: String, term: String) -> Bool {
        guard !term.isEmpty, text.count >= term.count else { return false }
        let exact = term.uppercased() == term
        let hay = Array(exact ? text : text.lowercased())
        let needle = Array(exact ? term : term.lowercased())
        guard needle.count <= hay.count else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
                let before = i == 0 || !(hay[i - 1].isLetter || hay[i - 1].isNumber)
                let after = i + needle.count == hay.count || !(hay[i + needle.count].isLetter || hay[i + needle.count].isNumber)
                if before && after { return true }
            }
            i += 1
        }
        return false
    }

    /// The glossary terms `text` uses, in glossary order. The text's words are found once: a
    /// one-word term is then a set look-up (the same answer `contains` gives), so a long glossary
    /// costs little per text; only terms of several words are searched for.
    /// Many texts against one glossary: keep a `GlossaryIndex` instead.
    public static func terms(in text: String, glossary: [GlossaryTerm]) -> [GlossaryTerm] {
        GlossaryIndex(glossary).terms(in: text)
    }

    /// The maximal runs of letters and digits in `text`.
    static func wordSet(_ text: String) -> Set<String> {
        var out = Set<String>()
        var word = ""
        for ch in text {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else if !word.isEmpty {
                out.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { out.insert(word) }
        return out
    }

    /// Every record whose text uses `term`.
    public static func places(of term: String, in ws: Workspace) -> [Place] {
        var out: [Place] = []
        func check(_ texts: [String], _ label: String, _ location: PlanLocation) {
            if texts.contains(where: { contains($0, term: term) }) { out.append(Place(label: label, location: location)) }
        }
        let p = ws.partnership
        check([p.name, p.vision, p.storyOfPlace, p.communityStrategyLink] + p.lessonsLearnt + p.keyChallenges,
              "The partnership and its plan narrative", PlanLocation(.plan))
        check([ws.plan.crimeStrategy, ws.plan.performanceFramework, ws.plan.resourcing, ws.plan.engagementApproach,
               ws.plan.businessProcesses, ws.plan.strategicAssessment.summary], "The plan's strategy sections", PlanLocation(.plan))
        for b in ws.governance.bodies {
            check([b.name, b.acronym, b.purpose, b.chair, b.viceChair] + b.termsOfReference + b.members.map(\.role),
                  "Body: \(b.name)", PlanLocation(.governance, record: b.id))
        }
        for x in ws.partners { check([x.name, x.acronym, x.role, x.contribution], "Partner: \(x.name)", PlanLocation(.partners, record: x.id)) }
        for x in ws.priorities { check([x.title, x.description, x.lead], "Priority: \(x.title)", PlanLocation(.priorities, record: x.id)) }
        for (_, a) in ws.allActions { check([a.title, a.owner], "Action: \(a.title)", PlanLocation(.priorities, record: a.id)) }
        for i in ws.indicators { check([i.code, i.title], "Indicator: \(i.code) \(i.title)", PlanLocation(.indicators, record: i.id)) }
        for r in ws.risks.risks {
            check([r.title, r.cause, r.event, r.consequence, r.owner] + r.controls, "Risk \(r.reference): \(r.title)",
                  PlanLocation(.risks, record: r.id))
        }
        for e in ws.engagement { check([e.name, e.description], "Engagement: \(e.name)", PlanLocation(.engagement, record: e.id)) }
        for m in ws.plan.timetable { check([m.step, m.body], "Timetable: \(m.step)", PlanLocation(.timetable, record: m.id)) }
        for l in ws.budget.fundingLines { check([l.source], "Funding: \(l.source)", PlanLocation(.budget, record: l.id)) }
        return out
    }
}
