import PlanCore

/// How one kind of record is found, created, stored and removed, and its fields.
struct Schema<R>: Sendable {
    let kind: RecordKind
    /// "risk", "member".
    let noun: String
    let fields: [Field<R>]
    /// The record a reference names.
    let find: @Sendable (Workspace, RecordRef) -> R?
    /// A new, empty record with a fresh id, for the parent given.
    let make: @Sendable (Workspace, String?) -> R
    /// Stores a record (replacing `ref` when editing, adding under `parent` when nil); returns its ref.
    let store: @Sendable (inout Workspace, R, RecordRef?, String?) -> RecordRef
    /// Removes a record and references to it.
    let remove: @Sendable (inout Workspace, RecordRef) -> Void
    /// What would be affected by removing it.
    let dependents: @Sendable (Workspace, RecordRef) -> [String]
    /// A short name for titles and confirmations.
    let title: @Sendable (R) -> String
    /// A check of the whole record once every field is set (fields that only make sense together):
    /// the index of the field to blame and why, or nil when the record holds together.
    var whole: (@Sendable (R, Workspace, RecordRef?, String?) -> (field: Int, message: String)?)? = nil
    /// For a record kept inside another (an agenda item in its meeting): when that one is no longer
    /// in the workspace, what to call it in the message ("the meeting …"); nil while it is there.
    var missingOwner: (@Sendable (Workspace, RecordRef?, String?) -> String?)? = nil

    var erased: RecordSchema {
        let s = self
        return RecordSchema(
            kind: kind, noun: noun, fields: fields.map(\.spec),
            read: { ws, ref in s.find(ws, ref).map { r in s.fields.map { $0.get(r, ws) } } },
            blank: { ws, parent in
                let r = s.make(ws, parent)
                return s.fields.map { $0.get(r, ws) }
            },
            write: { ws, ref, parent, values in
                if let owner = s.missingOwner?(ws, ref, parent) { return .failure(.ownerGone(owner)) }
                var record: R
                if let ref {
                    guard let r = s.find(ws, ref) else { return .failure(.gone) }
                    record = r
                } else {
                    record = s.make(ws, parent)
                }
                var errors: [Int: String] = [:]
                for (i, f) in s.fields.enumerated() where i < values.count {
                    do throws(FieldError) { try f.set(&record, values[i], ws) } catch { errors[i] = error.message }
                }
                if !errors.isEmpty { return .failure(.fields(errors)) }
                if let problem = s.whole?(record, ws, ref, parent) { return .failure(.fields([problem.field: problem.message])) }
                return .success(s.store(&ws, record, ref, parent))
            },
            check: { ws, ref, parent, index, value in
                guard index < s.fields.count else { return nil }
                var record = ref.flatMap { s.find(ws, $0) } ?? s.make(ws, parent)
                do throws(FieldError) { try s.fields[index].set(&record, value, ws) } catch { return error.message }
                return nil
            },
            remove: remove, dependents: dependents,
            title: { ws, ref in s.find(ws, ref).map(s.title) ?? ref.id })
    }
}

/// The check a schema's `missingOwner` makes for records kept inside another.
enum MissingOwner {
    /// For records kept inside a `noun` (the record's parent, or the form's): "the risk r07" when
    /// `exists` no longer finds it, nil while it does.
    static func named(_ noun: String, exists: @escaping @Sendable (Workspace, String) -> Bool)
        -> @Sendable (Workspace, RecordRef?, String?) -> String? {
        { ws, ref, parent in
            guard let owner = ref?.parent ?? parent, !exists(ws, owner) else { return nil }
            return "the \(noun) \(owner)"
        }
    }
}

/// Why a form could not be saved.
public enum WriteFailure: Error, Sendable, Equatable {
    /// Fields refused their values: index → reason.
    case fields([Int: String])
    /// The record no longer exists (deleted meanwhile, or undone).
    case gone
    /// The record it is kept in (named, e.g. "the meeting …") is no longer in the workspace.
    case ownerGone(String)
}

/// A schema with the record type erased, as the forms and reducer use it.
public struct RecordSchema: Sendable {
    /// The kind of record the schema describes.
    public let kind: RecordKind
    /// What one record is called in prompts ("risk", "indicator").
    public let noun: String
    /// The record's fields, in form order.
    public let fields: [FieldSpec]
    /// The record's field values as text, or nil when it is gone.
    public let read: @Sendable (Workspace, RecordRef) -> [String]?
    /// Field values of a new record under a parent.
    public let blank: @Sendable (Workspace, String?) -> [String]
    /// Applies field values: editing `ref`, or adding under the parent when `ref` is nil.
    public let write: @Sendable (inout Workspace, RecordRef?, String?, [String]) -> Result<RecordRef, WriteFailure>
    /// Checks one field's value on its own; the reason it is refused, or nil.
    public let check: @Sendable (Workspace, RecordRef?, String?, Int, String) -> String?
    /// Removes the record and the references to it.
    public let remove: @Sendable (inout Workspace, RecordRef) -> Void
    /// What removing the record would affect, in words for the confirmation.
    public let dependents: @Sendable (Workspace, RecordRef) -> [String]
    /// A short name for the record (its id when it is gone).
    public let title: @Sendable (Workspace, RecordRef) -> String
}

/// Helpers for records kept in arrays.
enum Store {
    /// Replaces the element with `id`, or appends.
    static func upsert<T: Identifiable>(_ array: inout [T], _ value: T, replacing id: T.ID?) {
        if let id, let i = array.firstIndex(where: { $0.id == id }) { array[i] = value } else { array.append(value) }
    }

    /// Replaces the element at a position given as text, or appends; returns the position.
    static func put<T>(_ array: inout [T], _ value: T, at index: String?) -> Int {
        if let index, let i = Int(index), array.indices.contains(i) {
            array[i] = value
            return i
        }
        array.append(value)
        return array.count - 1
    }

    /// The element at a position given as text.
    static func at<T>(_ array: [T], _ index: String) -> T? {
        guard let i = Int(index), array.indices.contains(i) else { return nil }
        return array[i]
    }

    /// Removes the element at a position given as text.
    static func remove<T>(_ array: inout [T], at index: String) {
        if let i = Int(index), array.indices.contains(i) { array.remove(at: i) }
    }
}
