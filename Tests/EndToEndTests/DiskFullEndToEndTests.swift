import Foundation
import Testing
import PlanCore

/// A full disk: saves fail with a message and leave the old file, the lock is never left behind.
/// Runs on a small tmpfs, so only as root where mounting is allowed.
@Suite("Disk full end to end", .serialized)
struct DiskFullEndToEndTests {
    /// A 4 MiB tmpfs (a record file takes a page of it) holding a copy of the haringey demo; unmounted when released.
    final class SmallDisk {
        let mountPoint: String
        let workspace: String
        let scratch: String

        init?() {
            scratch = NSTemporaryDirectory() + "saferplan-full-" + UUID().uuidString
            mountPoint = scratch + "/disk"
            workspace = mountPoint + "/haringey"
            try? FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            guard spawnAndWait("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint],
                               output: scratch + "/mount.out") == 0 else { return nil }
            guard spawnAndWait(Tmux.binary, ["demo", scratch + "/demo"], output: scratch + "/demo.out") == 0,
                  (try? FileManager.default.copyItem(atPath: scratch + "/demo/haringey", toPath: workspace)) != nil
            else { return nil }
        }

        /// Fills the disk until a write fails, or until only `leaving` bytes are free.
        func fill(leaving: Int = 0) {
            // Close-on-exec: a program another test starts meanwhile must not hold the filler open,
            // or unlinking it would not give the space back.
            let fd = open(mountPoint + "/filler", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            let block = [UInt8](repeating: 0x41, count: 4096)
            while freeBytes() > leaving && block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
            close(fd)
        }

        func freeBytes() -> Int {
            var st = statvfs()
            guard statvfs(mountPoint, &st) == 0 else { return 0 }
            return Int(st.f_bavail) * Int(st.f_bsize)
        }

        func free() { unlink(mountPoint + "/filler") }

        deinit {
            _ = spawnAndWait("/bin/umount", [mountPoint], output: "/dev/null")
            try? FileManager.default.removeItem(atPath: scratch)
        }
    }

    /// True where a tmpfs can be mounted (root, and a container that allows it): tried once.
    static let canMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let probe = NSTemporaryDirectory() + "saferplan-mount-probe-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard spawnAndWait("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], output: "/dev/null") == 0 else {
            return false
        }
        _ = spawnAndWait("/bin/umount", [probe], output: "/dev/null")
        return true
    }()

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aSaveOnAFullDiskSaysSoAndLeavesTheOldFileAndNoLock() throws {
        let disk = try #require(SmallDisk())
        let csv = disk.scratch + "/add.csv"
        try ("id,title,residual_likelihood,residual_impact\n" + (0..<200).map { "F\($0),A risk with a long enough title to need space \($0),2,3\n" }.joined())
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try partText(disk.workspace, .risks)
        // Room for the lock (a page) but not for the new register.
        disk.fill(leaving: 16 * 1024)
        let r = Command.run(["import", "risks", csv, disk.workspace], in: disk.scratch)
        #expect(r.status == 1)
        #expect(r.err.contains(".json: could not write: No space left on device"), "\(r.err)")
        #expect(try partText(disk.workspace, .risks) == before)
        #expect(FileSystem.list(disk.workspace).filter { $0.hasPrefix(".") } == [])
        disk.free()
        let again = Command.run(["import", "risks", csv, disk.workspace], in: disk.scratch)
        #expect(again.status == 0, "\(again.err)")
    }

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aLockThatCannotBeWrittenIsNotLeftBehind() throws {
        let disk = try #require(SmallDisk())
        let csv = disk.scratch + "/add.csv"
        try "id,title,residual_likelihood,residual_impact\nF1,One more,2,3\n".write(toFile: csv, atomically: true, encoding: .utf8)
        disk.fill()
        let r = Command.run(["import", "risks", csv, disk.workspace], in: disk.scratch)
        #expect(r.status == 1)
        #expect(r.err.contains("could not take the lock") && r.err.contains("No space left on device"), "\(r.err)")
        #expect(FileSystem.list(disk.workspace).filter { $0.hasPrefix(".") } == [])
        disk.free()
        let again = Command.run(["import", "risks", csv, disk.workspace], in: disk.scratch)
        #expect(again.status == 0, "\(again.err)")
    }
}
