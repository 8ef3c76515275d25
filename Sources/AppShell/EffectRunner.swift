import Foundation
import PlanCore
import PlanUI

/// Carries out the reducer's effects against the disk and the terminal, turning results into actions.
final class EffectRunner {
    let session: WorkspaceSession
    let terminal: TerminalDevice
    let environment: [String: String]
    /// Where private folders for the editor's text are made: `$TMPDIR`, else /tmp.
    var temporaryBase: String { environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp" }
    /// Set when SIGHUP or SIGTERM ended an edit in the external editor: the shell must leave.
    private(set) var interruptedBy: Int32?

    let sync: DiskSync
    /// Set when a save was refused because another hand changed a file: look at the disk now.
    var lookAtDisk = false

    init(session: WorkspaceSession, terminal: TerminalDevice, environment: [String: String], sync: DiskSync) {
        self.session = session
        self.terminal = terminal
        self.environment = environment
        self.sync = sync
    }

    func run(_ effect: Effect, state: AppState) -> AppAction? {
        switch effect {
        case .save(let files):
            do {
                try session.save(state.workspace, files: files)
                sync.saved(files, of: state.workspace)
                return .saved(files: files, error: nil)
            } catch {
                if case .changedOnDisk = error { lookAtDisk = true }
                return .saved(files: files, error: error.description)
            }
        case .editExternally(let text, let field):
            switch ExternalEditor.edit(text, on: terminal, environment: environment, in: temporaryBase) {
            case .edited(let t): return .edited(field: field, text: t, error: nil)
            case .failed(let e): return .edited(field: field, text: nil, error: "Not edited: \(e.description)")
            case .interrupted(let signal, let lastWritten):
                interruptedBy = signal
                return .edited(field: field, text: lastWritten, error: nil)
            }
        case .export(let subject, let format, let path, let summary):
            return .notify(export(subject, format, path, summary: summary, state))
        case .writeCopy(let folder):
            do {
                try WorkspaceStore.create(state.workspace, at: absolute(folder))
                return .notify(Message("Wrote a copy of the workspace to \(absolute(folder))"))
            } catch {
                return .notify(Message("Not written: \(error)", .error))
            }
        case .loadTheme(let name):
            switch ThemeCatalog.load(name) {
            case .success(let theme):
                terminal.apply(theme)
                return .themeApplied(name: name, error: nil)
            case .failure(let e):
                return .themeApplied(name: name, error: e.description + "; keeping \(state.themeName)")
            }
        case .suspend:
            terminal.suspend()
            return nil
        case .redraw:
            terminal.invalidate()
            return nil
        case .clearRecovery:
            RecoveryFile.remove(folder: session.folder)
            return nil
        case .quit:
            return nil
        }
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileSystem.join(FileManager.default.currentDirectoryPath, path)
    }

    func export(_ subject: ExportSubject, _ format: ExportFormat, _ path: String, summary: Bool, _ state: AppState) -> Message {
        let text: String
        do {
            switch format {
            case .json: text = try JSONExport.export(subject, of: state.workspace)
            case .csv: text = CSVExport.export(subject, of: state.workspace, today: state.today)
            case .md, .html:
                text = try Papers.render(subject, format: format, of: state.workspace, options: PaperOptions(since: state.since, summary: summary, today: state.today))
            }
        } catch {
            return Message("Not exported: \(error)", .error)
        }
        let target = absolute(path)
        let existed = FileSystem.exists(target)
        do { try FileSystem.writeAtomically(Array(text.utf8), to: target) } catch {
            return Message("Not exported: \(error)", .error)
        }
        return Message("Exported \(subject.rawValue) as \(format.rawValue) to \(path)" + (existed ? " (replaced)" : ""))
    }
}
