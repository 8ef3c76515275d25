#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Works out the date the app reckons from.
public enum Today {
    /// The environment variable that pins "today" for tests and rehearsals (`YYYY-MM-DD`).
    public static let variable = "SAFERPLAN_TODAY"

    /// The system's local date.
    public static func system() -> Day {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(dayNumber: Int(t / 86_400))
    }

    /// `$SAFERPLAN_TODAY` when set and valid, else the workspace's as-at date, else the system date.
    public static func resolve(for info: WorkspaceInfo?) -> Day {
        if let v = FileSystem.environment(variable), let d = Day(iso: v) { return d }
        if let a = info?.asOf { return a }
        return system()
    }
}
