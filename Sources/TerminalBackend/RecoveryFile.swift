import Foundation
import PlanCore
import PlanUI

/// A form kept when the session ended without the user's say (hang-up, SIGTERM), offered back
/// at the next start. It lives in the workspace folder as `.saferplan-recovery.json`.
public enum RecoveryFile {
    public static let fileName = ".saferplan-recovery.json"

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

    public static func path(in folder: String) -> String { FileSystem.join(folder, fileName) }

    /// Writes the form (with the field being edited) so nothing typed is lost.
    public static func write(_ form: FormState, folder: String) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        let record = Record(savedAt: stamp, kind: form.kind.rawValue, refKind: form.ref?.kind.rawValue, refID: form.ref?.id,
                            refParent: form.ref?.parent, parent: form.parent, title: form.title, values: form.currentValues,
                            visible: form.visible)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(record) else { return }
        try? FileSystem.writeAtomically(Array(data), to: path(in: folder))
    }

    /// The kept form, if there is a readable one.
    public static func read(folder: String) -> (form: FormState, savedAt: String)? {
        guard let bytes = try? FileSystem.read(path(in: folder)),
              let r = try? JSONDecoder().decode(Record.self, from: Data(bytes)),
              let kind = RecordKind(rawValue: r.kind), r.values.count == kind.schema.fields.count else { return nil }
        let ref = r.refKind.flatMap(RecordKind.init(rawValue:)).flatMap { k in r.refID.map { RecordRef(k, $0, parent: r.refParent) } }
        var form = FormState(kind: kind, ref: ref, parent: r.parent, title: r.title, values: r.values,
                             visible: r.visible.filter { $0 < r.values.count })
        form.original = Array(repeating: "", count: r.values.count)
        return (form, r.savedAt)
    }

    public static func remove(folder: String) { FileSystem.remove(path(in: folder)) }
}
