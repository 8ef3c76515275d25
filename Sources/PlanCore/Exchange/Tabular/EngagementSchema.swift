/// Community engagement as a table: one row per way the partnership engages.
public struct EngagementSchema: TableSchema {
    /// The engagement table's schema; make one for each import, as it keeps that import's new ids and
    /// lookups. New mechanisms given no id are numbered "eng-N" after the highest in use.
    public init() {}
    private let ids = NumberedIDs(prefix: "eng-")
    private let lookup = RecordLookup<EngagementMechanism>(id: { [$0.id] }, title: [\.name])
    /// "engagement mechanism", as messages name a record.
    public var noun: String { "engagement mechanism" }

    /// The engagement mechanism catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { EngagementMechanism.catalogue.columns() }

    /// Nil when the header has a column for the mechanism's name; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["name"] != nil ? nil : "the header has no column for the mechanism (\"Mechanism\", \"Activity\", \"Name\")"
    }

    /// The mechanism whose id is `reference`.
    public func find(_ reference: String, in ws: Workspace) -> EngagementMechanism? { lookup.find(reference, in: ws.engagement) }
    /// The one mechanism whose name is the row's, ignoring case and spacing; nil when none or several.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> EngagementMechanism? { lookup.only(titled: reader.text("name"), in: ws.engagement) }
    /// The next "eng-N" after the highest among the mechanisms and the ids the sheet gives.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { ids.next(count: ws.engagement.count, reserved: reserved) { ws.engagement.map(\.id) } }
    /// A new mechanism with only its id, happening as required.
    public func blank(id: String, in ws: Workspace) -> EngagementMechanism { EngagementMechanism(id: id) }
    /// The mechanism's id.
    public func id(of record: EngagementMechanism) -> String { record.id }
    /// The workspace's engagement mechanisms, in the order held.
    public func records(in ws: Workspace) -> [EngagementMechanism] { ws.engagement }

    /// Puts a new mechanism at the end, or a changed one in place of the one with its id.
    public func store(_ record: consuming EngagementMechanism, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.engagement)
    }

    /// The mechanism's value for `field` as the export writes it: its text, the frequency in words as
    /// written or worked out ("monthly", "twice a year"); empty for a field it has no value for.
    public func value(_ field: String, of e: EngagementMechanism, in ws: Workspace, today: Day) -> RawCell {
        let text: String
        switch field {
        case "id": text = e.id
        case "name": text = e.name
        case "description": text = e.description
        case "frequency": text = e.frequency.display
        case "audience": text = e.audience
        case "owner": text = e.owner
        default: text = ""
        }
        return text.isEmpty ? .empty : .text(text)
    }

    /// Applies the row: name, description, frequency (words SaferPlan cannot count from are kept as
    /// written, with a note), audience and owner. Refuses a row whose name is empty.
    public func apply(_ r: inout RowReader, to e: inout EngagementMechanism, original: EngagementMechanism, isNew: Bool, ws: inout Workspace) {
        r.setText("name", &e, \.name)
        r.setText("description", &e, \.description)
        r.setCadence("frequency", &e, \.frequency)
        r.setText("audience", &e, \.audience)
        r.setText("owner", &e, \.owner)
        if e.name.isEmpty { r.refuse("name", "expected the mechanism's name, found nothing") }
    }
}
