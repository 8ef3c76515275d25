extension PlanLocation {
    /// A risk's place, named by its reference (R07) with the file and its id second, as people
    /// find it in the register rather than by the id SaferPlan gives it; the file is the risk's own
    /// record file (`risks/<id>.json`).
    public static func risk(_ r: Risk, field: String? = nil) -> PlanLocation {
        PlanLocation(.risks, record: r.id, field: field, name: r.reference, file: riskFile(r.id))
    }

    /// The record file that holds the risk with `id`, relative to the workspace folder.
    static func riskFile(_ id: String) -> String {
        RecordFiles.stems(for: [id]).first.map(WorkspaceFile.risks.recordPath) ?? WorkspaceFile.risks.fileName
    }
}
