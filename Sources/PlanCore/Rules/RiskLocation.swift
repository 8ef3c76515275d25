extension PlanLocation {
    /// A risk's place, named by its reference (R07) with the file and its id second, as people
    /// find it in the register rather than by the id SaferPlan gives it; the file is the risk's own
    /// record file (`risks/<id>.json`).
    public static func risk(_ r: Risk, field: String? = nil) -> PlanLocation {
        let file = RecordFiles.stems(for: [r.id]).first.map(WorkspaceFile.risks.recordPath) ?? WorkspaceFile.risks.fileName
        return PlanLocation(.risks, record: r.id, field: field, name: r.reference, file: file)
    }
}
