import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files left in a workspace folder by saves that were interrupted (a kill, a crash, a
/// power cut): `.risks.json.tmp-PID` and `.saferplan.lock.tmp-PID`.
public enum Leftovers {
    /// The leftover temporary files in `folder` whose writing process is gone.
    public static func find(in folder: String) -> [String] {
        FileSystem.list(folder).filter { name in
            guard let pid = writer(of: name) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
    }

    /// Removes the leftovers `find` reports; returns their names.
    @discardableResult
    public static func remove(in folder: String) -> [String] {
        let found = find(in: folder)
        for name in found { FileSystem.remove(FileSystem.join(folder, name)) }
        return found
    }

    /// The process id in a temporary file's name, nil for any other name.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let stem = name[name.index(after: name.startIndex)..<range.lowerBound]
        let known = WorkspaceFile.allCases.map(\.fileName) + [String(WorkspaceLock.fileName.dropFirst())]
        guard known.contains(String(stem)) else { return nil }
        guard let pid = pid_t(name[range.upperBound...]), pid > 0 else { return nil }
        return pid
    }
}
