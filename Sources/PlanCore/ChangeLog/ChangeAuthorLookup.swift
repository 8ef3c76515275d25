extension ChangeLog {
    /// Who last set the conflicting field to `value`, according to `entries`; nil when the log
    /// does not say.
    public static func author(of conflict: MergeConflict, value: JSONValue, in entries: [ChangeEntry]) -> String? {
        guard let id = conflict.recordID else { return nil }
        var best: ChangeEntry?
        for e in entries where e.recordID == id && e.change == .changed {
            guard e.field == conflict.field || conflict.field.hasPrefix(e.field + "."), let after = e.after else { continue }
            let matches = e.field == conflict.field ? after.isSame(as: value)
                : after.value(at: JSONPath(conflict.field.dropFirst(e.field.count + 1).split(separator: ".").map { .key(String($0)) }))?
                    .isSame(as: value) == true
            if matches, best.map({ $0.at <= e.at }) ?? true { best = e }
        }
        return best?.who
    }
}
