/// Community engagement as a table: one row per way the partnership engages.
public struct EngagementSchema: TableSchema {
    public init() {}
    private let ids = NumberedIDs(prefix: "eng-")
    private let lookup = RecordLookup<EngagementMechanism>(id: { [$0.id] }, title: [\.name])
    public var noun: String { "engagement mechanism" }

    /// The engagement mechanism catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { EngagementMechanism.catalogue.columns() }

    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["name"] != nil ? nil : "the header has no column for the mechanism (\"Mechanism\", \"Activity\", \"Name\")"
    }

    public func find(_ reference: String, in ws: Workspace) -> EngagementMechanism? { lookup.find(reference, in: ws.engagement) }
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> EngagementMechanism? { lookup.only(titled: reader.text("name"), in: ws.engagement) }
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { ids.next(count: ws.engagement.count, reserved: reserved) { ws.engagement.map(\.id) } }
    public func blank(id: String, in ws: Workspace) -> EngagementMechanism { EngagementMechanism(id: id) }
    public func id(of record: EngagementMechanism) -> String { record.id }
    public func records(in ws: Workspace) -> [EngagementMechanism] { ws.engagement }

    public func store(_ record: EngagementMechanism, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.engagement)
    }

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

    public func apply(_ r: inout RowReader, to e: inout EngagementMechanism, original: EngagementMechanism, isNew: Bool, ws: inout Workspace) {
        r.setText("name", &e, \.name)
        r.setText("description", &e, \.description)
        r.setCadence("frequency", &e, \.frequency)
        r.setText("audience", &e, \.audience)
        r.setText("owner", &e, \.owner)
        if e.name.isEmpty { r.refuse("name", "expected the mechanism's name, found nothing") }
    }
}
