import PlanCore

/// A form open on one record: its field values as text while they are edited.
public struct FormState: Equatable, Sendable {
    /// The kind of record the form edits or adds.
    public var kind: RecordKind
    /// The record edited; nil when adding.
    public var ref: RecordRef?
    /// For a new nested record, its parent's id.
    public var parent: String?
    /// The form's title, e.g. "Edit risk R07 …".
    public var title: String
    /// Every field's value as text, by field index.
    public var values: [String]
    /// The values when the form opened, to tell whether anything changed.
    public var original: [String]
    /// The fields shown, by index (a subset when only some fields are edited).
    public var visible: [Int]
    /// Position in `visible` of the field with the focus.
    public var focus: Int
    /// The focused field's text being edited.
    public var buffer: TextBuffer
    /// Reasons fields were refused, by field index.
    public var errors: [Int: String]
    /// True while a multi-line field is edited in place.
    public var editingArea: Bool
    /// First visible row of the form body.
    public var scroll: Int
    /// Letters typed in a row on a choice field, to select the first option whose label begins
    /// with them; cleared by any other key and on leaving the field.
    public var typeAhead = ""

    /// A form on `ref` (nil to add one under `parent`) holding `values`, showing the `visible` fields (all when nil).
    public init(kind: RecordKind, ref: RecordRef?, parent: String?, title: String, values: [String], visible: [Int]? = nil) {
        self.kind = kind
        self.ref = ref
        self.parent = parent
        self.title = title
        self.values = values
        original = values
        self.visible = visible ?? Array(values.indices)
        focus = 0
        buffer = TextBuffer(values[self.visible.first ?? 0])
        errors = [:]
        editingArea = false
        scroll = 0
    }

    /// The index of the focused field.
    public var fieldIndex: Int { visible[min(focus, visible.count - 1)] }

    /// Values with the focused field's buffer written back.
    public var currentValues: [String] {
        var v = values
        v[fieldIndex] = buffer.text
        return v
    }

    /// True when the values differ from those the form opened with.
    public var isDirty: Bool { currentValues != original }

    /// The record changed underneath the form (another hand saved it): fields the user has not
    /// touched take the new values, so saving the form cannot put the old ones back; fields the
    /// user changed keep what was typed.
    public mutating func rebase(onto fresh: [String]) {
        guard fresh.count == values.count else { return }
        let current = currentValues
        for i in values.indices where current[i] == original[i] && fresh[i] != original[i] {
            values[i] = fresh[i]
            if i == fieldIndex { buffer = TextBuffer(fresh[i]) }
        }
        original = fresh.indices.map { current[$0] == original[$0] ? fresh[$0] : original[$0] }
    }

    /// Moves the focus to field position `k`, committing the buffer.
    public mutating func focusOn(_ k: Int) {
        values[fieldIndex] = buffer.text
        focus = max(0, min(visible.count - 1, k))
        buffer = TextBuffer(values[fieldIndex])
        editingArea = false
        typeAhead = ""
    }
}
