/// Where one value of a demo workspace comes from: a source paper and the place in it.
///
/// A note names a record (`partner:council`, `body:csp`, or a whole part: `plan`, `partnership`)
/// and, optionally, one of its fields; without a field it vouches for the record's existence and
/// name. The quote is the source's own words, so a reader can find them in the paper.
public struct SourceNote: Codable, Sendable, Equatable {
    /// `kind:id` of the record, or `plan` / `partnership` for the single parts.
    public var record: String
    /// The field the note is about; nil for the record as a whole (its existence and name).
    public var field: String?
    /// The source document's short id, e.g. `seed 002`.
    public var source: String
    /// Where in the source, e.g. `¶8, key partners` or `Funding table`.
    public var place: String
    /// The source's words the value rests on.
    public var quote: String
    /// The field's value as the demo was written with it (see `Workspace.sourcedValue`), so a later
    /// edit shows: when the field no longer holds it, the note no longer applies. Nil for a note on
    /// the record as a whole, and in demo files written before values were kept (those notes stand).
    public var value: String?

    /// A note that `source`, at `place`, states the record (or one field of it) in the words `quote`.
    public init(record: String, field: String? = nil, source: String, place: String, quote: String,
                value: String? = nil) {
        self.record = record
        self.field = field
        self.source = source
        self.place = place
        self.quote = quote
        self.value = value
    }

    /// `seed 002, ¶8, key partners: "Herefordshire Council"`.
    public var citation: String { "\(source), \(place): \u{201C}\(quote)\u{201D}" }
}

/// A source document a workspace's notes cite.
public struct SourceDocument: Codable, Sendable, Equatable {
    /// The short id the notes use, e.g. `seed 002`.
    public var id: String
    /// The document's title as a reader would look for it.
    public var title: String

    /// A source document with its short id and title.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Which values of a demo workspace its source papers state, and so which are example data.
///
/// Present only in demo workspaces: a workspace the user made (init, import) has none, and shows
/// no example-data markers at all. In a demo, the records listed in `examples` (those the demo was
/// written with and no note vouches for) are example data, as is any field of the plan or the
/// partnership without a note; a record the user adds to a demo is theirs, not example data.
public struct Provenance: Codable, Sendable, Equatable {
    /// The source documents the notes cite.
    public var documents: [SourceDocument]
    /// What each source states, record by record and field by field.
    public var notes: [SourceNote]
    /// Keys of the records the demo was written with that no source states.
    public var examples: [String]

    /// Provenance citing `documents`, with its notes and the keys of its example records.
    public init(documents: [SourceDocument] = [], notes: [SourceNote] = [], examples: [String] = []) {
        self.documents = documents
        self.notes = notes
        self.examples = examples
    }

    /// The notes on a record (on the record as a whole and on its fields), in the order given.
    public func notes(for record: String) -> [SourceNote] { notes.filter { $0.record == record } }

    /// True when the record is one the demo invented: no source states anything about it.
    public func isExample(_ record: String) -> Bool { examples.contains(record) }

    /// True when no note vouches for this field of the record.
    public func isExample(_ record: String, field: String) -> Bool {
        !notes.contains { $0.record == record && $0.field == field }
    }

    /// The title of a cited document, or its id when it is not listed.
    public func title(of source: String) -> String { documents.first { $0.id == source }?.title ?? source }

    /// The record key used by notes: `kind:id`.
    public static func key(_ kind: String, _ id: String) -> String { kind + ":" + id }
}
