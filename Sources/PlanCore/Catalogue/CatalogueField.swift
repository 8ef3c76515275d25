/// One field of a record: its JSON name, its sheet column, the words people and councils use for
/// it, what it holds, and typed access to its value. Everything that reads, writes, lists, imports,
/// checks or edits a record's fields reads it from here.
public struct CatalogueField<R>: Sendable {
    /// The name in sheets (CSV header), e.g. `raised_on`; for a field not in sheets, its JSON name.
    public let name: String
    /// The key in the record's JSON, e.g. `raisedOn`; nil when the field is not stored on its own
    /// (a part of a stored field, such as a score's likelihood, or a derived column).
    public let json: StaticString?
    /// The label on workbook headers, forms and messages, e.g. "Raised".
    public let label: String
    /// Other headers that mean this field in councils' own sheets.
    public let synonyms: [String]
    /// What the field holds and where it is on the record.
    public let value: FieldValue<R>
    /// The scale or unit of its number, if any.
    public let scale: FieldScale?
    /// What a new record must give (a form or an import refuses it without).
    public let required: Bool
    /// What the record's form requires: as `required` unless the form has another way to leave
    /// it out (a funding line's amount may be "not yet known" there).
    public let requiredOnForm: Bool
    /// True when a JSON file must carry the field (it has no default).
    public let requiredInFile: Bool
    /// One sentence on what the field holds.
    public let help: String
    /// True when the field is a column of the record's sheets.
    public let inSheets: Bool
    /// How the record's form shows the field.
    public let form: FormUse
    /// The sheet column's kind when it is not the one the value makes (a list of records kept as lines).
    let sheetKindOverride: FieldKind?

    /// A field; by default in sheets and on forms, under its label.
    public init(_ name: String, json: StaticString?, _ label: String, _ value: FieldValue<R>, synonyms: [String] = [],
                scale: FieldScale? = nil, required: Bool = false, requiredOnForm: Bool? = nil, requiredInFile: Bool = false, help: String = "",
                inSheets: Bool = true, form: FormUse = .shown, sheetKind: FieldKind? = nil) {
        self.name = name
        self.json = json
        self.label = label
        self.value = value
        self.synonyms = synonyms
        self.scale = scale
        self.required = required
        self.requiredOnForm = requiredOnForm ?? required
        self.requiredInFile = requiredInFile
        self.help = help
        self.inSheets = inSheets
        self.form = form
        self.sheetKindOverride = sheetKind
    }

    /// True for a column worked out from other fields.
    public var isDerived: Bool {
        if case .derived = value { return true }
        return false
    }

    /// The label on the record's form, or nil when the form does not show the field.
    public var formLabel: String? {
        switch form {
        case .hidden: nil
        case .shown: label
        case .labelled(let words): words
        }
    }

    /// The field's name in messages: the words its form shows it under (else its label), e.g.
    /// "Title" for a risk's title, whose sheet column is "Risk".
    public var messageName: String { formLabel ?? label }

    /// `messageName` inside a sentence ("has no title"): its first letter in lower case, unless
    /// the name starts with an acronym ("RAG", "SMART measure").
    public var inSentence: String {
        let name = messageName
        guard let first = name.first, name.dropFirst().first?.isUppercase != true else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// The JSON key as text, or nil.
    public var jsonName: String? { json.map { $0.description } }

    /// The field as a sheet column on `matrix` (levels run from 1 to the matrix's size).
    public func column(matrix: RiskMatrix) -> FieldDescription {
        let kind = sheetKindOverride ?? value.sheetKind(scale: scale, matrix: matrix)
        let levels = scale.flatMap { $0.levels(on: matrix) }
        let text = levels.map { "1 to \($0)" + (help.isEmpty ? "" : "; " + help) } ?? help
        return FieldDescription(name, label, kind, synonyms: synonyms, required: required, help: text)
    }
}
