#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanCore
import SyntheticWorkspace

/// The two operations `Scripts/crash-test.sh` needs besides `saferplan import`: writing the large
/// synthetic workspace, and a save of every file through the same session the app saves with.
enum CrashTool {
    /// `synthetic DIR SCALE`: the synthetic workspace at SCALE (1 is 4.6 MB) written into DIR.
    case synthetic(folder: String, scale: Int)
    /// `save DIR`: opens DIR (taking the lock), changes one field in every file and saves them all.
    case save(folder: String)

    init?(_ arguments: ArraySlice<String>) {
        let a = Array(arguments)
        switch a.first {
        case "synthetic" where a.count == 3: self = .synthetic(folder: a[1], scale: Int(a[2]) ?? 1)
        case "save" where a.count == 2: self = .save(folder: a[1])
        default: return nil
        }
    }

    /// Runs the operation; the exit status.
    func run() -> Int32 {
        switch self {
        case .synthetic(let folder, let scale):
            do { try WorkspaceStore.create(SyntheticWorkspace.make(scale: scale), at: folder) } catch {
                print("saferplan-fuzz: \(error)")
                return 1
            }
            return 0
        case .save(let folder):
            do throws(CrashToolError) {
                let (session, loaded): (WorkspaceSession, Workspace)
                do { (session, loaded) = try WorkspaceSession.open(folder: folder) } catch { throw CrashToolError(error.description) }
                defer { session.close() }
                guard !session.isReadOnly else {
                    print("saferplan-fuzz: read-only: \(session.readOnlyReasons.joined(separator: "; "))")
                    return 1
                }
                var ws = loaded
                ws.partnership.name += " (saved)"
                ws.plan.title += " (saved)"
                for i in ws.governance.bodies.indices { ws.governance.bodies[i].name += " (saved)" }
                for i in ws.actionPlans.indices { ws.actionPlans[i].lead += " (saved)" }
                for i in ws.indicators.indices { ws.indicators[i].title += " (saved)" }
                for i in ws.budget.fundingLines.indices { ws.budget.fundingLines[i].source += " (saved)" }
                for i in ws.risks.risks.indices { ws.risks.risks[i].title += " (saved)" }
                do { try session.save(ws, files: Set(WorkspaceFile.allCases)) } catch { throw CrashToolError(error.description) }
                return 0
            } catch {
                print("saferplan-fuzz: \(error)")
                return 1
            }
        }
    }
}

/// A failure of a crash-script operation, with the store's message.
struct CrashToolError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
