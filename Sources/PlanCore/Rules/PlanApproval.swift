extension ApprovalStep {
    /// The step as a sentence saying exactly what the record says: "Approved by the Strategy
    /// Group", "Cabinet asked on 1 May 2008 to recommend it to Council for adoption", "To be
    /// submitted to Government Office by 2 June 2008".
    public var sentence: String {
        let when = !dateWords.isEmpty ? " " + dateWords : date.map { " on " + PaperDate.long($0) } ?? ""
        let by = body.isEmpty ? "" : " by " + body
        let who = body.isEmpty ? "the plan" : body
        let target = to.isEmpty ? "another body" : to
        if action == .other {
            let text = body.isEmpty ? words.capitalizedFirst : [body, words].filter { !$0.isEmpty }.joined(separator: ": ")
            return (text.isEmpty ? "A step" : text) + when
        }
        switch state {
        case .done:
            switch action {
            case .recommended: return "\(who) recommended it to \(target) for adoption" + when
            case .submitted: return "Submitted\(by) to \(target)" + when
            default: return action.label + by + when
            }
        case .asked:
            return "\(who) asked\(when) to " + infinitive(target)
        case .planned:
            switch action {
            case .recommended: return "To be recommended\(by) to \(target) for adoption" + when
            case .submitted: return "To be submitted\(by) to \(target)" + when
            default: return "To be " + action.rawValue + by + when
            }
        }
    }

    func infinitive(_ target: String) -> String {
        switch action {
        case .approved: return "approve it"
        case .endorsed: return "endorse it"
        case .recommended: return "recommend it to \(target) for adoption"
        case .adopted: return "adopt it"
        case .submitted: return "submit it to \(target)"
        case .published: return "publish it"
        case .other: return words
        }
    }

    /// A few words for a status bar: "approved", "recommended to Council".
    public var stage: String {
        switch action {
        case .recommended: return "recommended to \(to.isEmpty ? "another body" : to)"
        case .submitted: return "submitted to \(to.isEmpty ? "another body" : to)"
        case .other: return words.isEmpty ? "draft" : words
        default: return action.rawValue
        }
    }
}

extension Plan {
    /// The steps that happened or were put to a body, in order.
    public var approvalSoFar: [ApprovalStep] { approval.filter { $0.state != .planned } }
    /// The timetable targets still to come.
    public var approvalAhead: [ApprovalStep] { approval.filter { $0.state == .planned } }

    /// Where the plan stands, from the steps that happened: the sentences of every step done or
    /// asked, joined; "Draft: no approval step recorded" when there is none.
    public var approvalStatus: String {
        let so = approvalSoFar
        return so.isEmpty ? "Draft: no approval step recorded" : so.map(\.sentence).joined(separator: "; ")
    }

    /// A few words for the status bar: the last step done, "awaiting a decision" when a step is only
    /// asked, else "draft".
    public var approvalStage: String {
        if let last = approval.last(where: { $0.state == .done }) { return last.stage }
        if approval.contains(where: { $0.state == .asked }) { return "awaiting a decision" }
        return "draft"
    }

    /// Records a step of any kind and returns it. A planned step of the same action and body is
    /// replaced by the one that happened, so a timetable target becomes the record of its doing
    /// (and a step asked of a body, by its outcome); steps that happened stay ahead of the
    /// targets still to come.
    @discardableResult
    public mutating func record(_ step: ApprovalStep) -> ApprovalStep {
        var step = step
        step.body = step.body.trimmingSpaces()
        var replacedAt: Int?
        let replaceable: Set<ApprovalState> = step.state == .done ? [.planned, .asked] : [.planned]
        if step.state != .planned,
           let i = approval.firstIndex(where: { replaceable.contains($0.state) && $0.action == step.action
               && ($0.body.lowercased() == step.body.lowercased() || step.body.isEmpty) }) {
            if step.body.isEmpty { step.body = approval[i].body }
            if step.to.isEmpty { step.to = approval[i].to }
            if step.words.isEmpty { step.words = approval[i].words }
            if step.note.isEmpty { step.note = approval[i].note }
            if step.meeting == nil { step.meeting = approval[i].meeting }
            step.id = approval[i].id
            approval.remove(at: i)
            replacedAt = i
        }
        if step.state == .planned {
            approval.append(step)
        } else if let i = replacedAt, approval[..<min(i, approval.count)].allSatisfy({ $0.state != .planned }) {
            approval.insert(step, at: i)
        } else {
            approval.insert(step, at: approval.firstIndex { $0.state == .planned } ?? approval.count)
        }
        return step
    }
}
