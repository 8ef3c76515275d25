/// Which change log entries to show.
public struct ChangeQuery: Sendable, Equatable {
    /// Only changes made on or after this local day.
    public var since: Day?
    /// Only changes to the record with this id or reference (`R07`).
    public var record: String?
    /// Only changes by people whose name contains this (any case).
    public var who: String?
    /// Only changes in this file or to records of this kind (`risks.json`, `risk`, `action`…).
    public var section: String?

    /// A query; filters left nil match everything.
    public init(since: Day? = nil, record: String? = nil, who: String? = nil, section: String? = nil) {
        self.since = since
        self.record = record
        self.who = who
        self.section = section
    }

    /// True when `e` passes every filter set.
    public func matches(_ e: ChangeEntry) -> Bool {
        if let since, let day = Instant.localDay(e.at), day < since { return false }
        if let record, !record.isEmpty, e.recordID != record, e.reference?.caseInsensitiveEquals(record) != true,
           !e.recordID.caseInsensitiveEquals(record) { return false }
        if let who, !who.isEmpty, !e.who.lowercased().contains(who.lowercased()) { return false }
        if let section, !section.isEmpty, !e.file.caseInsensitiveEquals(section), !e.kind.caseInsensitiveEquals(section),
           !(e.file.lowercased().hasPrefix(section.lowercased())),
           !PlanSection.holding(file: e.file, kind: e.kind).rawValue.hasPrefix(section.lowercased()) { return false }
        return true
    }

    /// The entries that match, oldest first.
    public func filter(_ entries: [ChangeEntry]) -> [ChangeEntry] { entries.filter(matches) }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
