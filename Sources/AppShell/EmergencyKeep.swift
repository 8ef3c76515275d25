import Foundation
import PlanCore
import PlanUI

/// What a hang-up during long work keeps: the form being edited as the loop last saw it, written
/// to the recovery file from the watchdog's thread, and the lock given up.
final class EmergencyKeep: @unchecked Sendable {
    private let lock = NSLock()
    private var recovery: [UInt8]?
    private var lastForm: FormState?
    private let session: WorkspaceSession

    init(session: WorkspaceSession) { self.session = session }

    /// Called by the loop before each wait: remembers the changed form, if any.
    func update(_ form: FormState?) {
        let dirty = form.flatMap { $0.isDirty ? $0 : nil }
        guard dirty != lastForm else { return }
        lastForm = dirty
        let bytes = dirty.map(RecoveryFile.encoded)
        lock.lock()
        recovery = bytes
        lock.unlock()
    }

    /// Run on the watchdog's thread: writes the kept form and releases the lock.
    func keep(_ signal: Int32) {
        lock.lock()
        let bytes = recovery
        lock.unlock()
        if let bytes, !session.isReadOnly {
            try? FileSystem.writeAtomically(bytes, to: RecoveryFile.path(in: session.folder))
        }
        session.close()
    }
}
