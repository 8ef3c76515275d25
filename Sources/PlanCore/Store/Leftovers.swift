import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files left in a workspace folder by saves that were interrupted (a kill, a crash, a
/// power cut): `.risks.json.tmp-PID`, `.saferplan.lock.tmp-PID`, and in the record folders
/// `risks/.R01.json.tmp-PID`.
public enum Leftovers {
    /// The leftover temporary files in `folder` whose writing process is gone, by path relative
    /// to the folder.
    public static func find(in folder: String) -> [String] {
        let top = FileSystem.list(folder).filter { name in
            guard let pid = writer(of: name) else { return false }
            return gone(pid)
        }
        var inRecords: [String] = []
        for file in RecordFiles.parts {
            for name in FileSystem.list(FileSystem.join(folder, file.recordFolder)) {
                guard let pid = recordWriter(of: name), gone(pid) else { continue }
                inRecords.append(file.recordFolder + "/" + name)
            }
        }
        return top + inRecords
    }

    private static func gone(_ pid: pid_t) -> Bool { kill(pid, 0) != 0 && errno == ESRCH }

    /// The process id in a record file's temporary name (`.R01.json.tmp-PID`).
    static func recordWriter(of name: String) -> pid_t? {
        guard name.hasPrefix("."), let range = name.range(of: ".json.tmp-", options: .backwards),
              let pid = pid_t(name[range.upperBound...]), pid > 0 else { return nil }
        return pid
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
