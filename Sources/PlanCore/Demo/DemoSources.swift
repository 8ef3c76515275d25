/// Compact constructors for the demos' source notes (see `Provenance`).
enum DemoSources {
    /// `seed 002` for 2: the short id of a source paper of the demos.
    static func seed(_ n: Int) -> String { "seed 00\(n)" }

    /// A note that `field` of `record` (or the record itself, when nil) rests on `quote` at `place` in seed `n`.
    static func note(_ n: Int, _ record: String, _ field: String?, _ place: String, _ quote: String) -> SourceNote {
        SourceNote(record: record, field: field, source: seed(n), place: place, quote: quote)
    }
}

extension Workspace {
    /// The workspace with its provenance set: the demos mark what their seeds state.
    func sourced(_ provenance: Provenance) -> Workspace {
        var ws = self
        ws.info.provenance = provenance
        return ws
    }
}
