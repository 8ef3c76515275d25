import Foundation
import PlanCore
import PlanUI

/// Carries out the reducer's effects against the disk and the terminal, turning results into actions.
final class EffectRunner {
    let session: WorkspaceSession
    let terminal: Terminal
    let blitter: Blitter

    init(session: WorkspaceSession, terminal: Terminal, blitter: Blitter) {
        self.session = session
        self.terminal = terminal
        self.blitter = blitter
    }

    func run(_ effect: Effect, state: AppState) -> AppAction? {
        switch effect {
        case .save(let files):
            do {
                try session.save(state.workspace, files: files)
                return .saved(files: files, error: nil)
            } catch {
                return .saved(files: files, error: error.description)
            }
        case .editExternally(let text, let field):
            terminal.pause()
            let result = ExternalEditor.edit(text)
            terminal.resume()
            blitter.invalidate()
            switch result {
            case .success(let t): return .edited(field: field, text: t, error: nil)
            case .failure(let e): return .edited(field: field, text: nil, error: e.description)
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
                blitter.apply(theme, depth: terminal.colourDepth)
                return .themeApplied(name: name, error: nil)
            case .failure(let e):
                return .themeApplied(name: name, error: e.description + "; keeping \(state.themeName)")
            }
        case .suspend:
            terminal.suspend()
            blitter.invalidate()
            return nil
        case .redraw:
            blitter.invalidate()
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
