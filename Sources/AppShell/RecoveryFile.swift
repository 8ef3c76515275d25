import Foundation
import PlanCore
import PlanUI

/// A form kept when the session ended without the user's say (hang-up, SIGTERM), offered back
/// at the next start. It lives in the workspace folder as `.saferplan-recovery.json` and is read
/// like any other input: a damaged one is set aside with a message, never trusted.
public enum RecoveryFile {
    /// The file's name inside the workspace folder.
    public static let fileName = ".saferplan-recovery.json"
    /// The largest recovery file read (a form holds at most a few long texts).
    public static let sizeLimit = 64 << 20

    struct Record: Codable {
        var savedAt: String
        var kind: String
        var refKind: String?
        var refID: String?
        var refParent: String?
        var parent: String?
        var title: String
        var values: [String]
        var visible: [Int]
    }

    /// What the workspace folder holds.
    public enum Found: Equatable, Sendable {
        /// No recovery file.
        case none
        /// A readable form and when it was kept.
        case kept(FormState, savedAt: String)
        /// The file was damaged; it was renamed to `setAsideAs` (a name in the same folder).
        case damaged(reason: String, setAsideAs: String?)
    }

    /// The recovery file of the workspace in `folder`.
    public static func path(in folder: String) -> String { FileSystem.join(folder, fileName) }

    /// Writes the form (with the field being edited) so nothing typed is lost.
    public static func write(_ form: FormState, folder: String) throws(FileSystemError) {
        try FileSystem.writeAtomically(encoded(form), to: path(in: folder))
    }

    /// The file's contents for `form`.
    public static func encoded(_ form: FormState) -> [UInt8] {
        let stamp = ISO8601DateFormatter().string(from: Date())
        let record = Record(savedAt: stamp, kind: form.kind.rawValue, refKind: form.ref?.kind.rawValue, refID: form.ref?.id,
                            refParent: form.ref?.parent, parent: form.parent, title: form.title, values: form.currentValues,
                            visible: form.visible)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Strings and integers always encode.
        return (try? encoder.encode(record)).map { Array($0) } ?? []
    }

    /// The kept form, if any; a damaged file is set aside and reported.
    public static func read(folder: String) -> Found {
        let file = path(in: folder)
        var st = stat()
        guard lstat(file, &st) == 0 else { return .none }
        let reason: String
        switch check(file, st) {
        case .success(let found): return found
        case .failure(let why): reason = why.description
        }
        let aside = fileName.replacingOccurrences(of: ".json", with: "") + ".damaged-\(Int(Date().timeIntervalSince1970)).json"
        let moved = rename(file, FileSystem.join(folder, aside)) == 0
        if !moved { FileSystem.remove(file) }
        return .damaged(reason: reason, setAsideAs: moved ? aside : nil)
    }

    static func check(_ file: String, _ st: stat) -> Result<Found, RecoveryDamage> {
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .failure(RecoveryDamage("it is not a regular file")) }
        guard st.st_size <= sizeLimit else {
            return .failure(RecoveryDamage("it holds \(st.st_size) bytes, more than the limit of \(sizeLimit)"))
        }
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(file) } catch { return .failure(RecoveryDamage(error.reason)) }
        return decode(bytes)
    }

    /// The kept form in a recovery file's bytes, or why they are not one (every index and name
    /// checked against the schema). Never traps, whatever the bytes.
    public static func decode(_ bytes: [UInt8]) -> Result<Found, RecoveryDamage> {
        let r: Record
        do { r = try JSONDecoder().decode(Record.self, from: Data(bytes)) } catch {
            return .failure(RecoveryDamage("it is not a kept form (\(describe(error)))"))
        }
        return validate(r).map { .kept($0, savedAt: r.savedAt) }
    }

    /// A form from a record, checking every index and name against the schema.
    static func validate(_ r: Record) -> Result<FormState, RecoveryDamage> {
        guard let kind = RecordKind(rawValue: r.kind) else {
            return .failure(RecoveryDamage("kind: \"\(r.kind.prefix(40))\" is not a kind of record"))
        }
        let count = kind.schema.fields.count
        guard r.values.count == count else {
            return .failure(RecoveryDamage("values: \(r.values.count) values where a \(kind.rawValue) has \(count) fields"))
        }
        guard !r.visible.isEmpty else { return .failure(RecoveryDamage("visible: no field is shown")) }
        for (k, i) in r.visible.enumerated() where !(0..<count).contains(i) {
            return .failure(RecoveryDamage("visible[\(k)]: field \(i) is out of range (0–\(count - 1))"))
        }
        guard Set(r.visible).count == r.visible.count else {
            return .failure(RecoveryDamage("visible: a field is listed twice"))
        }
        var ref: RecordRef?
        switch (r.refKind, r.refID) {
        case (nil, nil): ref = nil
        case (let k?, let id?):
            guard let refKind = RecordKind(rawValue: k) else {
                return .failure(RecoveryDamage("refKind: \"\(k.prefix(40))\" is not a kind of record"))
            }
            ref = RecordRef(refKind, id, parent: r.refParent)
        default:
            return .failure(RecoveryDamage("refKind and refID: one is given without the other"))
        }
        var form = FormState(kind: kind, ref: ref, parent: r.parent, title: r.title, values: r.values, visible: r.visible)
        form.original = Array(repeating: "", count: count)
        return .success(form)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "\(key.stringValue) is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return (c.codingPath.map(\.stringValue).joined(separator: ".")) + " has the wrong type"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "unreadable"
        }
    }

    /// Removes the recovery file, once its form was restored or discarded.
    public static func remove(folder: String) { FileSystem.remove(path(in: folder)) }
}

/// What is wrong with a recovery file.
public struct RecoveryDamage: Error, CustomStringConvertible {
    /// What is wrong, in words for the status line.
    public var description: String
    init(_ d: String) { description = d }
}
