import AppShell
import CNcursesw

/// The hook the shim's watchdog runs when a hang-up is not taken by the busy loop.
enum EmergencyHook {
    nonisolated(unsafe) static var keep: (@Sendable (Int32) -> Void)?
}

extension Terminal {
    /// Sets what the shim's watchdog runs, on another thread, when a hang-up or termination is not taken by the busy loop.
    public func setEmergencyExit(_ keep: @escaping @Sendable (Int32) -> Void) {
        EmergencyHook.keep = keep
        sp_set_emergency { signal in EmergencyHook.keep?(signal) }
    }
}
