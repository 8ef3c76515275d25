extension PlanLocation {
    /// A risk's place, named by its reference (R07) with the file and its id second, as people
    /// find it in the register rather than by the id SaferPlan gives it; the file is the risk's own
    /// record file (`risks/<id>.json`): `file` when given (named among all the register's ids, as
    /// `riskFiles(for:)` names them), else named from the id alone.
    public static func risk(_ r: Risk, field: String? = nil, file: String? = nil) -> PlanLocation {
        PlanLocation(.risks, record: r.id, field: field, name: r.reference, file: file ?? riskFile(r.id))
    }

    /// The record file of each of `ids` (a register's risks, in order), relative to the workspace
    /// folder, as the store names them: of ids differing only in case, all but one have a mark.
    static func riskFiles(for ids: [String]) -> [String] {
        RecordFiles.stems(for: ids).map(WorkspaceFile.risks.recordPath)
    }

    /// The record file that holds the risk with `id`, relative to the workspace folder.
    static func riskFile(_ id: String) -> String {
        RecordFiles.stems(for: [id]).first.map(WorkspaceFile.risks.recordPath) ?? WorkspaceFile.risks.fileName
    }
}
