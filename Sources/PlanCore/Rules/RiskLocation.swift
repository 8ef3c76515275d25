extension PlanLocation {
    /// A risk's place, named by its reference (R07) with the file and its id second, as people
    /// find it in the register rather than by the id SaferPlan gives it.
    public static func risk(_ r: Risk, field: String? = nil) -> PlanLocation {
        PlanLocation(.risks, record: r.id, field: field, name: r.reference, file: WorkspaceFile.risks.fileName)
    }
}
