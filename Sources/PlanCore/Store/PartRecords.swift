/// The records one record file held, with their merge conflicts, without the rest of a workspace:
/// what the load keeps of each record file until the records are put in order.
struct PartRecords {
    var risks: [Risk] = []
    var indicators: [Indicator] = []
    var actionPlans: [ActionPlan] = []
    var conflicts: [MergeConflict] = []

    /// Nothing.
    init() {}

    /// The records of `file`'s part in `ws` (read from one record file), with all its conflicts.
    init(_ file: WorkspaceFile, of ws: Workspace) {
        switch file {
        case .risks: risks = ws.risks.risks
        case .indicators: indicators = ws.indicators
        case .actions: actionPlans = ws.actionPlans
        default: break
        }
        conflicts = ws.mergeConflicts
    }
}
