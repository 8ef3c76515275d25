extension Governance {
    /// A body's meetings, by date.
    public func meetings(of body: String) -> [Meeting] {
        meetings.filter { $0.body == body }.sorted { $0.date < $1.date }
    }

    /// The last meeting of `body` held on or before `day`: a meeting held today counts (cancelled
    /// and planned meetings do not).
    public func lastHeld(of body: String, onOrBefore day: Day) -> Meeting? {
        meetings.filter { $0.body == body && $0.status == .held && $0.date <= day }.max { $0.date < $1.date }
    }

    /// The next `count` planned meetings on or after `day`, of every body, by date.
    public func upcoming(from day: Day, count: Int) -> [Meeting] {
        Array(meetings.filter { $0.status == .planned && $0.date >= day }.sorted { $0.date < $1.date }.prefix(count))
    }

    /// The planned meetings a body's cadence gives for the year from `start`, leaving out dates
    /// on which the body already has a meeting. "As required" gives none.
    public func generatedMeetings(for body: Body, from start: Day) -> [Meeting] {
        let end = start.adding(months: 12)
        let taken = Set(meetings.filter { $0.body == body.id }.map(\.date))
        let count = Int(body.cadence.meetingsPerYear.rounded(.up)) + 1
        return body.cadence.nextMeetings(from: start, count: count).dates
            .filter { $0 < end && !taken.contains($0) }
            .map { Meeting(id: Governance.meetingID(body.id, $0), body: body.id, date: $0) }
    }

    /// Adds the planned meetings of ``generatedMeetings(for:from:)``; returns how many.
    @discardableResult
    public mutating func generateMeetings(for body: Body, from start: Day) -> Int {
        let new = generatedMeetings(for: body, from: start)
        meetings = (meetings + new).sorted { $0.date != $1.date ? $0.date < $1.date : $0.body < $1.body }
        return new.count
    }

    /// The id a meeting of `body` on `day` is given: the same in every clone, so two people
    /// generating a year's meetings make the same records.
    public static func meetingID(_ body: String, _ day: Day) -> String { body + "-" + day.iso }

    /// The meeting with this id.
    public func meeting(_ id: String?) -> Meeting? {
        guard let id else { return nil }
        return meetings.first { $0.id == id }
    }

    /// The paper with this id.
    public func paper(_ id: String?) -> BoardPaper? {
        guard let id else { return nil }
        return papers.first { $0.id == id }
    }
}

/// A body's next meetings: the planned ones recorded, else dates from its cadence.
public struct NextMeetings: Sendable, Equatable {
    /// The days of the next meetings, earliest first.
    public var dates: [Day]
    /// True when the dates come from the cadence without an anchor, so the days are indicative.
    public var estimated: Bool
    /// True when the dates are recorded meetings rather than the cadence's.
    public var recorded: Bool
}

extension Workspace {
    /// The next `count` meetings of `body` on or after `day`: its planned meetings when any
    /// meeting of it is recorded, else the dates its cadence gives.
    public func nextMeetings(of body: Body, from day: Day, count: Int) -> NextMeetings {
        let recorded = governance.meetings(of: body.id)
        if !recorded.isEmpty {
            let dates = recorded.filter { $0.status == .planned && $0.date >= day }.prefix(count).map(\.date)
            return NextMeetings(dates: Array(dates), estimated: false, recorded: true)
        }
        let schedule = body.cadence.nextMeetings(from: day, count: count)
        return NextMeetings(dates: schedule.dates, estimated: schedule.estimated, recorded: false)
    }

    /// The day "since the last meeting" counts from: the last held meeting of the partnership
    /// board on or before `today` (a meeting marked held today counts), nil when none is recorded.
    public func lastBoardMeeting(onOrBefore today: Day) -> Meeting? {
        guard let board = governance.partnershipBoard else { return nil }
        return governance.lastHeld(of: board, onOrBefore: today)
    }

    /// The next planned meeting of the partnership board on or after `today`: the meeting a paper
    /// goes to when its author names none; nil when none is recorded.
    public func nextBoardMeeting(onOrAfter today: Day) -> Meeting? {
        guard let board = governance.partnershipBoard else { return nil }
        return governance.meetings(of: board).first { $0.status == .planned && $0.date >= today }
    }

    /// The comparison date for the chair's brief: the last held board meeting, else three months
    /// before `today`.
    public func briefSince(today: Day) -> Day {
        lastBoardMeeting(onOrBefore: today)?.date ?? ChairBrief.defaultSince(today: today)
    }

    /// The cover fields a recorded meeting gives a paper: its body's name and its date; nil when
    /// no meeting has the id.
    public func cover(fromMeeting id: String) -> PaperCoverFields? {
        guard let m = governance.meeting(id.trimmingSpaces()) else { return nil }
        return PaperCoverFields(meeting: body(m.body)?.name ?? m.body, date: m.date)
    }

    /// "Safer Communities Executive Board, 28 Mar 2008": a meeting as a line.
    public func describe(_ m: Meeting) -> String {
        (body(m.body)?.name ?? m.body) + ", " + m.date.display
    }
}

extension AgendaItem {
    /// The decision in its wording: "Approved", "Recommended to Council", "Noted", or the words
    /// used; nil when none is recorded.
    public var decision: String? {
        guard let outcome else { return nil }
        let head: String
        switch outcome {
        case .recommended: head = "Recommended to " + (to.isEmpty ? "another body" : to)
        case .other: return words.isEmpty ? nil : words
        default: head = outcome.label
        }
        return words.isEmpty ? head : head + ": " + words
    }
}
