import Foundation

/// Moments are stored in UTC (ISO 8601, `2026-12-01T08:15:00Z`) and shown in the user's own time zone.
public enum LocalTime {
    /// The time of day now, "08:15", in `timeZone` (the system's unless given).
    public static func clock(_ now: Date = Date(), in timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute, .second], from: now)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    /// "1 Dec 2026 08:15" in `timeZone` (the system's unless given); the text unchanged when it is
    /// not an ISO 8601 moment.
    public static func describe(_ iso: String, in timeZone: TimeZone = .current) -> String {
        let parser = ISO8601DateFormatter()
        guard let date = parser.date(from: iso.trimmingSpaces()) else { return iso }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard let y = c.year, let m = c.month, let d = c.day, let h = c.hour, let min = c.minute, (1...12).contains(m) else { return iso }
        return "\(d) \(months[m - 1]) \(y) \(h < 10 ? "0" : "")\(h):\(min < 10 ? "0" : "")\(min)"
    }
}
