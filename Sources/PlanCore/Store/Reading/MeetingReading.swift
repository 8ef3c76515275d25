// How meetings, agenda items and papers in governance.json are read on the load path.

extension AgendaItem: JSONReadable {
    /// Reads `AgendaItem` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(AgendaItem(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "title": v.title = try r.string()
            case "paper": v.paper = try r.optionalString()
            case "outcome": v.outcome = r.null() ? nil : try r.choice(DecisionOutcome.self)
            case "to": v.to = try r.string()
            case "words": v.words = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension Meeting: JSONReadable {
    /// Reads `Meeting` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var gotBody = false, gotDate = false
        self = try r.record(Meeting(id: "", body: "", date: Day(dayNumber: 0)), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "body": v.body = try r.string(); gotBody = true
            case "date": v.date = try r.read(); gotDate = true
            case "time": v.time = try r.string()
            case "place": v.place = try r.string()
            case "status": v.status = try r.choice(MeetingStatus.self)
            case "agenda": v.agenda = try r.readList()
            case "note": v.note = try r.string()
            default: return false
            }
            return true
        }
        if !gotBody { throw r.missing("body", objectAt: at) }
        if !gotDate { throw r.missing("date", objectAt: at) }
    }
}

extension BoardPaper: JSONReadable {
    /// Reads `BoardPaper` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(BoardPaper(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "subject": v.subject = try r.string()
            case "author": v.author = try r.string()
            case "role": v.role = try r.string()
            case "body": v.body = try r.optionalString()
            case "meeting": v.meeting = try r.optionalString()
            case "date": v.date = try r.readOptional(Day.self)
            case "purpose": v.purpose = try r.strings()
            case "recommendations": v.recommendations = try r.strings()
            case "implications": v.implications = try r.strings()
            case "note": v.note = try r.string()
            default: return false
            }
            return true
        }
    }
}
