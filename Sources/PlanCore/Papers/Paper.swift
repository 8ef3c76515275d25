/// A board paper as structure, rendered to Markdown or HTML by the same content.
public struct Paper: Sendable, Equatable {
    /// The paper's title.
    public var title: String
    /// Lines under the title: the partnership, the date, what the paper is for.
    public var subtitle: [String]
    /// The body, block by block.
    public var blocks: [PaperBlock]
    /// The partnership's name, for the running header.
    public var partnership: String
    /// Purpose, recommendations, background and implications around the body.
    public var framing: PaperFraming
    /// Parts printed after the paper, listed under "Appendices".
    public var appendices: [PaperAppendix]
    /// The cover fields; set by `Papers.paper` from the author's options and the papers config.
    public var cover: PaperCoverFields

    /// A paper with its title and, when given, the rest of its parts.
    public init(title: String, subtitle: [String] = [], blocks: [PaperBlock] = [], partnership: String = "",
                framing: PaperFraming = PaperFraming(), appendices: [PaperAppendix] = [],
                cover: PaperCoverFields = PaperCoverFields()) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
        self.partnership = partnership
        self.framing = framing
        self.appendices = appendices
        self.cover = cover
    }

    /// Adds a block to the body.
    public mutating func add(_ block: PaperBlock) { blocks.append(block) }
    /// Adds a heading (level 2 unless said).
    public mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(level, text)) }
    /// Adds a paragraph, unless the text is blank.
    public mutating func paragraph(_ text: String) { if !text.trimmingSpaces().isEmpty { blocks.append(.paragraph(text)) } }
    /// Adds a bulleted list, unless it is empty.
    public mutating func bullets(_ items: [String]) { if !items.isEmpty { blocks.append(.bullets(items)) } }
    /// Adds a table.
    public mutating func table(_ t: PaperTable) { blocks.append(.table(t)) }

    /// The running header: the partnership and the title, or the title alone when it names the partnership.
    public var runningHeader: String {
        partnership.isEmpty || title.contains(partnership) ? title : partnership + " — " + title
    }

    /// The level-2 headings of the laid-out paper, for a contents list.
    public var contents: [String] {
        CommitteeLayout.blocks(self).compactMap { if case .heading(2, let t) = $0 { return t } else { return nil } }
    }
}

/// One block of a paper.
public enum PaperBlock: Sendable, Equatable {
    /// A heading at a level (2 a section, 3 a part of one) and its text.
    case heading(Int, String)
    /// A paragraph.
    case paragraph(String)
    /// A bulleted list.
    case bullets([String])
    /// A table.
    case table(PaperTable)
    /// Pre-drawn text (an organisation chart), kept in a fixed-width font.
    case figure(caption: String, text: String)
    /// Label and value pairs.
    case facts([PaperFact])
    /// The contents list of the paper's level-2 headings.
    case contents
    /// A new page when printed.
    case pageBreak
    /// A numbered list (recommendations).
    case numbered([String])
    /// The cover: label and value pairs printed as a bordered table.
    case cover([PaperFact])
}

/// A label and its value.
public struct PaperFact: Sendable, Equatable {
    /// What the value is, e.g. "Report of".
    public var label: String
    /// The value.
    public var value: String
    /// A label and its value.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with optional styling hints per row or cell (band colours, RAG, projected figures).
public struct PaperTable: Sendable, Equatable {
    /// The line above the table; empty for none.
    public var caption: String
    /// The column titles.
    public var header: [String]
    /// The rows, a text per column; a cell may hold several lines.
    public var rows: [[String]]
    /// Columns aligned right (figures).
    public var rightAligned: Set<Int>
    /// A class per cell (e.g. "band-red", "rag-amber", "projected"), or nil.
    public var cellClasses: [[String?]]
    /// Rows drawn as totals.
    public var totalRows: Set<Int>
    /// The record each row shows, as a provenance key (`partner:council`), or "" for a row that shows
    /// none; empty when the table does not say. Example data is marked by it, not by printed names.
    public var rowRecords: [String]
    /// The fields of its row's record each column prints (`["title", "cause"]`), or none for a column
    /// that prints no field (a reference, a date worked out); empty when the table does not say. In a
    /// demo, a cell of a sourced record printing a field no note vouches for is marked as example data.
    public var columnFields: [[String]]

    /// A table; the hints default to none.
    public init(caption: String = "", header: [String], rows: [[String]], rightAligned: Set<Int> = [],
                cellClasses: [[String?]] = [], totalRows: Set<Int> = [], rowRecords: [String] = [],
                columnFields: [[String]] = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
        self.cellClasses = cellClasses
        self.totalRows = totalRows
        self.rowRecords = rowRecords
        self.columnFields = columnFields
    }

    /// The class of a cell, if any.
    public func cellClass(_ row: Int, _ column: Int) -> String? {
        row < cellClasses.count && column < cellClasses[row].count ? cellClasses[row][column] : nil
    }
}
