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
                try session.save(state.workspace, files: files, how: "tui" + (state.lastChange.map { ": " + $0 } ?? ""))
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
            let (message, written) = export(subject, format, path, summary: summary, state)
            guard let written else { return .notify(message) }
            return .exported(path: written, message: message, opener: FileOpener.program)
        case .openFile(let path):
            return FileOpener.open(path).map { .notify($0) }
        case .loadPaperCover:
            do { return .paperCoverLoaded(try PaperConfig.load(folder: state.folder), error: nil) } catch {
                return .paperCoverLoaded(state.paperCover, error: "\(PaperConfig.fileName) not read: \(error)")
            }
        case .savePaperCover(let cover):
            do { try PaperConfig.save(cover, folder: state.folder) } catch {
                return .paperCoverLoaded(cover, error: "Cover not remembered: \(error)")
            }
            return .paperCoverLoaded(cover, error: nil)
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
        case .readChangeLog:
            return .changeLogRead(ChangeLogFile.read(folder: session.folder))
        }
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileSystem.join(FileManager.default.currentDirectoryPath, path)
    }

    /// Writes the export; the message to show, and the absolute path when it was written.
    func export(_ subject: ExportSubject, _ format: ExportFormat, _ path: String, summary: Bool, _ state: AppState) -> (Message, String?) {
        let bytes: [UInt8]
        do {
            let cover = try PaperExport.cover(folder: state.folder, given: state.paperCover)
            bytes = try PaperExport.bytes(subject, format: format, of: state.workspace,
                                          options: PaperOptions(since: state.since, summary: summary, today: state.today, cover: cover))
        } catch {
            return (Message("Not exported: \(error)", .error), nil)
        }
        let target = absolute(path)
        let existed = FileSystem.exists(target)
        // The papers/ folder (or any folder named) is made when it is not there yet.
        let folder = FileSystem.parent(of: target)
        if !FileSystem.exists(folder) { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        do { try PaperFile.write(bytes, to: target) } catch {
            return (Message("Not exported: \(error)", .error), nil)
        }
        // The file's name first so a narrow status line still shows it, then the folder it is in.
        return (Message("\(FileSystem.baseName(of: target)) written (\(subject.rawValue), \(format.rawValue)" + (existed ? ", replaced" : "")
                        + ") in \(FileSystem.parent(of: target))"), target)
    }
}
