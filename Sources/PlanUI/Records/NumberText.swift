import PlanCore

/// Numbers as people type them: thousands separators and a trailing percent sign are allowed.
enum NumberText {
    /// `"40%"` → `"40"`, `"1,250"` → `"1250"`, `" 12.5 % "` → `"12.5"`; other text is returned trimmed
    /// for the caller to refuse.
    static func plain(_ raw: String) -> String {
        var t = raw.trimmingSpaces().replacingAll(",", with: "")
        if t.hasSuffix("%") { t.removeLast() }
        return t.trimmingSpaces()
    }
}
