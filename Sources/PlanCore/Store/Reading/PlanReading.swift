// How plan.json is read on the load path.

extension ApprovalStep: JSONReadable {
    /// Reads `ApprovalStep` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var gotAction = false
        self = try r.record(ApprovalStep(id: "", action: .other), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "action": v.action = try r.choice(ApprovalAction.self); gotAction = true
            case "state": v.state = try r.choice(ApprovalState.self)
            case "body": v.body = try r.string()
            case "to": v.to = try r.string()
            case "meeting": v.meeting = try r.optionalString()
            case "date": v.date = try r.readOptional(Day.self)
            case "dateWords": v.dateWords = try r.string()
            case "words": v.words = try r.string()
            case "note": v.note = try r.string()
            default: return false
            }
            return true
        }
        if !gotAction { throw r.missing("action", objectAt: at) }
    }
}

extension PlanPeriod: JSONReadable {
    /// Reads `PlanPeriod` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(PlanPeriod(startYear: 0, endYear: 0)) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "startYear": v.startYear = try r.int()
            case "endYear": v.endYear = try r.int()
            default: return false
            }
            return true
        }
    }
}

extension PlanRevision: JSONReadable {
    /// Reads `PlanRevision` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var gotYear = false
        self = try r.record(PlanRevision(id: "", year: FinancialYear(0)), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "year": v.year = try r.read(); gotYear = true
            case "date": v.date = try r.readOptional(Day.self)
            case "summary": v.summary = try r.string()
            case "changes": v.changes = try r.strings()
            default: return false
            }
            return true
        }
        if !gotYear { throw r.missing("year", objectAt: at) }
    }
}

extension Milestone: JSONReadable {
    /// Reads `Milestone` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension StrategicAssessment: JSONReadable {
    /// Reads `StrategicAssessment` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(StrategicAssessment()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "date": v.date = try r.readOptional(Day.self)
            case "summary": v.summary = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension NationalPriority: JSONReadable {
    /// Reads `NationalPriority` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(NationalPriority(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "framework": v.framework = try r.string()
            case "title": v.title = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension ChecklistNote: JSONReadable {
    /// Reads `ChecklistNote` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(ChecklistNote(item: "", note: "")) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "item": v.item = try r.string()
            case "note": v.note = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension Plan: JSONReadable {
    /// Reads `Plan` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Plan()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "title": v.title = try r.string()
            case "period": v.period = try r.read()
            case "currentYear": v.currentYear = try r.read()
            case "versionLabel": v.versionLabel = try r.string()
            case "approval": v.approval = try r.readList()
            case "revisions": v.revisions = try r.readList()
            case "timetable": v.timetable = try r.readList()
            case "strategicAssessment": v.strategicAssessment = try r.read()
            case "crimeStrategy": v.crimeStrategy = try r.string()
            case "performanceFramework": v.performanceFramework = try r.string()
            case "resourcing": v.resourcing = try r.string()
            case "engagementApproach": v.engagementApproach = try r.string()
            case "businessProcesses": v.businessProcesses = try r.string()
            case "nationalPriorities": v.nationalPriorities = try r.readList()
            case "publicSummary": v.publicSummary = try r.string()
            case "checklistNotes": v.checklistNotes = try r.readList()
            default: return false
            }
            return true
        }
    }
}

extension Priority: JSONReadable {
    /// Reads `Priority` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(Priority(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "code": v.code = try r.string()
            case "title": v.title = try r.string()
            case "kind": v.kind = try r.choice(PriorityKind.self)
            case "description": v.description = try r.string()
            case "lead": v.lead = try r.string()
            case "owningBody": v.owningBody = try r.optionalString()
            case "bodies": v.bodies = try r.strings()
            case "indicators": v.indicators = try r.strings()
            case "status": v.status = try r.choice(PriorityStatus.self)
            case "since": v.since = try r.readOptional(FinancialYear.self)
            case "retiredIn": v.retiredIn = try r.readOptional(FinancialYear.self)
            default: return false
            }
            return true
        }
    }
}
