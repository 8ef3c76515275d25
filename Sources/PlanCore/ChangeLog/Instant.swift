#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTC instants as the change log writes them (`2026-12-01T07:31:19Z`), and their local time.
public enum Instant {
    /// Now, in UTC.
    public static func now() -> String { format(time(nil)) }

    /// Seconds since 1970 as a UTC instant.
    public static func format(_ seconds: time_t) -> String {
        var t = seconds
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format4(Int(parts.tm_year) + 1900)) + "-" + two(Int(parts.tm_mon) + 1) + "-" + two(Int(parts.tm_mday))
            + "T" + two(Int(parts.tm_hour)) + ":" + two(Int(parts.tm_min)) + ":" + two(Int(parts.tm_sec)) + "Z"
    }

    /// The seconds since 1970 of a UTC instant; nil when it is not one.
    public static func seconds(_ instant: String) -> time_t? {
        let b = Array(instant.utf8)
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"), b.last == UInt8(ascii: "Z") else { return nil }
        func num(_ from: Int, _ to: Int) -> Int32? {
            var v: Int32 = 0
            for k in from..<to {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int32(b[k] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 7), let d = num(8, 10), let h = num(11, 13), let mi = num(14, 16),
              let s = num(17, 19) else { return nil }
        var parts = tm()
        parts.tm_year = y - 1900
        parts.tm_mon = mo - 1
        parts.tm_mday = d
        parts.tm_hour = h
        parts.tm_min = mi
        parts.tm_sec = s
        return timegm(&parts)
    }

    /// A UTC instant in the machine's local time: `2026-12-01 07:31`; the text itself when unreadable.
    public static func local(_ instant: String) -> String {
        guard var t = seconds(instant) else { return instant }
        var parts = tm()
        localtime_r(&t, &parts)
        return format4(Int(parts.tm_year) + 1900) + "-" + two(Int(parts.tm_mon) + 1) + "-" + two(Int(parts.tm_mday))
            + " " + two(Int(parts.tm_hour)) + ":" + two(Int(parts.tm_min))
    }

    /// The local calendar day of a UTC instant.
    public static func localDay(_ instant: String) -> Day? {
        guard var t = seconds(instant) else { return nil }
        var parts = tm()
        localtime_r(&t, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}

extension Instant {
    /// Milliseconds since 1970, now.
    public static func nowMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }
}
